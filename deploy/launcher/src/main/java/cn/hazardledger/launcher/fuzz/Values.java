package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Valid values from a schema: its example when it fits, else the first enum constant, a value of its format
 * (uuid, date-time, date), a village of the caller's township for a region code, the middle of a number's range,
 * and every writable property of an object (optional ones too, so that mutations can reach them).
 */
public final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String TEXT = "hostile-input baseline 基线文本";

    private final Scope scope;

    public Values(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public JsonNode valid(String name, JsonNode schema, Random rnd) {
        return valid(name, schema, rnd, 0);
    }

    private JsonNode valid(String name, JsonNode schema, Random rnd, int depth) {
        String type = Schemas.type(schema);
        if (Schemas.isEnum(schema)) {
            JsonNode first = schema.get("enum").get(0);
            return first;
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (String property : Schemas.properties(schema)) {
                        object.set(property, valid(property, schema.get("properties").get(property), rnd, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < items && depth < 6; i++) {
                    array.add(valid(name, schema.path("items"), rnd, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(integer(schema));
            }
            case "number" -> {
                return NODES.numberNode(number(schema));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(text(name, schema, rnd));
            }
        }
    }

    /** A valid value as text, for a query, path or header parameter. */
    public String validText(String name, JsonNode schema, Random rnd) {
        JsonNode v = valid(name, schema, rnd);
        return v.isTextual() ? v.asText() : v.toString();
    }

    private String text(String name, JsonNode schema, Random rnd) {
        if (Schemas.isRegionCode(name, schema)) {
            return scope.village();
        }
        switch (Schemas.format(schema)) {
            case "uuid" -> {
                return uuid(rnd).toString();
            }
            case "date-time" -> {
                // a moment that has passed: what a request says happened (discoveredAt) cannot be in the future
                return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
            }
            case "date" -> {
                // a day to come (deadlines), later than the fixtures' own deadlines (Lifecycle: a month ahead), so
                // that an extension or a revision is later than the deadline in force
                return LocalDate.now(ZoneOffset.ofHours(8)).plusDays(60).toString();
            }
            case "time" -> {
                return "10:00:00";
            }
            case "email" -> {
                return "hostile-input@example.cn";
            }
            case "uri", "url" -> {
                return "https://example.cn/hostile-input";
            }
            default -> { }
        }
        for (JsonNode example : List.of(schema.path("examples").path(0), schema.path("example"))) {
            if (example.isTextual() && fits(schema, example.asText())) {
                return example.asText();
            }
        }
        // a pattern may ask for an id or a link (evidence references): a UUID and an https link are tried too
        for (String candidate : List.of(TEXT, "hostile", "X", "1", "000000000001", uuid(rnd).toString(),
                "https://example.cn/hostile-input")) {
            String c = fitLength(schema, candidate);
            if (fits(schema, c)) {
                return c;
            }
        }
        return fitLength(schema, "x");
    }

    private static boolean fits(JsonNode schema, String value) {
        Integer max = Schemas.maxLength(schema);
        int length = value.codePointCount(0, value.length());
        return Schemas.matches(schema, value) && (max == null || length <= max) && length >= Schemas.minLength(schema);
    }

    private static String fitLength(JsonNode schema, String value) {
        Integer max = Schemas.maxLength(schema);
        String v = max != null && value.length() > max ? value.substring(0, max) : value;
        StringBuilder padded = new StringBuilder(v);
        while (padded.length() < Schemas.minLength(schema)) {
            padded.append('x');
        }
        return padded.toString();
    }

    static long integer(JsonNode schema) {
        BigDecimal min = Schemas.minimum(schema);
        BigDecimal max = Schemas.maximum(schema);
        if (min != null) {
            return min.longValue() + (schema.path("exclusiveMinimum").asBoolean(false) ? 1 : 0);
        }
        return max != null ? Math.min(1, max.longValue()) : 1;
    }

    static BigDecimal number(JsonNode schema) {
        BigDecimal min = Schemas.minimum(schema);
        BigDecimal max = Schemas.maximum(schema);
        if (min != null && max != null) {
            return min.add(max).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .add(new BigDecimal("0.5")).min(max);
        }
        if (min != null) {
            return min.add(BigDecimal.ONE);
        }
        return max != null ? max.subtract(BigDecimal.ONE) : new BigDecimal("1.5");
    }

    public static UUID uuid(Random rnd) {
        return new UUID((rnd.nextLong() & ~0xF000L) | 0x4000L, (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
