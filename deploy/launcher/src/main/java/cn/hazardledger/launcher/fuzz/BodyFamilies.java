package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hostile JSON bodies, from the request body's schema: every field of the wrong type, missing, null, unknown or
 * server-owned, too long, blank, off-pattern, off-enum, out of range, of an impossible format, with NUL or lone
 * surrogates, duplicated; and whole bodies that are broken, trailed by more content, not UTF-8, deeply nested or huge.
 */
public final class BodyFamilies {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private BodyFamilies() {
    }

    public static final List<Family> ALL = List.of(
            new Family("body.wrong-type", "each field given a value of another JSON type (enum as number, number in text)",
                    BodyFamilies::wrongType),
            new Family("body.missing-required", "each required field left out", BodyFamilies::missingRequired),
            new Family("body.null-required", "each required field given null", BodyFamilies::nullRequired),
            new Family("body.extra-field", "an unknown field in every object, and each server-owned field of the answer",
                    BodyFamilies::extraField),
            new Family("body.too-long", "strings one past maxLength (ASCII and CJK) and a million characters",
                    BodyFamilies::tooLong),
            new Family("body.blank", "empty and whitespace-only text where the schema wants a non-blank one", BodyFamilies::blank),
            new Family("body.pattern", "strings off their pattern; region codes of the right shape but invalid or out of region",
                    BodyFamilies::pattern),
            new Family("body.enum", "enum fields with unknown, lower-case, padded, homoglyph and NUL-suffixed constants",
                    BodyFamilies::enumValues),
            new Family("body.number", "numbers past min/max, 1e-999999999, 1e999999999, 1e309, huge and fractional integers",
                    BodyFamilies::numbers),
            new Family("body.format", "uuid, date-time and date fields with impossible values", BodyFamilies::formats),
            new Family("body.text-content", "NUL in every text field, lone UTF-16 surrogates in free text", BodyFamilies::textContent),
            new Family("body.duplicate-key", "each field given twice", BodyFamilies::duplicateKey),
            new Family("body.trailing-content", "content after the JSON document", BodyFamilies::trailing),
            new Family("body.broken-json", "truncated, unquoted, commented, non-object and non-JSON-number bodies",
                    BodyFamilies::broken),
            new Family("body.non-utf8", "invalid, overlong and surrogate UTF-8 sequences inside a string", BodyFamilies::nonUtf8),
            new Family("body.deep-nesting", "fields and bodies nested thousands deep", BodyFamilies::deepNesting),
            new Family("body.huge", "a 12 MB body, with a length and chunked", BodyFamilies::huge));

    static boolean applies(Target t) {
        return t.op().body() != null && t.base().body() != null && t.base().body().isObject();
    }

    static List<Schemas.Field> fields(Target t) {
        return applies(t) ? Schemas.fields(t.op().body()) : List.of();
    }

    private static HostileRequest at(Target t, String family, Schemas.Field f, JsonNode value, Expect expect) {
        return t.draft().json(JsonEdit.set(t.base().body(), f.segments(), value))
                .as(family, f.path() + " = " + abbreviate(JsonEdit.text(value)), expect);
    }

    private static HostileRequest literal(Target t, String family, Schemas.Field f, String literal, Expect expect) {
        return t.draft().text(JsonEdit.withLiteral(t.base().body(), f.segments(), literal))
                .as(family, f.path() + " = " + abbreviate(literal), expect);
    }

    static String abbreviate(String s) {
        String v = s.replace("\u0000", "\\0");
        return v.length() > 60 ? v.substring(0, 40) + "...(" + v.length() + " chars)" : v;
    }

    private static List<HostileRequest> wrongType(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            String valid = JsonEdit.text(JsonEdit.get(t.base().body(), f.segments()));
            int n = 1 + t.rnd().nextInt(999);
            List<String> literals = switch (Schemas.type(f.schema())) {
                case "integer", "number" -> List.of("\"" + n + "\"", "\"abc\"", "true", "{}", "[]", "[" + n + "]");
                case "boolean" -> List.of("\"true\"", "1", "0", "\"yes\"", "{}", "[]");
                case "object" -> List.of("\"text\"", String.valueOf(n), "true", "[]", "[" + valid + "]");
                case "array" -> List.of("\"text\"", String.valueOf(n), "true", "{}");
                default -> Schemas.isEnum(f.schema())
                        ? List.of("0", "1", String.valueOf(n), "true", "{}", "[]", "[" + valid + "]")
                        : List.of(String.valueOf(n), n + ".5", "true", "false", "{}", "[]", "[" + valid + "]");
            };
            literals.forEach(l -> out.add(literal(t, "body.wrong-type", f, l, Expect.field(f.path()))));
        }
        return out;
    }

    private static List<HostileRequest> missingRequired(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (f.required()) {
                out.add(t.draft().json(JsonEdit.remove(t.base().body(), f.segments()))
                        .as("body.missing-required", "without " + f.path(), Expect.field(f.path())));
            }
        }
        return out;
    }

    private static List<HostileRequest> nullRequired(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (f.required()) {
                out.add(at(t, "body.null-required", f, N.nullNode(), Expect.field(f.path())));
            }
        }
        return out;
    }

    private static List<HostileRequest> extraField(Target t) {
        if (!applies(t)) {
            return List.of();
        }
        List<HostileRequest> out = new ArrayList<>();
        List<List<String>> objects = new ArrayList<>();
        objects.add(List.of());
        for (Schemas.Field f : fields(t)) {
            // a free-form object (additionalProperties: an event's data) takes any field by its contract
            JsonNode more = f.schema().path("additionalProperties");
            boolean freeForm = more.isObject() || more.asBoolean(false);
            if (Schemas.type(f.schema()).equals("object") && !freeForm) {
                objects.add(f.segments());
            }
        }
        for (List<String> object : objects) {
            List<String> path = new ArrayList<>(object);
            path.add("hostileUnknown");
            String name = String.join(".", path);
            out.add(t.draft().json(JsonEdit.set(t.base().body(), path, N.textNode("x")))
                    .as("body.extra-field", name + " = \"x\" (unknown)", Expect.field(name)));
        }
        JsonNode response = t.op().response();
        if (response != null) {
            Set<String> own = new LinkedHashSet<>(Schemas.properties(t.op().body()));
            for (String name : Schemas.properties(response)) {
                if (!own.contains(name)) {
                    JsonNode value = t.values().valid(name, response.get("properties").get(name), t.rnd());
                    if (name.equals("status") && Schemas.isEnum(response.get("properties").get(name))) {
                        List<String> values = Schemas.enumValues(response.get("properties").get(name));
                        value = N.textNode(values.get(values.size() - 1));
                    }
                    out.add(t.draft().json(JsonEdit.set(t.base().body(), List.of(name), value))
                            .as("body.extra-field", name + " = " + abbreviate(JsonEdit.text(value)) + " (server-owned)",
                                    Expect.field(name)));
                }
            }
        }
        return out;
    }

    private static List<HostileRequest> tooLong(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (!Schemas.type(f.schema()).equals("string")) {
                continue;
            }
            Integer max = Schemas.maxLength(f.schema());
            if (max != null && max < 100_000) {
                out.add(at(t, "body.too-long", f, N.textNode("隐".repeat(max + 1)), Expect.field(f.path())));
                out.add(at(t, "body.too-long", f, N.textNode("x".repeat(max + 1)), Expect.field(f.path())));
            }
            char c = (char) ('a' + t.rnd().nextInt(26));
            out.add(at(t, "body.too-long", f, N.textNode(String.valueOf(c).repeat(1_000_000)), Expect.field(f.path()).or(413)));
        }
        return out;
    }

    private static List<HostileRequest> blank(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (!Schemas.type(f.schema()).equals("string") || Schemas.isEnum(f.schema())) {
                continue;
            }
            boolean nonBlank = Schemas.pattern(f.schema()) != null && !Schemas.matches(f.schema(), " ");
            if (nonBlank) {
                for (String v : List.of("", " ", "\t\r\n", "\u3000\u3000")) {
                    out.add(at(t, "body.blank", f, N.textNode(v), Expect.field(f.path())));
                }
            } else if (Schemas.minLength(f.schema()) > 0) {
                out.add(at(t, "body.blank", f, N.textNode(""), Expect.field(f.path())));
            }
        }
        return out;
    }

    private static List<HostileRequest> pattern(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            Pattern p = Schemas.pattern(f.schema());
            // "\S"-like patterns only forbid blanks: body.blank covers them
            if (p == null || !Schemas.type(f.schema()).equals("string")
                    || p.matcher("x y").find() && !Schemas.isRegionCode(f.name(), f.schema())) {
                continue;
            }
            String valid = JsonEdit.get(t.base().body(), f.segments()).asText();
            Set<String> candidates = new LinkedHashSet<>(List.of("", "x", "-1", "0", valid + "x",
                    valid.isEmpty() ? "" : valid.substring(1), fullWidth(valid), valid.replaceFirst(".", "$0 "),
                    "ABCDEFGHIJKL", "１２３４５６７８９０１２", "5002402130O1"));
            for (String c : candidates) {
                if (!p.matcher(c).find()) {
                    out.add(at(t, "body.pattern", f, N.textNode(c), Expect.field(f.path())));
                }
            }
            if (Schemas.isRegionCode(f.name(), f.schema())) {
                Scope s = t.scope();
                for (String region : List.of("000000000000", "999999999999", s.foreignRegion(),
                        s.siblingTownship().substring(0, 9) + "001", s.township().substring(0, 6) + "000000")) {
                    out.add(at(t, "body.pattern", f, N.textNode(region), Expect.field(f.path())));
                }
            }
        }
        return out;
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return b.toString();
    }

    private static List<HostileRequest> enumValues(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (!Schemas.isEnum(f.schema())) {
                continue;
            }
            String v = Schemas.enumValues(f.schema()).get(0);
            Set<String> values = new LinkedHashSet<>(List.of("HOSTILE_VALUE", v.toLowerCase(Locale.ROOT), " " + v, v + " ",
                    "", v + "\u0000", v.replace('E', 'Е').replace('A', 'А').replace('O', 'О'), v + "," + v));
            values.removeAll(Schemas.enumValues(f.schema()));
            values.forEach(x -> out.add(at(t, "body.enum", f, N.textNode(x), Expect.field(f.path()))));
        }
        return out;
    }

    private static List<HostileRequest> numbers(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            String type = Schemas.type(f.schema());
            if (!type.equals("number") && !type.equals("integer")) {
                continue;
            }
            List<String> literals = new ArrayList<>();
            BigDecimal min = Schemas.minimum(f.schema());
            BigDecimal max = Schemas.maximum(f.schema());
            if (max != null) {
                literals.add(max.add(BigDecimal.ONE).toPlainString());
                if (type.equals("number")) {
                    literals.add(max.add(new BigDecimal("0.000001")).toPlainString());
                }
            }
            if (min != null) {
                literals.add(min.subtract(BigDecimal.ONE).toPlainString());
            }
            literals.addAll(List.of("1e-999999999", "1e999999999", "-1e999999999", "1e309", "-1e309",
                    "123456789012345678901234567890123456789", "1" + "0".repeat(1_200), "0." + "0".repeat(1_200) + "1"));
            if (type.equals("integer")) {
                literals.addAll(List.of("1.5", "2147483648", "-2147483649", "9223372036854775808", "1e2"));
            }
            literals.forEach(l -> out.add(literal(t, "body.number", f, l, Expect.field(f.path()))));
        }
        return out;
    }

    private static List<HostileRequest> formats(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            List<String> values = impossible(Schemas.format(f.schema()), t);
            values.forEach(v -> out.add(at(t, "body.format", f, N.textNode(v), Expect.field(f.path()))));
        }
        return out;
    }

    /** Values a field or parameter of this format can never take. */
    static List<String> impossible(String format, Target t) {
        String uuid = Values.uuid(t.rnd()).toString();
        return switch (format) {
            case "uuid" -> List.of("not-a-uuid", "1-1-1-1-1", uuid + "0", uuid.substring(1), "00000000-0000-0000-0000-00000000000g",
                    uuid.replace("-", ""), "{" + uuid + "}", "");
            case "date-time" -> List.of("not-a-date", "2026-13-45T25:61:00+08:00", "2026-02-30T10:00:00+08:00",
                    "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+300000-01-01T00:00:00Z",
                    "2026-01-01T00:00:00", "2026-01-01T00:00:00+25:00", "1700000000", "");
            case "date" -> List.of("2026-02-30", "2026-13-01", "+1000000000-01-01", "-300000-01-01", "20260101",
                    "01/02/2026", "");
            case "time" -> List.of("25:00:00", "10:61:00", "noon");
            default -> List.of();
        };
    }

    private static List<HostileRequest> textContent(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (!Schemas.type(f.schema()).equals("string")) {
                continue;
            }
            String valid = JsonEdit.get(t.base().body(), f.segments()).asText();
            out.add(at(t, "body.text-content", f, N.textNode(valid + "\u0000"), Expect.field(f.path())));
            if (Schemas.isFreeText(f.name(), f.schema())) {
                out.add(at(t, "body.text-content", f, N.textNode("\u0000"), Expect.field(f.path())));
                out.add(literal(t, "body.text-content", f, "\"lone \\ud800 high\"", Expect.field(f.path())));
                out.add(literal(t, "body.text-content", f, "\"lone \\udfff low\"", Expect.field(f.path())));
                out.add(literal(t, "body.text-content", f, "\"reversed \\udc00\\ud800 pair\"", Expect.field(f.path())));
            }
        }
        return out;
    }

    private static List<HostileRequest> duplicateKey(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            JsonNode own = JsonEdit.get(t.base().body(), f.segments());
            String other = Schemas.isEnum(f.schema())
                    ? JsonEdit.quote(Schemas.enumValues(f.schema()).get(Schemas.enumValues(f.schema()).size() - 1))
                    : own.isTextual() ? JsonEdit.quote(own.asText() + " (second)") : JsonEdit.text(own);
            for (String second : new LinkedHashSet<>(List.of(JsonEdit.text(own), other))) {
                out.add(t.draft().text(JsonEdit.withDuplicate(t.base().body(), f.segments(), second))
                        .as("body.duplicate-key", f.path() + " twice (then " + abbreviate(second) + ")", Expect.field(f.path())));
            }
        }
        return out;
    }

    private static List<HostileRequest> trailing(Target t) {
        if (!applies(t)) {
            return List.of();
        }
        String doc = JsonEdit.text(t.base().body());
        List<HostileRequest> out = new ArrayList<>();
        for (String suffix : List.of(" x", "{}", "]", "}", ",", "\u0000", "\n" + doc, " null", " 1", " //")) {
            out.add(t.draft().text(doc + suffix).as("body.trailing-content", "document + " + abbreviate(JsonEdit.quote(suffix)),
                    Expect.status(400)));
        }
        return out;
    }

    private static List<HostileRequest> broken(Target t) {
        if (!applies(t)) {
            return List.of();
        }
        String doc = JsonEdit.text(t.base().body());
        List<String[]> bodies = new ArrayList<>(List.of(
                new String[]{"empty body", ""},
                new String[]{"{", "{"},
                new String[]{"first half", doc.substring(0, doc.length() / 2)},
                new String[]{"without the closing brace", doc.substring(0, doc.length() - 1)},
                new String[]{"single quotes", doc.replace('"', '\'')},
                new String[]{"unquoted keys", doc.replaceAll("\"(\\w+)\":", "$1:")},
                new String[]{"trailing comma", doc.substring(0, doc.length() - 1) + ",}"},
                new String[]{"a comment", "/* hostile */" + doc},
                new String[]{"null", "null"},
                new String[]{"an array", "[]"},
                new String[]{"the document in an array", "[" + doc + "]"},
                new String[]{"a string", "\"text\""},
                new String[]{"a number", "42"},
                new String[]{"true", "true"},
                new String[]{"a missing value", doc.replaceFirst(":", ":,")},
                new String[]{"a raw newline in a string", doc.replaceFirst("\":\"", "\":\"line\nbreak")},
                new String[]{"a raw tab in a string", doc.replaceFirst("\":\"", "\":\"tab\there")},
                new String[]{"a BOM and a BOM", "\uFEFF\uFEFF" + doc},
                new String[]{"form-encoded", "title=x&level=GENERAL"}));
        for (Schemas.Field f : fields(t)) {
            String type = Schemas.type(f.schema());
            if (type.equals("number") || type.equals("integer")) {
                for (String bad : List.of("NaN", "Infinity", "-Infinity", "0x10", "007", "+1", ".5", "1.", "1e", "--1")) {
                    bodies.add(new String[]{f.path() + " = " + bad, JsonEdit.withLiteral(t.base().body(), f.segments(), bad)});
                }
                break;
            }
        }
        List<HostileRequest> out = new ArrayList<>();
        for (String[] b : bodies) {
            // an optional body left empty is no body (a one-tap acknowledgement), and an edit that found nothing to
            // break (no string to put a newline in) left the document valid: neither is hostile
            boolean noBodyAllowed = b[1].isEmpty() && !t.op().bodyRequired();
            if (!noBodyAllowed && !b[1].equals(doc)) {
                out.add(t.draft().text(b[1]).as("body.broken-json", b[0], Expect.status(400)));
            }
        }
        return out;
    }

    private static List<HostileRequest> nonUtf8(Target t) {
        Schemas.Field text = fields(t).stream().filter(f -> Schemas.isFreeText(f.name(), f.schema())).findFirst()
                .orElse(fields(t).stream().filter(f -> Schemas.type(f.schema()).equals("string")).findFirst().orElse(null));
        if (text == null) {
            return List.of();
        }
        List<HostileRequest> out = new ArrayList<>();
        Object[][] sequences = {
                {"0xFF", new byte[]{(byte) 0xFF}},
                {"0xC3 0x28 (bad continuation)", new byte[]{(byte) 0xC3, 0x28}},
                {"0xC0 0xAF (overlong '/')", new byte[]{(byte) 0xC0, (byte) 0xAF}},
                {"0xE0 0x80 0xAF (overlong, 3 bytes)", new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0xAF}},
                {"0xED 0xA0 0x80 (encoded surrogate)", new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}},
                {"0xF4 0x90 0x80 0x80 (above U+10FFFF)", new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}},
                {"0xE4 0xB8 (truncated)", new byte[]{(byte) 0xE4, (byte) 0xB8}},
                {"0x80 (lone continuation)", new byte[]{(byte) 0x80}},
                {"GBK bytes", new byte[]{(byte) 0xD2, (byte) 0xFE, (byte) 0xBB, (byte) 0xBC}},
        };
        for (Object[] s : sequences) {
            out.add(t.draft().bytes(JsonEdit.withBytes(t.base().body(), text.segments(), (byte[]) s[1]))
                    .as("body.non-utf8", text.path() + " holds " + s[0], Expect.status(400)));
        }
        return out;
    }

    private static List<HostileRequest> deepNesting(Target t) {
        if (!applies(t)) {
            return List.of();
        }
        List<HostileRequest> out = new ArrayList<>();
        for (Schemas.Field f : fields(t)) {
            if (f.segments().size() > 1) {
                continue;
            }
            out.add(literal(t, "body.deep-nesting", f, "[".repeat(64) + "]".repeat(64), Expect.field(f.path())));
            out.add(literal(t, "body.deep-nesting", f, "[".repeat(5_000) + "]".repeat(5_000), Expect.status(400)));
            out.add(literal(t, "body.deep-nesting", f, "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), Expect.status(400)));
        }
        out.add(t.draft().text("[".repeat(100_000) + "]".repeat(100_000)).as("body.deep-nesting", "body = 100000 nested arrays",
                Expect.status(400)));
        out.add(t.draft().text("{\"a\":".repeat(50_000)).as("body.deep-nesting", "body = 50000 unclosed objects",
                Expect.status(400)));
        return out;
    }

    private static List<HostileRequest> huge(Target t) {
        Schemas.Field text = fields(t).stream().filter(f -> Schemas.type(f.schema()).equals("string")).findFirst().orElse(null);
        if (text == null) {
            return List.of();
        }
        byte[] body = JsonEdit.withLiteral(t.base().body(), text.segments(), "\"" + "x".repeat(12 * 1024 * 1024) + "\"")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Expect expect = Expect.status(413).naming(text.path()).or(400);
        List<HostileRequest> out = new ArrayList<>();
        out.add(t.draft().bytes(body).socket().as("body.huge", text.path() + " of 12 MB, Content-Length", expect));
        out.add(t.draft().bytes(body).socket().header("Transfer-Encoding", "chunked")
                .as("body.huge", text.path() + " of 12 MB, chunked", expect));
        return out;
    }
}
