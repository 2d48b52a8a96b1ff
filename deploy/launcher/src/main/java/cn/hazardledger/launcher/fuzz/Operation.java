package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/**
 * One operation of a service's OpenAPI document, every {@code $ref} already resolved: what the generator needs to
 * build a valid baseline request and the hostile variants of it.
 *
 * @param service        the service's short name (hazard, task, notify)
 * @param method         upper-case HTTP method
 * @param path           the path template, e.g. {@code /hazards/{id}/confirmation}
 * @param parameters     path, query and header parameters
 * @param body           the JSON request body's schema, or null when the operation takes none
 * @param bodyRequired   whether the document marks the request body as required
 * @param response       the schema of the first 2xx answer, or null (used to find server-owned fields)
 * @param roles          the roles the bearer security requirement names; empty when the operation is open
 * @param otherMethods   the other methods the document declares for the same path
 * @param form           the multipart/form-data request body's schema (an upload), or null
 * @param produces       the media types of its 2xx answers, e.g. application/json, or a file's own types
 */
public record Operation(String service, String method, String path, List<Parameter> parameters, JsonNode body,
                        boolean bodyRequired, JsonNode response, List<String> roles, List<String> otherMethods,
                        JsonNode form, List<String> produces) {

    /** A path, query or header parameter; {@code schema} is resolved. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public String key() {
        return service + " " + method + " " + path;
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    public boolean secured() {
        return !roles.isEmpty();
    }

    public List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    public Parameter header(String name) {
        return in("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The path parameters in the order they appear in the path (the document may list them in any order). */
    public List<Parameter> pathParameters() {
        return in("path").stream().sorted(java.util.Comparator.comparingInt(p -> path.indexOf("{" + p.name() + "}")))
                .toList();
    }

    public boolean hasPathParameters() {
        return !in("path").isEmpty();
    }

    /** The collection this operation acts in: the path up to its first parameter ({@code /hazards}). */
    public String collection() {
        int brace = path.indexOf("/{");
        return brace < 0 ? path : path.substring(0, brace);
    }

    /** A create: a POST with a body to a path without parameters. */
    public boolean isCreate() {
        return method.equals("POST") && body != null && !hasPathParameters();
    }

    /** A list: a GET of a path without parameters. */
    public boolean isList() {
        return method.equals("GET") && !hasPathParameters();
    }

    /** What a client asks for in Accept: JSON where the operation answers JSON, else the types it answers. */
    public String accept() {
        return produces.isEmpty() || produces.stream().anyMatch(t -> t.contains("json")) ? "application/json"
                : String.join(", ", produces);
    }

    public static String normalize(String method) {
        return method.toUpperCase(Locale.ROOT);
    }
}
