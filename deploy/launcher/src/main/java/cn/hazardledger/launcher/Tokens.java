package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints RS256 bearer tokens for demo users, shaped like the ones the production OIDC provider issues. */
public final class Tokens {

    public static final String ISSUER = "https://hazard-ledger.local";
    public static final List<String> ROLES = List.of("INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP", "REGULATOR",
            "LEADER", "PUBLIC", "SYSTEM");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** Throws IllegalArgumentException unless {@code role} is one of {@link #ROLES} and {@code region} has 12 digits. */
    public static void requireValid(String role, String region) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + ": one of " + String.join(", ", ROLES));
        }
        if (region == null || !region.matches("\\d{12}")) {
            throw new IllegalArgumentException("region " + region + " is not a 12-digit administrative division code");
        }
    }

    public static String mint(PrivateKey key, String role, String region, String subject) {
        return mint(key, role, region, subject, Duration.ofHours(12));
    }

    public static String mint(PrivateKey key, String role, String region, String subject, Duration life) {
        requireValid(role, region);
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("preferred_username", subject);
        claims.put("groups", List.of(role));
        claims.put("region_code", region);
        claims.put("iat", now);
        claims.put("exp", now + life.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String header = B64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not sign the token", e);
        }
    }
}
