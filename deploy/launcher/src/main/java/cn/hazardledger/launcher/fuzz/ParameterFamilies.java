package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hostile query, path and header parameters, from each parameter's schema: unparseable and out-of-range numbers,
 * booleans that are not true/false, unknown enum constants, impossible uuids and dates, forged cursors, invalid ids
 * (including overlong UTF-8 percent-encoding), and bad If-Match and Idempotency-Key headers.
 */
public final class ParameterFamilies {

    private ParameterFamilies() {
    }

    public static final List<Family> ALL = List.of(
            new Family("param.missing-required", "each required query or header parameter left out",
                    ParameterFamilies::missingRequired),
            new Family("query.number", "integer and number parameters that do not parse (abc, 1e3, 1.5, 0x10, full-width)",
                    ParameterFamilies::queryNumber),
            new Family("query.range", "numbers past minimum and maximum", ParameterFamilies::queryRange),
            new Family("query.boolean", "booleans other than true and false", ParameterFamilies::queryBoolean),
            new Family("query.enum", "unknown, lower-case and NUL-suffixed enum constants", ParameterFamilies::queryEnum),
            new Family("query.format", "impossible uuids, dates and times", ParameterFamilies::queryFormat),
            new Family("query.string", "strings past maxLength or off their pattern", ParameterFamilies::queryString),
            new Family("query.cursor", "forged cursors: garbage, times PostgreSQL cannot store, broken ids, tampered real ones",
                    ParameterFamilies::queryCursor),
            new Family("query.huge", "a 3000-character value for each constrained parameter", ParameterFamilies::queryHuge),
            new Family("path.id", "ids that are not ids, ids that do not exist, mis-encoded ids", ParameterFamilies::pathId),
            new Family("header.if-match", "If-Match missing, weak, stale, unquoted or garbage", ParameterFamilies::ifMatch),
            new Family("header.idempotency-key", "Idempotency-Key too long, with control characters, reused for another body",
                    ParameterFamilies::idempotencyKey));

    private static List<HostileRequest> each(Target t, String family, String where, java.util.function.Predicate<JsonNode> which,
                                             java.util.function.Function<Operation.Parameter, List<String>> values) {
        List<HostileRequest> out = new ArrayList<>();
        for (Operation.Parameter p : t.op().in(where)) {
            if (!which.test(p.schema()) || isCursor(p)) {
                continue;
            }
            for (String v : values.apply(p)) {
                // a control character may be refused for the query string as a whole, before any parameter is read
                Expect expect = v.chars().anyMatch(c -> c < 0x20) ? Expect.field(p.name()).namingEither(p.name(), "query")
                        : Expect.field(p.name());
                out.add(t.draft().query(p.name(), Urls.encode(v)).as(family, p.name() + "=" + BodyFamilies.abbreviate(v), expect));
            }
        }
        return out;
    }

    private static List<HostileRequest> missingRequired(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Operation.Parameter p : t.op().parameters()) {
            if (!p.required() || p.in().equals("path") || p.name().equalsIgnoreCase(Baseline.IF_MATCH)) {
                continue;   // If-Match: header.if-match expects 428 for it
            }
            Draft d = t.draft();
            if (p.in().equals("query")) {
                d.withoutQuery(p.name());
            } else if (p.in().equals("header")) {
                d.without(p.name());
            } else {
                continue;
            }
            out.add(d.as("param.missing-required", "without " + p.in() + " " + p.name(), Expect.field(p.name())));
        }
        return out;
    }

    static boolean isCursor(Operation.Parameter p) {
        return p.in().equals("query") && p.name().toLowerCase(Locale.ROOT).contains("cursor");
    }

    private static boolean numeric(JsonNode s) {
        return Schemas.type(s).equals("integer") || Schemas.type(s).equals("number");
    }

    private static List<HostileRequest> queryNumber(Target t) {
        return each(t, "query.number", "query", ParameterFamilies::numeric, p -> {
            List<String> v = new ArrayList<>(List.of("abc", "1e3", "0x10", "+-1", "NaN", "Infinity", "5\u0000",
                    "99999999999999999999999"));
            if (Schemas.type(p.schema()).equals("integer")) {
                v.addAll(List.of("1.5", "2147483648", "-2147483649"));
            }
            return v;
        });
    }

    private static List<HostileRequest> queryRange(Target t) {
        return each(t, "query.range", "query", s -> numeric(s) && (s.has("minimum") || s.has("maximum")), p -> {
            List<String> v = new ArrayList<>();
            BigDecimal min = Schemas.minimum(p.schema());
            BigDecimal max = Schemas.maximum(p.schema());
            if (min != null) {
                v.add(min.subtract(BigDecimal.ONE).toPlainString());
                v.add("-1");
            }
            if (max != null) {
                v.add(max.add(BigDecimal.ONE).toPlainString());
                v.add(max.multiply(BigDecimal.TEN).toPlainString());
            }
            return new ArrayList<>(new LinkedHashSet<>(v));
        });
    }

    private static List<HostileRequest> queryBoolean(Target t) {
        return each(t, "query.boolean", "query", s -> Schemas.type(s).equals("boolean"),
                p -> List.of("yes", "1", "0", "on", "truee", "null", "t", "true\u0000"));
    }

    private static List<HostileRequest> queryEnum(Target t) {
        return each(t, "query.enum", "query", Schemas::isEnum, p -> {
            String v = Schemas.enumValues(p.schema()).get(0);
            Set<String> values = new LinkedHashSet<>(List.of("HOSTILE_VALUE", v.toLowerCase(Locale.ROOT), "1", "0",
                    v + "," + v, v + "\u0000", v.replace('E', 'Е').replace('A', 'А').replace('O', 'О')));
            values.removeAll(Schemas.enumValues(p.schema()));
            return new ArrayList<>(values);
        });
    }

    private static List<HostileRequest> queryFormat(Target t) {
        return each(t, "query.format", "query", s -> !Schemas.format(s).isEmpty() && Schemas.type(s).equals("string"),
                p -> BodyFamilies.impossible(Schemas.format(p.schema()), t).stream().filter(v -> !v.isEmpty()).toList());
    }

    private static List<HostileRequest> queryString(Target t) {
        return each(t, "query.string", "query", s -> Schemas.type(s).equals("string") && !Schemas.isEnum(s)
                && Schemas.format(s).isEmpty() && (s.has("maxLength") || s.has("pattern")), p -> {
            List<String> v = new ArrayList<>();
            Integer max = Schemas.maxLength(p.schema());
            if (max != null && max < 2000) {
                v.add("x".repeat(max + 1));
            }
            for (String c : List.of("x", "-1", "0", "000000000000", "隐患")) {
                if (!Schemas.matches(p.schema(), c)) {
                    v.add(c);
                }
            }
            return v;
        });
    }

    private static List<HostileRequest> queryHuge(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Operation.Parameter p : t.op().in("query")) {
            JsonNode s = p.schema();
            boolean constrained = isCursor(p) || Schemas.isEnum(s) || !Schemas.format(s).isEmpty() || numeric(s)
                    || Schemas.type(s).equals("boolean") || s.has("maxLength") || s.has("pattern");
            if (constrained) {
                String v = "9".repeat(3_000);
                out.add(t.draft().query(p.name(), v).as("query.huge", p.name() + "=9 x 3000", Expect.field(p.name())));
            }
        }
        return out;
    }

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static List<HostileRequest> queryCursor(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        String uuid = Values.uuid(t.rnd()).toString();
        for (Operation.Parameter p : t.op().in("query")) {
            if (!isCursor(p)) {
                continue;
            }
            List<String[]> cursors = new ArrayList<>(List.of(
                    new String[]{"garbage", "not-a-cursor"},
                    new String[]{"base64 of garbage", b64("garbage")},
                    new String[]{"year +1000000000", b64("+1000000000-01-01T00:00:00Z|" + uuid)},
                    new String[]{"year -1000000000", b64("-1000000000-01-01T00:00:00Z|" + uuid)},
                    new String[]{"year +300000 (past PostgreSQL's last)", b64("+300000-01-01T00:00:00Z|" + uuid)},
                    new String[]{"year -5000 (before PostgreSQL's first)", b64("-5000-01-01T00:00:00Z|" + uuid)},
                    new String[]{"time without id", b64("2026-01-01T00:00:00Z")},
                    new String[]{"id not a uuid", b64("2026-01-01T00:00:00Z|not-a-uuid")},
                    new String[]{"id 1-1-1-1-1", b64("2026-01-01T00:00:00Z|1-1-1-1-1")},
                    new String[]{"empty parts", b64("|")},
                    new String[]{"three parts", b64("2026-01-01T00:00:00Z|" + uuid + "|x")},
                    new String[]{"NUL inside", b64("2026-01-01T00:00:00Z\u0000|" + uuid)},
                    new String[]{"not UTF-8", Base64.getUrlEncoder().withoutPadding().encodeToString(
                            new byte[]{(byte) 0xFF, (byte) 0xFE, '|', (byte) 0xC0, (byte) 0xAF})},
                    new String[]{"standard alphabet with padding", Base64.getEncoder().encodeToString(
                            ("2026-01-01T00:00:00Z|" + uuid + "??>").getBytes(StandardCharsets.UTF_8))},
                    new String[]{"2 KB", "A".repeat(2_000)}));
            String real = t.base().cursor();
            if (real != null && real.length() > 4) {
                cursors.add(new String[]{"a real one cut short", real.substring(0, real.length() / 2)});
                cursors.add(new String[]{"a real one with a character added", real + "A"});
            }
            for (String[] c : cursors) {
                out.add(t.draft().query(p.name(), Urls.encode(c[1]))
                        .as("query.cursor", p.name() + " = " + c[0], Expect.field(p.name())));
            }
        }
        return out;
    }

    private static List<HostileRequest> pathId(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Operation.Parameter p : t.op().in("path")) {
            String uuid = Values.uuid(t.rnd()).toString();
            // a parameter that is not an id (a tracking code JB-…, by its pattern) meets, as a uuid, no object of its
            // own and perhaps another resource of the same shape (a report's id): 404, or 405 there
            boolean anId = p.schema() == null || Schemas.matches(p.schema(), uuid);
            out.add(t.draft().pathValue(p.name(), uuid).as("path.id", p.name() + " = a random uuid (no such object)",
                    anId ? Expect.status(404) : Expect.status(400, 404, 405)));
            List<String[]> values = new ArrayList<>(List.of(
                    new String[]{"not-a-uuid", "not-a-uuid"},
                    new String[]{"1-1-1-1-1", "1-1-1-1-1"},
                    new String[]{"uuid + 0", uuid + "0"},
                    new String[]{"g in a uuid", "00000000-0000-0000-0000-00000000000g"},
                    new String[]{"uuid without dashes", uuid.replace("-", "")},
                    new String[]{"-1", "-1"},
                    new String[]{"null", "null"},
                    new String[]{"CJK", Urls.encode("隐患")},
                    new String[]{"uuid + encoded space", uuid + "%20"},
                    new String[]{"2000 characters", "a".repeat(2_000)}));
            for (String[] v : values) {
                out.add(t.draft().pathValue(p.name(), v[1]).as("path.id", p.name() + " = " + v[0],
                        Expect.status(400, 404).naming(p.name())));
            }
            // encodings that make the path itself suspect: refused as the id or as the path, before any lookup
            List<String[]> encoded = List.of(
                    new String[]{"%00", "%00"},
                    new String[]{"uuid%00", uuid + "%00"},
                    new String[]{"%2F", "%2F"},
                    new String[]{"..%2F..%2F", "..%2F..%2F"},
                    new String[]{"encoded CRLF and a header", "%0D%0AX-Injected:%20x"});
            for (String[] v : encoded) {
                out.add(t.draft().pathValue(p.name(), v[1]).as("path.id", p.name() + " = " + v[0],
                        Expect.status(400, 404).namingEither(p.name(), "path")));
            }
            // not UTF-8, not an escape, not ASCII: a malformed request, whatever the id would have been
            for (String[] v : List.of(new String[]{"overlong ../ (%C0%AE%C0%AE%C0%AF)", "%C0%AE%C0%AE%C0%AF"},
                    new String[]{"overlong ../ after a uuid", uuid + "%C0%AE%C0%AE%C0%AF"},
                    new String[]{"%FF%FE", "%FF%FE"})) {
                out.add(t.draft().pathValue(p.name(), v[1]).as("path.id", p.name() + " = " + v[0],
                        Expect.status(400).namingEither(p.name(), "path")));
            }
            for (String[] v : List.of(new String[]{"%zz", "%zz"}, new String[]{"a lone %", "%"},
                    new String[]{"raw byte 0xFF", "\u00ff"}, new String[]{"raw CJK bytes",
                            new String("隐患".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)})) {
                out.add(t.draft().pathValue(p.name(), v[1]).socket().as("path.id", p.name() + " = " + v[0],
                        Expect.status(400).namingEither(p.name(), "path")));
            }
        }
        return out;
    }

    private static List<HostileRequest> ifMatch(Target t) {
        if (t.op().header(Baseline.IF_MATCH) == null) {
            return List.of();
        }
        String current = t.base().headers().get(Baseline.IF_MATCH);
        String unquoted = current.replace("\"", "");
        String f = Baseline.IF_MATCH;
        List<HostileRequest> out = new ArrayList<>();
        out.add(t.draft().without(f).as("header.if-match", "no If-Match", Expect.status(428)));
        out.add(t.draft().header(f, "W/" + current).as("header.if-match", "weak W/" + current, Expect.status(412)));
        out.add(t.draft().header(f, "W/" + current + ", W/\"" + unquoted + "0\"")
                .as("header.if-match", "weak list W/" + current + ", ...", Expect.status(412)));
        out.add(t.draft().header(f, "\"9" + unquoted + "9\"").as("header.if-match", "stale \"9" + unquoted + "9\"",
                Expect.status(412)));
        out.add(t.draft().header(f, "\"hostile\"").as("header.if-match", "\"hostile\"", Expect.status(412)));
        for (String garbage : List.of(unquoted, "\"", current + "x", "W/", "\"" + unquoted, "W/" + unquoted, "x".repeat(4_000))) {
            out.add(t.draft().header(f, garbage).as("header.if-match", BodyFamilies.abbreviate(garbage) + " (not an entity tag)",
                    Expect.status(400, 412).naming(f)));
        }
        out.add(t.draft().header(f, "").socket().as("header.if-match", "empty If-Match",
                Expect.status(400, 428).naming(f)));
        return out;
    }

    private static List<HostileRequest> idempotencyKey(Target t) {
        Operation.Parameter p = t.op().header(Baseline.IDEMPOTENCY_KEY);
        if (p == null) {
            return List.of();
        }
        String name = Baseline.IDEMPOTENCY_KEY;
        List<HostileRequest> out = new ArrayList<>();
        Integer max = Schemas.maxLength(p.schema());
        if (max != null) {
            out.add(t.draft().header(name, "k".repeat(max + 1)).as("header.idempotency-key", (max + 1) + " characters",
                    Expect.field(name)));
        }
        out.add(t.draft().header(name, "k".repeat(4_000)).as("header.idempotency-key", "4000 characters",
                Expect.field(name).or(431)));
        // the HTTP decoder refuses a control character in any header value before the header is read by name,
        // so the answer can only say that a header is at fault
        out.add(t.draft().header(name, "key\u0001with-control").socket()
                .as("header.idempotency-key", "a control character", Expect.status(400).namingEither(name, "headers")));
        // not sent: a key with non-ASCII bytes; RFC 9110 allows obs-text in field values, and a key is opaque
        if (t.base().fixtureKey() != null && t.base().body() != null && t.base().body().isObject()) {
            Schemas.Field text = BodyFamilies.fields(t).stream().filter(f -> Schemas.isFreeText(f.name(), f.schema()))
                    .findFirst().orElse(null);
            if (text != null) {
                JsonNode other = JsonEdit.set(t.base().body(), text.segments(),
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(Values.TEXT + " (another request)"));
                out.add(t.draft().json(other).header(name, t.base().fixtureKey())
                        .as("header.idempotency-key", "the fixture's key reused for another body", Expect.status(422)));
            }
        }
        return out;
    }
}
