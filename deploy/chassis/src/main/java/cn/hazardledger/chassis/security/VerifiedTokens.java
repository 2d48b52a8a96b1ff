package cn.hazardledger.chassis.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens it has verified, until they expire. A phone sends the same token with every request
 * for hours, and checking its RS256 signature again each time was a fifth of a service's CPU under load (the
 * JVM's C1-only compiler has no intrinsic for the big-number arithmetic). The key is the whole token,
 * signature included, so a token is taken from memory only if it is byte for byte one that passed every check;
 * an expired one is checked afresh, and refused.
 *
 * <p>The cache is never more lenient than the parser: it keeps a token only after the parser accepted it (so its
 * nbf had passed within the clock skew, and nbf only recedes), and only until its exp, before the parser's own
 * limit of exp plus the skew ({@code mp.jwt.verify.clock.skew}); a token in that last window is verified afresh
 * each time, accepted, and not kept. Issuer, audience and key are fixed for the process's life.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 10_000;

    @Inject
    DefaultJWTParser parser;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        long now = System.currentTimeMillis() / 1000;
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        verified.remove(token);
        JsonWebToken fresh = parser.parse(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(t -> t.getExpirationTime() <= now);
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        if (fresh.getExpirationTime() > now) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
