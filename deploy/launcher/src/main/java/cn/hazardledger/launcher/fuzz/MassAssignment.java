package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * No mass assignment: every write with a JSON body (POST, PUT, PATCH of the three services) is sent its valid baseline
 * with one server-owned field added at a time, aimed at a real object the caller may act on; each must be refused with
 * 400 naming that field. A create whose body has a {@code regionCode} is also sent one in another province: refused
 * (400 naming it, or 403/404/422). The caller compares the databases before and after.
 */
public final class MassAssignment {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** The fields the server owns, each with a value a client might try. */
    static Map<String, JsonNode> serverOwned() {
        Map<String, JsonNode> f = new LinkedHashMap<>();
        f.put("status", N.textNode("CLOSED"));
        f.put("state", N.textNode("DONE"));
        f.put("ledgerNumber", N.textNode("YH-500240-2026-000001"));
        f.put("version", N.numberNode(0));
        f.put("id", N.textNode("00000000-0000-4000-8000-000000000001"));
        f.put("hazardId", N.textNode("00000000-0000-4000-8000-000000000002"));
        f.put("createdAt", N.textNode("2026-01-01T00:00:00+08:00"));
        f.put("updatedAt", N.textNode("2026-01-01T00:00:00+08:00"));
        f.put("reviewer", N.textNode("mass-assignment"));
        f.put("reviewedBy", N.textNode("mass-assignment"));
        f.put("reporter", N.textNode("mass-assignment"));
        f.put("reportedBy", N.textNode("mass-assignment"));
        f.put("discoveredBy", N.textNode("mass-assignment"));
        f.put("entries", N.arrayNode());
        f.put("allowedActions", N.arrayNode().add("CLOSE"));
        f.put("etag", N.textNode("\"1\""));
        return f;
    }

    /** What was sent and found. */
    public record Result(int operations, int requests, List<String> failures, List<String> skipped) {
        public String summary() {
            return "no mass assignment: %d writes with a JSON body, %d requests, %d failures, %d field/operation pairs skipped (documented inputs)"
                    .formatted(operations, requests, failures.size(), skipped.size());
        }
    }

    private final List<Operation> ops;
    private final AccessFixtures fixtures;
    private final Values values;
    private final BadTokens tokens;
    private final Transport transport;
    private final Random rnd;

    public MassAssignment(List<Operation> ops, AccessFixtures fixtures, Values values, BadTokens tokens, Transport transport,
                          Random rnd) {
        this.ops = ops;
        this.fixtures = fixtures;
        this.values = values;
        this.tokens = tokens;
        this.transport = transport;
        this.rnd = rnd;
    }

    public Result run() throws InterruptedException {
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Operation op : ops) {
            if (op.body() == null || !Set.of("POST", "PUT", "PATCH").contains(op.method())) {
                continue;
            }
            operations++;
            String role = Baseline.roleFor(op);
            Baseline base = Baseline.of(op, null, values, tokens, rnd);
            if (!base.body().isObject()) {
                skipped.add(op.key() + ": its body is not an object");
                continue;
            }
            Map<String, String> object = object(op, role);
            JsonNode properties = op.body().path("properties");
            for (Map.Entry<String, JsonNode> field : serverOwned().entrySet()) {
                if (properties.has(field.getKey())) {
                    skipped.add(op.key() + " " + field.getKey());
                    continue;
                }
                ObjectNode body = ((ObjectNode) base.body().deepCopy()).set(field.getKey(), field.getValue());
                Response r = send(op, base, role, object, body);
                requests++;
                if (r.status() != 400 || !Oracle.names(problem(r), field.getKey())) {
                    failures.add(op.key() + " + " + field.getKey() + ": expected 400 naming it, got " + r.status() + " "
                            + Oracle.excerpt(r.text()));
                }
            }
            // an open endpoint (a public report) has no caller whose region could be left: any region is the reporter's
            if (op.isCreate() && op.secured() && properties.has("regionCode")) {
                ObjectNode body = ((ObjectNode) base.body().deepCopy()).put("regionCode", values.scope().foreignRegion());
                Response r = send(op, base, role, object, body);
                requests++;
                boolean ok = r.status() == 400 ? Oracle.names(problem(r), "regionCode") : Set.of(403, 404, 422).contains(r.status());
                if (!ok) {
                    failures.add(op.key() + " regionCode outside the caller's region: expected 400 naming it, 403, 404 or 422, got "
                            + r.status() + " " + Oracle.excerpt(r.text()));
                }
            }
        }
        // a party's own code is the token's, never the body's: an enterprise reporting another enterprise's hazard
        Operation report = ops.stream().filter(o -> o.key().equals("hazard POST /hazards")).findFirst().orElse(null);
        if (report != null) {
            ObjectNode body = (ObjectNode) Baseline.of(report, null, values, tokens, rnd).body().deepCopy();
            body.putObject("enterprise").put("name", "另一企业").put("creditCode", AccessFixtures.OTHER_CREDIT_CODE);
            Response r = send(report, Baseline.of(report, null, values, tokens, rnd), "ENTERPRISE", Map.of(), body);
            requests++;
            if (r.status() != 400 || !Oracle.names(problem(r), "enterprise.creditCode")) {
                failures.add("hazard POST /hazards as an ENTERPRISE naming another enterprise's credit code: expected 400 "
                        + "naming enterprise.creditCode, got " + r.status() + " " + Oracle.excerpt(r.text()));
            }
        }
        return new Result(operations, requests, failures, skipped);
    }

    private Map<String, String> object(Operation op, String role) {
        if (!op.hasPathParameters()) {
            return Map.of();
        }
        for (AccessFixtures.Variant v : List.of(AccessFixtures.Variant.IN, AccessFixtures.Variant.OWN)) {
            Map<String, String> o = fixtures.object(op.service(), op.collection(), role, v);
            if (o != null) {
                return o;
            }
        }
        return Map.of();
    }

    private Response send(Operation op, Baseline base, String role, Map<String, String> object, JsonNode body)
            throws InterruptedException {
        Draft d = new Target(op, base, values, tokens, rnd).draft().header("Authorization", "Bearer " + fixtures.token(role));
        for (Operation.Parameter p : op.pathParameters()) {
            if (object.containsKey(p.name())) {
                d.pathValue(p.name(), Urls.encode(object.get(p.name())));
            }
        }
        return transport.send(d.json(body).as("mass-assignment", "server-owned", Expect.status(400)));
    }

    private static JsonNode problem(Response r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            return null;
        }
    }
}
