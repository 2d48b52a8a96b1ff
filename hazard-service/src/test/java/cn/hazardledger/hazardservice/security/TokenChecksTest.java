package cn.hazardledger.hazardservice.security;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * What a bearer token must be, one check each (README "Security"): RS256 by the provider's key, this issuer, this
 * audience, an expiry, not before its nbf, within the 30 s clock skew (mp.jwt.verify.clock.skew). Tokens are built
 * by hand so that every claim and header is exactly what the test says.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class TokenChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aWellFormedTokenIsAccepted() {
        accepted(sign(claims()));
    }

    @Test
    void theAudienceIsRequired() {
        refused(sign(with("aud", "another-system")));
        refused(sign(without("aud")));
        accepted(sign(with("aud", List.of("another-system", TestTokens.AUDIENCE))));
    }

    @Test
    void anExpiryIsRequiredAndHonouredWithinTheSkew() {
        refused(sign(without("exp")));
        // issued ten minutes ago (an exp before iat is refused for that alone)
        accepted(sign(with(with("exp", now() - 10), "iat", now() - 600)));
        refused(sign(with(with("exp", now() - 90), "iat", now() - 600)));
        // the same expired token again: the verified-token cache must not have kept it past its exp + skew
        String late = sign(with(with("exp", now() - 10), "iat", now() - 600));
        accepted(late);
        accepted(late);
    }

    @Test
    void notBeforeIsHonouredWithinTheSkew() {
        accepted(sign(with("nbf", now() + 10)));
        refused(sign(with("nbf", now() + 90)));
    }

    @Test
    void algNoneIsRefused() {
        Map<String, Object> header = Map.of("alg", "none", "typ", "JWT");
        refused(encode(header) + "." + encode(claims()) + ".");
        String real = sign(claims());
        refused(encode(header) + "." + encode(claims()) + "." + real.substring(real.lastIndexOf('.') + 1));
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicKey;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            publicKey = in.readAllBytes();
        }
        String input = encode(Map.of("alg", "HS256", "typ", "JWT")) + "." + encode(claims());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        refused(input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(sign(claims(), generator.generateKeyPair().getPrivate()));
    }

    @Test
    void aWrongOrMissingIssuerIsRefused() {
        refused(sign(with("iss", "https://evil.example")));
        refused(sign(without("iss")));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] valid = sign(claims()).split("\\.");
        refused(valid[0] + "." + encode(with("groups", List.of("SYSTEM"))) + "." + valid[2]);
        refused(valid[0] + "." + encode(with("region_code", "110000000000")) + "." + valid[2]);
    }

    private static void accepted(String token) {
        given().auth().oauth2(token).get("/hazards").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/hazards").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://hazard-ledger.cn/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static Map<String, Object> claims() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", TestTokens.ISSUER);
        c.put("aud", TestTokens.AUDIENCE);
        c.put("sub", "token-checks");
        c.put("groups", List.of("TOWNSHIP"));
        c.put("region_code", Hazards.TOWNSHIP);
        c.put("iat", now() - 5);
        c.put("exp", now() + 600);
        c.put("jti", UUID.randomUUID().toString());
        return c;
    }

    private static Map<String, Object> with(String claim, Object value) {
        Map<String, Object> c = claims();
        c.put(claim, value);
        return c;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String claim, Object value) {
        Map<String, Object> c = new LinkedHashMap<>(claims);
        c.put(claim, value);
        return c;
    }

    private static Map<String, Object> without(String claim) {
        Map<String, Object> c = claims();
        c.remove(claim);
        return c;
    }

    private static String sign(Map<String, Object> claims) {
        return sign(claims, TestTokens.key());
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String input = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signer.sign());
        } catch (java.security.GeneralSecurityException e) {
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
