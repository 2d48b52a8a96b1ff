package cn.hazardledger.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens signed with the test key pair shipped in this module (test-keys/, never used outside tests),
 * and tokens that must be refused: wrong key, wrong issuer, expired.
 */
public final class TestTokens {

    public static final String ISSUER = "https://hazard-ledger.test";
    /** The audience the services require (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "hazard-ledger";

    private static final PrivateKey KEY = load("test-keys/private.pem");
    private static final PrivateKey OTHER_KEY = generate();

    private TestTokens() {
    }

    public static String token(String role, String regionCode) {
        return token(role, regionCode, role.toLowerCase() + "-" + regionCode);
    }

    public static String token(String role, String regionCode, String subject) {
        return build(role, regionCode, subject, ISSUER, Duration.ofHours(1)).sign(KEY);
    }

    /** A token with further claims: unit_code / unit_name for a UNIT, credit_code for an ENTERPRISE, name. */
    public static String token(String role, String regionCode, String subject, java.util.Map<String, String> claims) {
        io.smallrye.jwt.build.JwtClaimsBuilder builder = build(role, regionCode, subject, ISSUER, Duration.ofHours(1));
        claims.forEach(builder::claim);
        return builder.sign(KEY);
    }

    public static String signedByAnotherKey(String role, String regionCode) {
        return build(role, regionCode, "intruder", ISSUER, Duration.ofHours(1)).sign(OTHER_KEY);
    }

    public static String withIssuer(String issuer, String role, String regionCode) {
        return build(role, regionCode, "stranger", issuer, Duration.ofHours(1)).sign(KEY);
    }

    /** The test signing key, for tests that build tokens with unusual claims themselves. */
    public static PrivateKey key() {
        return KEY;
    }

    public static String withoutRegion(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("nowhere").groups(Set.of(role)).expiresIn(Duration.ofHours(1)).sign(KEY);
    }

    public static String expired(String role, String regionCode) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("late").groups(Set.of(role)).claim("region_code", regionCode)
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(KEY);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder build(String role, String region, String subject,
                                                                String issuer, Duration life) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("region_code", region)
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(life);
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read test key " + resource, e);
        }
    }

    private static PrivateKey generate() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
