package cn.hazardledger.launcher.fuzz;

import cn.hazardledger.launcher.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens, good and bad: the valid ones the baselines use, and forged (another key), expired, not yet valid,
 * {@code alg: none}, HS256 signed with the public key, wrong issuer, wrong or no audience, tampered, unknown critical header, and tokens
 * whose region or role claim is missing or malformed. Signed the way {@link Tokens} signs, with claims it cannot make.
 */
public final class BadTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final byte[] publicKeyPem;
    private final PrivateKey otherKey;

    public BadTokens(PrivateKey key, byte[] publicKeyPem) {
        this.key = key;
        this.publicKeyPem = publicKeyPem;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.otherKey = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String valid(String role, String region, String subject) {
        return sign(header("RS256"), claims(role, region, subject), key);
    }

    public Map<String, Object> claims(String role, String region, String subject) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", Tokens.ISSUER);
        claims.put("aud", Tokens.AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        claims.put("region_code", region);
        claims.put("iat", now);
        claims.put("exp", now + 6 * 3600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    public static Map<String, Object> header(String alg) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        return header;
    }

    /** Signed with the real key: only the claims or header make it wrong. */
    public String signed(Map<String, Object> header, Map<String, Object> claims) {
        return sign(header, claims, key);
    }

    public String forged(Map<String, Object> claims) {
        return sign(header("RS256"), claims, otherKey);
    }

    public String algNone(String alg, Map<String, Object> claims, boolean keepSignature) {
        String real = signed(header("RS256"), claims);
        String signature = keepSignature ? real.substring(real.lastIndexOf('.') + 1) : "";
        return encode(header(alg)) + "." + encode(claims) + "." + signature;
    }

    /** The classic algorithm confusion: HMAC keyed with the bytes of the public key the server verifies with. */
    public String hs256WithPublicKey(Map<String, Object> claims) {
        try {
            String signingInput = encode(header("HS256")) + "." + encode(claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKeyPem, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload is swapped for {@code claims}, the original signature kept. */
    public String tampered(String validToken, Map<String, Object> claims) {
        String[] parts = validToken.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey with) {
        try {
            String signingInput = encode(header) + "." + encode(claims);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(with);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
