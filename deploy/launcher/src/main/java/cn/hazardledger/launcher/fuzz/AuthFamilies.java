package cn.hazardledger.launcher.fuzz;

import cn.hazardledger.launcher.Tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile bearer tokens for every secured operation: none, malformed, forged, expired, not yet valid, without
 * expiry, {@code alg: none}, HS256 keyed with the public key, wrong issuer, tampered, unknown critical header, bad
 * region claims, roles the operation does not allow, and valid tokens of another region.
 */
public final class AuthFamilies {

    private AuthFamilies() {
    }

    public static final List<Family> ALL = List.of(
            new Family("auth.missing", "no Authorization header", AuthFamilies::missing),
            new Family("auth.malformed", "not a bearer JWT: other schemes, garbage, a token with more after it",
                    AuthFamilies::malformed),
            new Family("auth.forged", "signed with another RSA key", t -> one(t, "auth.forged", "another key",
                    t.tokens().forged(claims(t)), Expect.status(401))),
            new Family("auth.expired", "expired an hour ago", t -> one(t, "auth.expired", "exp an hour ago",
                    t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "exp", now() - 3600, "iat", now() - 7200)),
                    Expect.status(401))),
            new Family("auth.not-yet-valid", "nbf tomorrow", t -> one(t, "auth.not-yet-valid", "nbf tomorrow",
                    t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "nbf", now() + 86_400)), Expect.status(401))),
            new Family("auth.no-expiry", "no exp claim", t -> one(t, "auth.no-expiry", "without exp",
                    t.tokens().signed(BadTokens.header("RS256"), without(claims(t), "exp")), Expect.status(401))),
            new Family("auth.alg-none", "alg none / None / NONE, with and without the real signature", AuthFamilies::algNone),
            new Family("auth.alg-confusion", "HS256 keyed with the server's public key", t -> one(t, "auth.alg-confusion",
                    "HS256 with the public key", t.tokens().hs256WithPublicKey(claims(t)), Expect.status(401))),
            new Family("auth.wrong-issuer", "another issuer, or none", AuthFamilies::wrongIssuer),
            new Family("auth.wrong-audience", "minted for another audience, or for none", AuthFamilies::wrongAudience),
            new Family("auth.tampered", "a valid token's payload changed (role SYSTEM, another region), signature kept",
                    AuthFamilies::tampered),
            new Family("auth.crit-header", "an unknown critical header parameter", t -> {
                Map<String, Object> header = BadTokens.header("RS256");
                header.put("crit", List.of("hostile"));
                header.put("hostile", true);
                return one(t, "auth.crit-header", "crit [hostile]", t.tokens().signed(header, claims(t)), Expect.status(401));
            }),
            new Family("auth.bad-region-claim", "region_code missing, all zeros, letters, a number, full-width, with NUL",
                    AuthFamilies::badRegion),
            new Family("auth.wrong-role", "each role the operation does not allow, an unknown role, no groups",
                    AuthFamilies::wrongRole),
            new Family("auth.out-of-region", "a valid token of an allowed role in a sibling township or another province",
                    AuthFamilies::outOfRegion),
            new Family("auth.huge-token", "a 20 KB bearer token", t -> !t.op().secured() ? List.of()
                    : List.of(t.draft().header("Authorization", "Bearer " + "a".repeat(20_000)).socket()
                    .as("auth.huge-token", "20 KB of 'a'", Expect.status(401, 431)))));

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static Map<String, Object> claims(Target t) {
        return t.tokens().claims(t.base().role(), t.base().region(), t.base().subject());
    }

    private static Map<String, Object> with(Map<String, Object> claims, Object... pairs) {
        Map<String, Object> c = new LinkedHashMap<>(claims);
        for (int i = 0; i < pairs.length; i += 2) {
            c.put((String) pairs[i], pairs[i + 1]);
        }
        return c;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String name) {
        Map<String, Object> c = new LinkedHashMap<>(claims);
        c.remove(name);
        return c;
    }

    private static List<HostileRequest> one(Target t, String family, String mutation, String token, Expect expect) {
        if (!t.op().secured()) {
            return List.of();
        }
        return List.of(t.draft().header("Authorization", "Bearer " + token).as(family, mutation, expect));
    }

    private static List<HostileRequest> missing(Target t) {
        return !t.op().secured() ? List.of()
                : List.of(t.draft().without("Authorization").as("auth.missing", "no Authorization", Expect.status(401)));
    }

    private static List<HostileRequest> malformed(Target t) {
        if (!t.op().secured()) {
            return List.of();
        }
        String token = t.base().token();
        String[] parts = token.split("\\.");
        List<String[]> values = List.of(
                new String[]{"Bearer", "Bearer"},
                new String[]{"Bearer and a space", "Bearer "},
                new String[]{"Basic credentials", "Basic aG9zdGlsZTppbnB1dA=="},
                new String[]{"Bearer not.a.jwt", "Bearer not.a.jwt"},
                new String[]{"Bearer ....", "Bearer ...."},
                new String[]{"header and payload only", "Bearer " + parts[0] + "." + parts[1]},
                new String[]{"empty signature", "Bearer " + parts[0] + "." + parts[1] + "."},
                new String[]{"signature with one character changed", "Bearer " + parts[0] + "." + parts[1] + "."
                        + flip(parts[2])},
                new String[]{"the token + x", "Bearer " + token + "x"},
                new String[]{"the token without a scheme", token},
                new String[]{"scheme Token", "Token " + token},
                new String[]{"two tokens", "Bearer " + token + " " + token},
                new String[]{"payload not JSON", "Bearer " + parts[0] + ".bm90LWpzb24." + parts[2]});
        List<HostileRequest> out = new ArrayList<>();
        for (String[] v : values) {
            out.add(t.draft().header("Authorization", v[1]).as("auth.malformed", v[0], Expect.status(401)));
        }
        out.add(t.draft().without("Authorization").addHeader("Authorization", "Bearer not.a.jwt")
                .addHeader("Authorization", "Bearer " + token).socket()
                .as("auth.malformed", "two Authorization headers, a bad one first", Expect.status(400, 401)));
        return out;
    }

    private static String flip(String signature) {
        char last = signature.charAt(signature.length() / 2);
        char other = last == 'A' ? 'B' : 'A';
        return signature.substring(0, signature.length() / 2) + other + signature.substring(signature.length() / 2 + 1);
    }

    private static List<HostileRequest> algNone(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (String alg : List.of("none", "None", "NONE")) {
            out.addAll(one(t, "auth.alg-none", "alg " + alg, t.tokens().algNone(alg, claims(t), false), Expect.status(401)));
        }
        out.addAll(one(t, "auth.alg-none", "alg none, real signature kept", t.tokens().algNone("none", claims(t), true),
                Expect.status(401)));
        return out;
    }

    private static List<HostileRequest> wrongIssuer(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        out.addAll(one(t, "auth.wrong-issuer", "iss https://evil.example",
                t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "iss", "https://evil.example")), Expect.status(401)));
        out.addAll(one(t, "auth.wrong-issuer", "without iss",
                t.tokens().signed(BadTokens.header("RS256"), without(claims(t), "iss")), Expect.status(401)));
        return out;
    }

    private static List<HostileRequest> wrongAudience(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        out.addAll(one(t, "auth.wrong-audience", "aud another-system",
                t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "aud", "another-system")), Expect.status(401)));
        out.addAll(one(t, "auth.wrong-audience", "without aud",
                t.tokens().signed(BadTokens.header("RS256"), without(claims(t), "aud")), Expect.status(401)));
        return out;
    }

    private static List<HostileRequest> tampered(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        String valid = t.base().token();
        out.addAll(one(t, "auth.tampered", "groups [SYSTEM], signature kept",
                t.tokens().tampered(valid, with(claims(t), "groups", List.of("SYSTEM"))), Expect.status(401)));
        out.addAll(one(t, "auth.tampered", "region_code of another province, signature kept",
                t.tokens().tampered(valid, with(claims(t), "region_code", t.scope().foreignRegion())), Expect.status(401)));
        return out;
    }

    private static List<HostileRequest> badRegion(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        out.addAll(one(t, "auth.bad-region-claim", "without region_code",
                t.tokens().signed(BadTokens.header("RS256"), without(claims(t), "region_code")), Expect.status(401, 403)));
        for (Object region : List.of("000000000000", "abcdefghijkl", Long.parseLong(t.scope().township()),
                "５００２４０２１３０００", t.scope().township() + "\u0000", "", List.of(t.scope().township()))) {
            out.addAll(one(t, "auth.bad-region-claim", "region_code " + BodyFamilies.abbreviate(String.valueOf(region)),
                    t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "region_code", region)),
                    Expect.status(401, 403)));
        }
        return out;
    }

    private static List<HostileRequest> wrongRole(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        if (!t.op().secured()) {
            return out;
        }
        for (String role : Tokens.ROLES) {
            if (!t.op().roles().contains(role)) {
                out.addAll(one(t, "auth.wrong-role", "role " + role,
                        t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "groups", List.of(role))),
                        Expect.status(403)));
            }
        }
        out.addAll(one(t, "auth.wrong-role", "role ADMIN (unknown)",
                t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "groups", List.of("ADMIN"))), Expect.status(403)));
        out.addAll(one(t, "auth.wrong-role", "lower-case role " + t.base().role().toLowerCase(java.util.Locale.ROOT),
                t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "groups",
                        List.of(t.base().role().toLowerCase(java.util.Locale.ROOT)))), Expect.status(403)));
        out.addAll(one(t, "auth.wrong-role", "no groups claim",
                t.tokens().signed(BadTokens.header("RS256"), without(claims(t), "groups")), Expect.status(401, 403)));
        out.addAll(one(t, "auth.wrong-role", "groups []",
                t.tokens().signed(BadTokens.header("RS256"), with(claims(t), "groups", List.of())), Expect.status(401, 403)));
        return out;
    }

    private static List<HostileRequest> outOfRegion(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        if (!t.op().secured()) {
            return out;
        }
        Expect expect;
        Schemas.Field regionField = BodyFamilies.fields(t).stream()
                .filter(f -> Schemas.type(f.schema()).equals("string") && Schemas.isRegionCode(f.name(), f.schema()))
                .findFirst().orElse(null);
        if (t.op().isRead() && Scope.SHARED_COLLECTIONS.contains(t.op().collection())) {
            expect = Expect.status(403, 404).harmlessOnRead();
        } else if (t.op().hasPathParameters()) {
            expect = Expect.status(404);
        } else if (regionField != null) {
            expect = Expect.status(400, 403).naming(regionField.path());
        } else if (Form.isLedgerImport(t.op())) {
            // the file's rows lie in the baseline's region: each is refused by its column, as a report's regionCode
            expect = Expect.status(400, 403).naming("所在区域代码");
        } else if (t.op().isRead()) {
            // a list read by someone of another region is answered with their own (empty) region: harmless
            expect = Expect.status(403, 404).harmlessOnRead();
        } else {
            expect = Expect.status(403, 404);
        }
        for (String region : List.of(t.scope().siblingTownship(), t.scope().foreignRegion())) {
            String token = t.tokens().valid(t.base().role(), region, t.base().subject() + "-elsewhere");
            out.add(t.draft().header("Authorization", "Bearer " + token).as("auth.out-of-region",
                    t.base().role() + " of " + region, expect));
        }
        return out;
    }
}
