package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a service's OpenAPI 3 document (JSON, as {@code /q/openapi?format=json} serves it) into {@link Operation}s.
 * Every {@code $ref} to {@code components/schemas} is inlined, {@code allOf} is merged, the first branch of
 * {@code oneOf}/{@code anyOf} is taken and {@code type: [x, "null"]} becomes {@code x}, so that nothing downstream
 * ever follows a reference.
 */
public final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final int MAX_DEPTH = 12;
    private static final String MULTIPART_FORM = "multipart/form-data";

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument parse(String json) throws IOException {
        return new ApiDocument(JSON.readTree(json));
    }

    public static ApiDocument of(JsonNode root) {
        return new ApiDocument(root);
    }

    /** Every operation of the document, in document order, named as belonging to {@code service}. */
    public List<Operation> operations(String service) {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = root.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            List<String> declared = new ArrayList<>();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    declared.add(Operation.normalize(m));
                }
            });
            for (String method : declared) {
                JsonNode op = path.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
                List<String> others = declared.stream().filter(m -> !m.equals(method)).toList();
                operations.add(operation(service, method, path.getKey(), path.getValue(), op, others));
            }
        }
        return operations;
    }

    private Operation operation(String service, String method, String path, JsonNode pathItem, JsonNode op,
                                List<String> others) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode list : List.of(op.path("parameters"), pathItem.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = deref(p);
                String key = param.path("in").asText() + ":" + param.path("name").asText();
                if (seen.add(key)) {
                    parameters.add(new Operation.Parameter(param.path("name").asText(), param.path("in").asText(),
                            param.path("required").asBoolean(param.path("in").asText().equals("path")),
                            resolve(param.path("schema"), 0)));
                }
            }
        }
        JsonNode body = null;
        JsonNode form = null;
        boolean bodyRequired = false;
        JsonNode requestBody = deref(op.path("requestBody"));
        if (requestBody.has("content")) {
            JsonNode media = jsonMedia(requestBody.get("content"));
            JsonNode multipart = requestBody.get("content").get(MULTIPART_FORM);
            if (media != null) {
                body = resolve(media.path("schema"), 0);
                bodyRequired = requestBody.path("required").asBoolean(false);
            } else if (multipart != null) {
                form = resolve(multipart.path("schema"), 0);
                bodyRequired = requestBody.path("required").asBoolean(false);
            }
        }
        JsonNode response = null;
        Set<String> produces = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("2")) {
                deref(r.getValue()).path("content").fieldNames().forEachRemaining(produces::add);
                JsonNode media = jsonMedia(deref(r.getValue()).path("content"));
                if (response == null && media != null && media.has("schema")) {
                    response = resolve(media.get("schema"), 0);
                }
            }
        }
        List<String> roles = new ArrayList<>();
        JsonNode security = op.has("security") ? op.get("security") : root.path("security");
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(e -> e.getValue().forEach(role -> roles.add(role.asText())));
        }
        return new Operation(service, method, path, List.copyOf(parameters), body, bodyRequired, response,
                List.copyOf(roles), List.copyOf(others), form, List.copyOf(produces));
    }

    private static JsonNode jsonMedia(JsonNode content) {
        if (content == null || content.isMissingNode()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> media = it.next();
            if (media.getKey().contains("json")) {
                return media.getValue();
            }
        }
        return null;
    }

    /** Follows a {@code $ref} of a parameter, request body or response (not a schema) once. */
    private JsonNode deref(JsonNode node) {
        if (node != null && node.has("$ref")) {
            return pointer(node.get("$ref").asText());
        }
        return node == null ? JsonNodeFactory.instance.missingNode() : node;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        return root.at(ref.substring(1));
    }

    /** A copy of {@code schema} with references inlined and combinators simplified. */
    JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            out.setAll((ObjectNode) resolve(pointer(schema.get("$ref").asText()), depth + 1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "$ref" -> { }
                case "properties" -> {
                    ObjectNode props = out.has("properties") ? (ObjectNode) out.get("properties")
                            : out.putObject("properties");
                    e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                }
                case "items", "additionalProperties" -> out.set(e.getKey(),
                        e.getValue().isObject() ? resolve(e.getValue(), depth + 1) : e.getValue());
                case "allOf" -> e.getValue().forEach(part -> merge(out, (ObjectNode) resolve(part, depth + 1)));
                case "oneOf", "anyOf" -> {
                    for (JsonNode branch : e.getValue()) {
                        JsonNode resolved = resolve(branch, depth + 1);
                        if (!"null".equals(resolved.path("type").asText())) {
                            merge(out, (ObjectNode) resolved);
                            break;
                        }
                    }
                }
                case "type" -> out.put("type", e.getValue().isArray() ? firstNonNull((ArrayNode) e.getValue())
                        : e.getValue().asText());
                default -> out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static String firstNonNull(ArrayNode types) {
        for (JsonNode t : types) {
            if (!t.asText().equals("null")) {
                return t.asText();
            }
        }
        return "null";
    }

    private static void merge(ObjectNode into, ObjectNode part) {
        part.fields().forEachRemaining(e -> {
            if (e.getKey().equals("properties") && into.has("properties")) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) e.getValue());
            } else if (e.getKey().equals("required") && into.has("required")) {
                ((ArrayNode) into.get("required")).addAll((ArrayNode) e.getValue());
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
    }
}
