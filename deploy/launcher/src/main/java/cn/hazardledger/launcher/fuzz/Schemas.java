package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Questions asked of a resolved JSON schema: its type, its fields, its bounds. */
public final class Schemas {

    private Schemas() {
    }

    /** A field of a request body, named by its JSON path ({@code location.latitude}). */
    public record Field(String path, List<String> segments, JsonNode schema, boolean required) {
        public String name() {
            return segments.get(segments.size() - 1);
        }
    }

    public static String type(JsonNode schema) {
        String type = schema.path("type").asText("");
        if (!type.isEmpty()) {
            return type;
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    public static boolean isEnum(JsonNode schema) {
        return schema.has("enum") && schema.get("enum").size() > 0;
    }

    public static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    public static String format(JsonNode schema) {
        return schema.path("format").asText("");
    }

    public static Pattern pattern(JsonNode schema) {
        if (!schema.hasNonNull("pattern")) {
            return null;
        }
        try {
            return Pattern.compile(schema.get("pattern").asText());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** JSON Schema's reading of {@code pattern}: the expression occurs somewhere in the value (not anchored). */
    public static boolean matches(JsonNode schema, String value) {
        Pattern p = pattern(schema);
        return p == null || p.matcher(value).find();
    }

    public static Integer maxLength(JsonNode schema) {
        return schema.has("maxLength") ? schema.get("maxLength").asInt() : null;
    }

    public static int minLength(JsonNode schema) {
        return schema.path("minLength").asInt(0);
    }

    public static BigDecimal minimum(JsonNode schema) {
        return schema.has("minimum") ? schema.get("minimum").decimalValue() : null;
    }

    public static BigDecimal maximum(JsonNode schema) {
        return schema.has("maximum") ? schema.get("maximum").decimalValue() : null;
    }

    public static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    public static boolean readOnly(JsonNode schema) {
        return schema.path("readOnly").asBoolean(false);
    }

    /** The writable properties' names of an object schema, in document order. */
    public static List<String> properties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(e -> {
            if (!readOnly(e.getValue())) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    /** Every writable field of an object schema, depth first; a nested object is a field and so are its own fields. */
    public static List<Field> fields(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(schema, new ArrayList<>(), fields, 0);
        return fields;
    }

    private static void collect(JsonNode schema, List<String> prefix, List<Field> into, int depth) {
        if (depth > 6 || !type(schema).equals("object")) {
            return;
        }
        Set<String> required = new HashSet<>(required(schema));
        for (String name : properties(schema)) {
            JsonNode child = schema.get("properties").get(name);
            List<String> segments = new ArrayList<>(prefix);
            segments.add(name);
            into.add(new Field(String.join(".", segments), List.copyOf(segments), child, required.contains(name)));
            collect(child, segments, into, depth + 1);
        }
    }

    /** A 12-digit administrative division code: the caller's region decides what it may touch. */
    public static boolean isRegionCode(String name, JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        return pattern.equals("\\d{12}") || pattern.equals("^\\d{12}$") || pattern.equals("[0-9]{12}")
                || name.toLowerCase(java.util.Locale.ROOT).matches(".*region_?code.*");
    }

    /** Free text: a string without enum, format or a pattern stricter than "not blank". */
    public static boolean isFreeText(String name, JsonNode schema) {
        if (!type(schema).equals("string") || isEnum(schema) || !format(schema).isEmpty() || isRegionCode(name, schema)) {
            return false;
        }
        Pattern p = pattern(schema);
        return p == null || p.matcher("自由文本 free text").find();
    }
}
