package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Walks docs/access.md against the running services: every row (an operation) × every column (a role, and no token)
 * × the objects its cell calls for (in the caller's region, the caller's own, another party's, another province's),
 * each request built from the operation's valid baseline ({@link Baseline}: body, required query, headers) with the
 * column's token and the fixture's ids. Before that it checks that the table and the OpenAPI documents name the same
 * operations (deny by default).
 */
public final class AccessWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The detail of the chassis' answer to a role @RolesAllowed refuses. */
    static final String ROLE_REFUSED = "your role may not do this";

    /** What the walk found. */
    public record Result(int rows, int cells, int requests, int fixtureRequests, long millis, List<String> failures,
                         List<String> notWalked, List<String> log, AccessMatrix.Coverage coverage, List<String> notes,
                         Map<String, Integer> allowedAnswers, int listChecks) {

        public String summary() {
            return "access matrix: %d rows x %d columns = %d cells walked with %d requests (+%d to make the fixtures) in %.1f s; "
                    .formatted(rows, cells / Math.max(rows, 1), cells, requests, fixtureRequests, millis / 1000.0)
                    + "%d failures, %d object cells not walked, operations without a row: %d, rows without an operation: %d"
                    .formatted(failures.size(), notWalked.size(), coverage.missingRows().size(),
                            coverage.unknownOperations().size())
                    + "; %d list answers checked for objects out of scope".formatted(listChecks)
                    + "; the answers to allowed calls, by cell: " + allowedAnswers;
        }
    }

    private final List<Operation> ops;
    private final AccessMatrix matrix;
    private final AccessFixtures fixtures;
    private final Values values;
    private final BadTokens tokens;
    private final Transport transport;
    private final Random rnd;
    private final List<String> failures = new ArrayList<>();
    private final List<String> notWalked = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private String label = "";
    private int requests;
    private int cells;
    private int listChecks;
    private final java.util.TreeMap<String, Integer> allowedAnswers = new java.util.TreeMap<>();

    public AccessWalk(List<Operation> ops, AccessMatrix matrix, AccessFixtures fixtures, Values values, BadTokens tokens,
                      Transport transport, Random rnd) {
        this.ops = ops;
        this.matrix = matrix;
        this.fixtures = fixtures;
        this.values = values;
        this.tokens = tokens;
        this.transport = transport;
        this.rnd = rnd;
    }

    /**
     * Reads first, then the other methods, then PUT (a breakdown table's import replaces the tasks other rows name) and
     * DELETE last, so that no row's object is gone before the rows after it are walked.
     */
    static int order(AccessMatrix.Row row) {
        return switch (row.method()) {
            case "GET", "HEAD" -> 0;
            case "PUT" -> 2;
            case "DELETE" -> 3;
            default -> 1;
        };
    }

    public Result walk() throws InterruptedException {
        long start = System.nanoTime();
        AccessMatrix.Coverage coverage = matrix.coverage(ops);
        List<AccessMatrix.Row> rows = new ArrayList<>(matrix.rows());
        rows.sort(Comparator.comparingInt(AccessWalk::order));
        int walkedRows = 0;
        for (AccessMatrix.Row row : rows) {
            Operation op = ops.stream().filter(o -> o.key().equals(row.key())).findFirst().orElse(null);
            if (op == null) {
                continue;   // reported by the coverage
            }
            walkedRows++;
            for (Map.Entry<String, AccessMatrix.Cell> cell : row.cells().entrySet()) {
                cells++;
                walk(row, op, cell.getKey(), cell.getValue());
            }
        }
        return new Result(walkedRows, cells, requests, fixtures.requests(), (System.nanoTime() - start) / 1_000_000,
                List.copyOf(failures), List.copyOf(notWalked), List.copyOf(log), coverage, fixtures.notes(), Map.copyOf(allowedAnswers), listChecks);
    }

    private void walk(AccessMatrix.Row row, Operation op, String column, AccessMatrix.Cell cell) throws InterruptedException {
        String where = "line " + row.line() + " " + row.key() + " [" + column + " " + cell.text + "]";
        label = column + "\t" + cell.text + "\t-";
        if (column.equals(AccessMatrix.NO_TOKEN) && cell.admitted()) {
            // an open endpoint: allowed without a token
            expectAllowed(where + " no token", send(op, null, anyObject(op, "TOWNSHIP")), cell);
            return;
        }
        if (cell == AccessMatrix.Cell.SECRET) {
            // the walk does not hold the object's secret: a real object answers as one that does not exist
            String token = column.equals(AccessMatrix.NO_TOKEN) ? null : fixtures.token(column);
            for (AccessFixtures.Variant v : List.of(AccessFixtures.Variant.IN, AccessFixtures.Variant.OUT)) {
                Map<String, String> object = fixtures.object(op.service(), op.collection(), "*", v);
                if (object == null) {
                    notWalked.add(where + " " + v + ": no fixture");
                    continue;
                }
                label = column + "\t" + cell.text + "\t" + v;
                expectStatus(where + " " + v + " without its secret", send(op, token, object), 404);
            }
            return;
        }
        if (cell == AccessMatrix.Cell.UNAUTHENTICATED) {
            Map<String, String> object = anyObject(op, "TOWNSHIP");
            Response none = send(op, null, object);
            expectStatus(where + " no token", none, 401);
            Response forged = send(op, tokens.forged(tokens.claims("TOWNSHIP", values.scope().township(), "matrix-forger")), object);
            expectStatus(where + " forged token", forged, 401);
            return;
        }
        String token = fixtures.token(column);
        if (cell == AccessMatrix.Cell.FORBIDDEN) {
            Response r = send(op, token, anyObject(op, column));
            if (r.status() != 403 || !detail(r).contains(ROLE_REFUSED)) {
                fail(where, r, "403 \"" + ROLE_REFUSED + "\"");
            }
            return;
        }
        if (!op.hasPathParameters()) {
            Response r = send(op, token, Map.of());
            expectAllowed(where, r, cell);
            if (op.method().equals("GET") && r.status() == 200) {
                listShowsNothingOutOfScope(where, op, column, cell, r);
            }
            return;
        }
        List<AccessFixtures.Variant> variants = cell.own()
                ? List.of(AccessFixtures.Variant.OWN, AccessFixtures.Variant.OTHER, AccessFixtures.Variant.SIBLING,
                        AccessFixtures.Variant.OUT)
                : List.of(AccessFixtures.Variant.IN, AccessFixtures.Variant.SIBLING, AccessFixtures.Variant.OUT);
        for (AccessFixtures.Variant v : variants) {
            Map<String, String> object = fixtures.object(op.service(), op.collection(), column, v);
            if (object == null && (v == AccessFixtures.Variant.IN || v == AccessFixtures.Variant.OWN)) {
                object = listed(op, token);
            }
            if (object == null) {
                // shared collections have nothing out of region; only some collections have a sibling township's object
                if (v != AccessFixtures.Variant.SIBLING
                        && !(v == AccessFixtures.Variant.OUT && Scope.SHARED_COLLECTIONS.contains(op.collection()))) {
                    notWalked.add(where + " " + v + ": no fixture");
                }
                continue;
            }
            label = column + "\t" + cell.text + "\t" + v;
            Response r = send(op, token, object);
            // the sibling township is in a county caller's region and out of a township caller's
            boolean seen = v == AccessFixtures.Variant.IN || v == AccessFixtures.Variant.OWN
                    || v == AccessFixtures.Variant.SIBLING && !cell.own()
                    && covers(fixtures.region(column), values.scope().siblingTownship());
            if (seen) {
                expectAllowed(where + " " + v, r, cell);
            } else {
                expectStatus(where + " " + v, r, 404);
            }
        }
    }

    /**
     * A list (a GET of a collection with fixtures) holds none of the objects the caller may not see: another
     * party's (for an {@code own} cell), the sibling township's (for a township caller) and another province's.
     * The fixtures are the newest objects, so they would be on the first page.
     */
    private void listShowsNothingOutOfScope(String where, Operation op, String column, AccessMatrix.Cell cell, Response r) {
        String text = r.text();
        for (AccessFixtures.Variant v : List.of(AccessFixtures.Variant.OTHER, AccessFixtures.Variant.SIBLING,
                AccessFixtures.Variant.OUT)) {
            if (v == AccessFixtures.Variant.OTHER && !cell.own() || v == AccessFixtures.Variant.SIBLING && !cell.own()
                    && covers(fixtures.region(column), values.scope().siblingTownship())) {
                continue;
            }
            Map<String, String> object = fixtures.object(op.service(), op.path(), column, v);
            String id = object == null ? null : object.values().iterator().next();
            if (id != null) {
                listChecks++;
                if (text.contains(id)) {
                    failures.add(where + " lists " + v + " object " + id + ", which it may not see");
                }
            }
        }
    }

    /**
     * For a collection without fixtures (a new one): the first item of its list as the caller sees it, when the
     * path names only that item. Out-of-scope objects of such a collection are not walked (listed as such).
     */
    private Map<String, String> listed(Operation op, String token) throws InterruptedException {
        List<Operation.Parameter> params = op.pathParameters();
        Operation list = ops.stream().filter(o -> o.isList() && o.service().equals(op.service())
                && o.path().equals(op.collection())).findFirst().orElse(null);
        if (params.size() != 1 || list == null) {
            return null;
        }
        requests++;
        Draft d = new Target(list, Baseline.of(list, null, values, tokens, rnd), values, tokens, rnd).draft()
                .header("Authorization", "Bearer " + token);
        Response r = transport.send(d.as("access", "list", Expect.status(200)));
        if (r.status() != 200) {
            return null;
        }
        try {
            JsonNode page = JSON.readTree(r.body());
            JsonNode items = page.isArray() ? page : null;
            for (JsonNode value : (Iterable<JsonNode>) page::elements) {
                if (items == null && value.isArray()) {
                    items = value;
                }
            }
            String name = params.get(0).name();
            for (JsonNode item : items == null ? List.<JsonNode>of() : (Iterable<JsonNode>) items::elements) {
                JsonNode id = item.path(name).isTextual() ? item.get(name) : item.path("id");
                if (id.isTextual()) {
                    return Map.of(name, id.asText());
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Whether a region covers another: a caller sees its region and everything below it (trailing zeros). */
    static boolean covers(String region, String other) {
        String prefix = region.replaceAll("(000)+$", "");
        return other.startsWith(prefix);
    }

    /** An object for a request whose outcome does not depend on it (a refused role, no token). */
    private Map<String, String> anyObject(Operation op, String role) {
        if (!op.hasPathParameters()) {
            return Map.of();
        }
        for (AccessFixtures.Variant v : AccessFixtures.Variant.values()) {
            for (String r : List.of(role, "TOWNSHIP", "ENTERPRISE", "UNIT")) {
                Map<String, String> o = fixtures.object(op.service(), op.collection(), r, v);
                if (o != null) {
                    return o;
                }
            }
        }
        return null;   // random ids: the role and the token are refused before any lookup
    }

    private void expectAllowed(String where, Response r, AccessMatrix.Cell cell) {
        int s = r.status();
        allowedAnswers.merge(cell.text + " " + s, 1, Integer::sum);
        boolean ok = s != 0 && s < 500 && s != 401 && s != 404
                && (s != 403 || cell.side() && !detail(r).contains(ROLE_REFUSED));
        if (!ok) {
            fail(where, r, cell.side() ? "allowed (not 401/404/5xx; 403 only with the step's own reason)"
                    : "allowed (not 401/403/404/5xx)");
        }
    }

    private void expectStatus(String where, Response r, int status) {
        if (r.status() != status) {
            fail(where, r, String.valueOf(status));
        } else if (status == 401 && !String.valueOf(r.header("WWW-Authenticate")).startsWith("Bearer")) {
            fail(where, r, "401 with WWW-Authenticate: Bearer");
        }
    }

    private void fail(String where, Response r, String expected) {
        failures.add(where + ": expected " + expected + ", got " + (r.failure() != null ? r.failure() : r.status())
                + " " + Oracle.excerpt(r.text()));
    }

    private static String detail(Response r) {
        try {
            JsonNode problem = JSON.readTree(r.body());
            return problem == null ? "" : problem.path("detail").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** The operation's valid request with {@code token} (none when null) and the object's ids in its path. */
    private Response send(Operation op, String token, Map<String, String> object) throws InterruptedException {
        requests++;
        Baseline base = Baseline.of(op, null, values, tokens, rnd);
        Draft d = new Target(op, base, values, tokens, rnd).draft();
        if (token == null) {
            d.without("Authorization");
        } else {
            d.header("Authorization", "Bearer " + token);
        }
        if (object != null) {
            for (Operation.Parameter p : op.pathParameters()) {
                String value = object.get(p.name());
                if (value != null) {
                    d.pathValue(p.name(), Urls.encode(value));
                }
            }
        }
        if (base.body() != null) {
            d.json(fixtures.valid(op, base.body()));
        }
        if (base.body() != null && object != null && object.containsKey("evidenceId") && op.service().equals("hazard")) {
            // the evidence a step cites and the original a duplicate names are real, so that the body is valid
            d.json(Lifecycle.withReferences(fixtures.valid(op, base.body()), new Lifecycle.Prepared(object.get("id"), null,
                    object.get("evidenceId")), fixtures.original()));
        }
        if (d.header(Baseline.IF_MATCH) != null && object != null && token != null) {
            String etag = etag(op, token, object);
            d.header(Baseline.IF_MATCH, etag != null ? etag : "\"0\"");
        }
        if (op.method().equals("PUT") && op.path().endsWith("/breakdown")) {
            d.bytes(breakdownTable()).header("Content-Type", "text/csv");
        }
        HostileRequest request = d.as("access", "matrix", Expect.status(200));
        Response r = transport.send(request);
        log.add(String.join("\t", op.key(), label, request.method() + " " + request.target(), String.valueOf(r.status()),
                r.status() / 100 == 2 ? "" : detail(r)));
        return r;
    }

    /** The object's current ETag as the caller reads it (GET of the collection's item), or null. */
    private String etag(Operation op, String token, Map<String, String> object) throws InterruptedException {
        Operation item = ops.stream().filter(o -> o.method().equals("GET") && o.service().equals(op.service())
                && o.path().equals(op.collection() + "/{" + op.pathParameters().get(0).name() + "}")).findFirst().orElse(null);
        if (item == null) {
            return null;
        }
        requests++;
        Draft d = new Target(item, Baseline.of(item, null, values, tokens, rnd), values, tokens, rnd).draft()
                .header("Authorization", "Bearer " + token)
                .pathValue(item.pathParameters().get(0).name(), Urls.encode(object.get(op.pathParameters().get(0).name())));
        Response r = transport.send(d.as("access", "etag", Expect.status(200)));
        return r.status() == 200 ? r.header("ETag") : null;
    }

    private static byte[] breakdownTable() {
        try (InputStream in = AccessWalk.class.getResourceAsStream("/demo/sanxing-2023-task-breakdown.csv")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
