package cn.hazardledger.chassis.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    /** A parser that counts its work and knows tokens named "<exp>:<anything>" or "bad:<anything>". */
    static final class CountingParser extends DefaultJWTParser {
        final List<String> parsed = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            parsed.add(token);
            if (token.startsWith("bad:")) {
                throw new ParseException("signature does not verify");
            }
            long exp = Long.parseLong(token.substring(0, token.indexOf(':')));
            return (JsonWebToken) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JsonWebToken.class},
                    (proxy, method, args) -> method.getName().equals("getExpirationTime") ? exp : null);
        }
    }

    private final CountingParser parser = new CountingParser();
    private final VerifiedTokens tokens = tokens(parser);

    private static VerifiedTokens tokens(CountingParser parser) {
        VerifiedTokens t = new VerifiedTokens();
        t.parser = parser;
        return t;
    }

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() throws Exception {
        String token = (now() + 3600) + ":phone";
        JsonWebToken first = tokens.parse(token);
        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(parser.parsed).containsExactly(token);
    }

    @Test
    void anExpiredTokenIsCheckedAgain() throws Exception {
        String token = (now() - 1) + ":stale";
        tokens.parse(token);
        tokens.parse(token);
        assertThat(parser.parsed).containsExactly(token, token);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> tokens.parse("bad:forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad:forged")).isInstanceOf(ParseException.class);
        assertThat(parser.parsed).hasSize(2);
    }

    @Test
    void anotherTokenOfTheSameUserIsItsOwnEntry() throws Exception {
        tokens.parse((now() + 60) + ":a");
        tokens.parse((now() + 60) + ":b");
        assertThat(parser.parsed).hasSize(2);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
