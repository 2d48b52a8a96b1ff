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
    /** The audience every service requires (mp.jwt.verify.audiences, JWT_AUDIENCE). */
    public static final String AUDIENCE = "hazard-ledger";
    public static final List<String> ROLES = List.of("INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP", "REGULATOR",
            "LEADER", "PUBLIC", "SYSTEM", "AUDITOR");
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
        return mint(key, Identity.of(role, region, subject), life);
    }

    public static String mint(PrivateKey key, Identity who) {
        return mint(key, who, Duration.ofHours(12));
    }

    /** A token for {@code who}, with the claims of its name, unit and enterprise only where it has them. */
    public static String mint(PrivateKey key, Identity who, Duration life) {
        who.requireValid();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", who.subject());
        claims.put("upn", who.subject());
        claims.put("preferred_username", who.subject());
        claims.put("groups", List.of(who.role()));
        claims.put("region_code", who.region());
        // the claim names the services read (chassis Caller): an OIDC provider's token mapper adds the same
        putIfPresent(claims, "name", who.name());
        putIfPresent(claims, "unit_code", who.unitCode());
        putIfPresent(claims, "unit_name", who.unitName());
        putIfPresent(claims, "credit_code", who.creditCode());
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

    private static void putIfPresent(Map<String, Object> claims, String claim, String value) {
        if (value != null) {
            claims.put(claim, value);
        }
    }
}
