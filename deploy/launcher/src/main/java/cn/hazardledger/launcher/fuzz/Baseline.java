package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The valid request an operation's hostile variants are made from. It is never sent as it is (except, for creates,
 * by {@link Fixtures} before the first snapshot): every variant breaks exactly one thing in it.
 *
 * @param role        the caller's role: TOWNSHIP when the operation allows it (it sees all of its township), else
 *                    the first role the document names
 * @param region      the caller's region: the county for a regulator, else the township
 * @param pathValues  unencoded path parameter values: a real object's id when {@link Fixtures} found one (for a
 *                    step on a hazard, one brought to where the step can be taken: {@link Lifecycle})
 * @param query       required query parameters only
 * @param headers     declared header parameters (If-Match = the real object's ETag)
 * @param body        the JSON body, or null; the evidence and hazards it refers to are real when the object is
 * @param form        the upload (multipart/form-data body), or null
 * @param realObject  whether the path names an object that exists and is in the caller's region
 * @param cursor      a cursor the service issued for this list, or null
 * @param fixtureKey  the Idempotency-Key a fixture was created with by the same caller, or null
 */
public record Baseline(Operation op, String role, String region, String subject, String token, Map<String, String> pathValues,
                       Map<String, String> query, Map<String, String> headers, JsonNode body, boolean realObject,
                       String cursor, String fixtureKey, Form form) {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";

    public static String roleFor(Operation op) {
        if (op.roles().isEmpty()) {
            return "TOWNSHIP";
        }
        return op.roles().contains("TOWNSHIP") ? "TOWNSHIP" : op.roles().get(0);
    }

    public static String subjectFor(String role) {
        return "hostile-" + role.toLowerCase(Locale.ROOT);
    }

    /** A regulator of the county (the steps a regulator takes are the county's), everyone else of the township. */
    public static String regionFor(String role, Scope scope) {
        return role.equals("REGULATOR") ? scope.county() : scope.township();
    }

    public static Baseline of(Operation op, Fixtures fixtures, Values values, BadTokens tokens, Random rnd) {
        String role = roleFor(op);
        String subject = subjectFor(role);
        String region = regionFor(role, values.scope());
        String token = tokens.valid(role, region, subject);
        Map<String, String> path = new LinkedHashMap<>();
        boolean real = true;
        for (Operation.Parameter p : op.pathParameters()) {
            String id = fixtures == null ? null : path.isEmpty() ? fixtures.realId(op) : fixtures.pathId(op, p.name());
            if (id != null && real) {
                path.put(p.name(), id);
            } else {
                path.put(p.name(), values.validText(p.name(), p.schema(), rnd));
                real = false;
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Operation.Parameter p : op.in("query")) {
            if (p.required()) {
                query.put(p.name(), values.validText(p.name(), p.schema(), rnd));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Operation.Parameter p : op.in("header")) {
            if (p.name().equalsIgnoreCase(IF_MATCH)) {
                String etag = fixtures == null || !real ? null : fixtures.etag(path.values().stream().findFirst().orElse(null));
                headers.put(IF_MATCH, etag != null ? etag : "\"0\"");
            } else if (p.name().equalsIgnoreCase(IDEMPOTENCY_KEY)) {
                headers.put(IDEMPOTENCY_KEY, "");   // a fresh key for every request: see Draft
            } else if (p.required()) {
                headers.put(p.name(), values.validText(p.name(), p.schema(), rnd));
            }
        }
        JsonNode body = op.body() == null ? null : values.valid("body", op.body(), rnd);
        if (fixtures != null && real) {
            body = fixtures.withReferences(op, body);
        }
        // a ledger import's file is a ledger, not a picture: one row in the caller's own region
        Form form = op.form() == null ? null
                : Form.isLedgerImport(op) ? Form.ledger(region) : Form.valid(op.form(), values, rnd);
        return new Baseline(op, role, region, subject, token, path, query, headers, body, real || path.isEmpty(),
                fixtures == null ? null : fixtures.cursor(op), fixtures == null ? null : fixtures.fixtureKey(op), form);
    }
}
