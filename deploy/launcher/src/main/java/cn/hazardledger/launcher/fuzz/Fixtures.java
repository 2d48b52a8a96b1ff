package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real objects for the hostile requests to aim at, made before the first snapshot so that "not found" is not the
 * only path the suite exercises. Each create (a POST with a body to a path without parameters) is sent its valid
 * baseline a few times; once the events have settled, each collection is listed to find ids for the operations on
 * its items (state changes get an object each), their ETags for If-Match, and a cursor for each list.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int PER_CREATE = 3;

    private final Map<String, String> realIds = new HashMap<>();
    private final Map<String, Map<String, String>> pathIds = new HashMap<>();
    private final Map<String, Lifecycle.Prepared> prepared = new HashMap<>();
    private Lifecycle lifecycle;
    private String original;
    private int baselinesPassed;
    private final Map<String, String> etags = new HashMap<>();
    private final Map<String, String> cursors = new HashMap<>();
    private final Map<String, String> fixtureKeys = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int created;
    private int replaced;
    private HttpClient http;
    private List<Operation> ops;
    private Values values;
    private BadTokens tokens;
    private Random rnd;
    private Map<String, String> urls;

    public String realId(Operation op) {
        return realIds.get(op.key());
    }

    /** The real value of a path parameter after the first (an evidence id, an extension id), or null. */
    public String pathId(Operation op, String parameter) {
        return pathIds.getOrDefault(op.key(), Map.of()).get(parameter);
    }

    /** The baseline body of a step with the evidence and the original hazard it names made real. */
    public JsonNode withReferences(Operation op, JsonNode body) {
        Lifecycle.Prepared hazard = prepared.get(op.key());
        return hazard == null ? body : Lifecycle.withReferences(body, hazard, original);
    }

    /** How many steps' baselines were accepted when sent, as generated, to a hazard prepared like their own. */
    public int baselinesPassed() {
        return baselinesPassed;
    }

    public String etag(String id) {
        return id == null ? null : etags.get(id);
    }

    public String cursor(Operation op) {
        return cursors.get(op.key());
    }

    public String fixtureKey(Operation op) {
        return fixtureKeys.get(op.key());
    }

    public List<String> notes() {
        return notes;
    }

    public int created() {
        return created;
    }

    /**
     * @param urls        each service's base URL by service name
     * @param settle      waits until the databases are quiet (events delivered)
     */
    public static Fixtures prepare(List<Operation> ops, Values values, BadTokens tokens, Random rnd,
                                   Map<String, String> urls, Transport transport, Settle settle, PrintStream log)
            throws IOException, InterruptedException {
        Fixtures f = new Fixtures();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        f.http = http;
        f.ops = ops;
        f.values = values;
        f.tokens = tokens;
        f.rnd = rnd;
        f.urls = urls;
        for (Operation op : ops) {
            if (!op.isCreate()) {
                continue;
            }
            Baseline base = Baseline.of(op, null, values, tokens, rnd);
            boolean keyed = op.header(Baseline.IDEMPOTENCY_KEY) != null;
            for (int i = 0; i < PER_CREATE; i++) {
                String key = "hostile-fixture-" + Values.uuid(rnd);
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(op.service()) + op.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + base.token()).header("Content-Type", Draft.JSON_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(JsonEdit.text(base.body())));
                if (keyed) {
                    b.header(Baseline.IDEMPOTENCY_KEY, key);
                }
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    f.created++;
                    if (keyed) {
                        f.fixtureKeys.putIfAbsent(op.key(), key);
                    }
                } else {
                    f.notes.add("the baseline of " + op.key() + " was refused (" + r.statusCode() + "): "
                            + Oracle.excerpt(r.body()) + "; its hostile variants may be refused for that reason alone");
                    break;
                }
            }
        }
        if (urls.containsKey("hazard")) {
            f.lifecycle = new Lifecycle(http, urls.get("hazard"), values.scope(), tokens);
            f.prepareSteps(transport);
        }
        settle.await();
        Map<String, List<Operation>> byCollection = new LinkedHashMap<>();
        for (Operation op : ops) {
            if (op.hasPathParameters()) {
                byCollection.computeIfAbsent(op.service() + " " + op.collection(), k -> new ArrayList<>()).add(op);
            }
        }
        for (List<Operation> members : byCollection.values()) {
            Operation any = members.get(0);
            Operation list = ops.stream().filter(o -> o.isList() && o.service().equals(any.service())
                    && o.path().equals(any.collection())).findFirst().orElse(null);
            // state changes first, so that each gets an object of its own
            members.sort(Comparator.comparing(Operation::isRead));
            for (int i = 0; i < members.size(); i++) {
                Operation op = members.get(i);
                if (f.prepared.containsKey(op.key())) {
                    continue;   // a hazard of its own, brought to where the step is taken
                }
                List<String> ids = list == null ? List.of() : ids(http, urls, list, op, values, tokens);
                if (ids.isEmpty()) {
                    f.notes.add(op.key() + ": no real object found" + (list == null ? " (no list operation for "
                            + op.collection() + ")" : "") + "; its baseline uses random ids, so 404 is also accepted");
                    continue;
                }
                String id = ids.get(i % ids.size());
                f.realIds.put(op.key(), id);
                f.resolveFurtherIds(op, id);
                Operation item = ops.stream().filter(o -> o.method().equals("GET") && o.service().equals(op.service())
                        && o.path().matches(java.util.regex.Pattern.quote(op.collection()) + "/\\{[^}/]+}")).findFirst().orElse(null);
                if (item != null && !f.etags.containsKey(id)) {
                    HttpResponse<String> r = get(http, urls.get(op.service()) + op.collection() + "/" + id, op, values, tokens);
                    r.headers().firstValue("ETag").ifPresent(etag -> f.etags.put(id, etag));
                }
            }
        }
        for (Operation op : ops) {
            if (op.isList() && op.in("query").stream().anyMatch(ParameterFamilies::isCursor)) {
                String limit = op.in("query").stream().anyMatch(p -> p.name().equals("limit")) ? "?limit=1" : "";
                HttpResponse<String> r = get(http, urls.get(op.service()) + op.path() + limit, op, values, tokens);
                JsonNode page = parse(r.body());
                page.fields().forEachRemaining(e -> {
                    if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("cursor") && e.getValue().isTextual()) {
                        f.cursors.put(op.key(), e.getValue().asText());
                    }
                });
            }
        }
        log.printf("Fixtures: %d objects created, %d operations aim at a real object, %d ETags, %d cursors; %d hazards "
                        + "brought to their step, whose baselines passed on a twin for %d of %d steps%n",
                f.created, f.realIds.size(), f.etags.size(), f.cursors.size(), f.prepared.size(), f.baselinesPassed,
                f.prepared.size());
        f.notes.forEach(n -> log.println("  note: " + n));
        return f;
    }

    public int replaced() {
        return replaced;
    }

    /**
     * For each step on a hazard: a twin brought to where the step is taken, sent the step's baseline as generated
     * (it must be accepted, or the step's hostile variants would be refused for that alone: noted), then the
     * step's own hazard, prepared the same way, for the hostile variants to aim at.
     */
    private void prepareSteps(Transport transport) throws IOException, InterruptedException {
        original = lifecycle.prepare(new Lifecycle.Need(Lifecycle.Stage.REPORTED, false), "original").id();
        for (Operation step : Lifecycle.unknownSteps(ops)) {
            notes.add(step.key() + ": a step the suite's lifecycle does not know; its baseline aims at a reported "
                    + "hazard, so a 409 is as likely as the refusal each variant calls for");
        }
        for (Operation op : ops) {
            Lifecycle.Need need = Lifecycle.need(op);
            if (need == null) {
                continue;
            }
            try {
                aim(op, lifecycle.prepare(need, op.path() + " twin"));
                Baseline base = Baseline.of(op, this, values, tokens, rnd);
                HostileRequest request = new Target(op, base, values, tokens, rnd).draft()
                        .as("baseline", "as generated, to a twin", Expect.status(200, 201));
                Response answer = transport.send(request);
                if (answer.status() / 100 == 2) {
                    baselinesPassed++;
                    request.headers().stream().filter(h -> h.name().equals(Baseline.IDEMPOTENCY_KEY)).findFirst()
                            .ifPresent(key -> fixtureKeys.put(op.key(), key.value()));
                } else {
                    notes.add("the baseline of " + op.key() + " was refused on a hazard prepared for it ("
                            + answer.status() + "): " + Oracle.excerpt(answer.text()));
                }
                aim(op, lifecycle.prepare(need, op.path()));
            } catch (IOException e) {
                prepared.remove(op.key());
                realIds.remove(op.key());
                notes.add(op.key() + ": could not bring a hazard to where the step is taken: " + e.getMessage());
            }
        }
    }

    /** Points {@code op} at a prepared hazard: its id, ETag, evidence and, for a decision, its pending extension. */
    private void aim(Operation op, Lifecycle.Prepared hazard) throws IOException, InterruptedException {
        prepared.put(op.key(), hazard);
        realIds.put(op.key(), hazard.id());
        etags.put(hazard.id(), hazard.etag());
        resolveFurtherIds(op, hazard.id());
    }

    /**
     * The path parameters after the first, each an item of the sub-collection before it ({@code
     * /hazards/{id}/evidence/{evidenceId}}: a piece of evidence of that hazard, listed by GET /hazards/{id}/evidence).
     */
    private void resolveFurtherIds(Operation op, String id) throws IOException, InterruptedException {
        List<Operation.Parameter> params = op.pathParameters();
        if (params.size() < 2) {
            return;
        }
        String first = "{" + params.get(0).name() + "}/";
        String second = "/{" + params.get(1).name() + "}";
        int from = op.path().indexOf(first);
        int to = op.path().indexOf(second);
        // the lifecycle reads a hazard's sub-collections; another collection's items (a public report's photos)
        // keep random ids, and their baseline accepts 404
        if (from < 0 || to < from || lifecycle == null || !op.service().equals("hazard") || !op.path().startsWith("/hazards/")) {
            return;
        }
        String role = Baseline.roleFor(op);
        String token = tokens.valid(role, Baseline.regionFor(role, values.scope()), Baseline.subjectFor(role));
        String item = lifecycle.firstOf(id, op.path().substring(from + first.length(), to), token);
        if (item != null) {
            pathIds.computeIfAbsent(op.key(), k -> new HashMap<>()).put(params.get(1).name(), item);
        }
    }

    /**
     * A new object for {@code op} to aim at, made with the collection's create operation, after a hostile request
     * to it was wrongly accepted and changed the old one (so that the rest of the run is not answered 409/412 for
     * that reason alone). Called only once the databases have changed anyway. Answers false when there is no create.
     */
    public boolean replace(Operation op) throws IOException, InterruptedException {
        Lifecycle.Need need = Lifecycle.need(op);
        if (need != null && prepared.containsKey(op.key())) {
            aim(op, lifecycle.prepare(need, op.path() + " again"));
            replaced++;
            return true;
        }
        Operation create = ops.stream().filter(o -> o.isCreate() && o.service().equals(op.service())
                && o.path().equals(op.collection())).findFirst().orElse(null);
        if (create == null || realIds.get(op.key()) == null) {
            return false;
        }
        Baseline base = Baseline.of(create, null, values, tokens, rnd);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(op.service()) + create.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + base.token()).header("Content-Type", Draft.JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(JsonEdit.text(base.body())));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = parse(r.body());
        if (r.statusCode() / 100 != 2 || !body.path("id").isTextual()) {
            return false;
        }
        String id = body.get("id").asText();
        realIds.put(op.key(), id);
        r.headers().firstValue("ETag").ifPresent(etag -> etags.put(id, etag));
        replaced++;
        return true;
    }

    /** Waits until the databases are quiet. */
    @FunctionalInterface
    public interface Settle {
        void await() throws InterruptedException, IOException;
    }

    private static List<String> ids(HttpClient http, Map<String, String> urls, Operation list, Operation as, Values values,
                                    BadTokens tokens) throws IOException, InterruptedException {
        String limit = list.in("query").stream().anyMatch(p -> p.name().equals("limit")) ? "?limit=100" : "";
        HttpResponse<String> r = get(http, urls.get(list.service()) + list.path() + limit, as, values, tokens);
        if (r.statusCode() != 200) {
            return List.of();
        }
        JsonNode page = parse(r.body());
        JsonNode items = page.isArray() ? page : null;
        if (items == null) {
            for (JsonNode v : (Iterable<JsonNode>) page::elements) {
                if (v.isArray()) {
                    items = v;
                    break;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        // an item is named by the field its path parameter is named after ({code} of a standard), else by its id
        String key = as.pathParameters().isEmpty() ? "id" : as.pathParameters().get(0).name();
        if (items != null) {
            items.forEach(i -> {
                JsonNode id = i.path(key).isTextual() ? i.get(key) : i.path("id");
                if (id.isTextual()) {
                    ids.add(id.asText());
                }
            });
        }
        return ids;
    }

    private static HttpResponse<String> get(HttpClient http, String url, Operation as, Values values, BadTokens tokens)
            throws IOException, InterruptedException {
        String role = Baseline.roleFor(as);
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.valid(role, Baseline.regionFor(role, values.scope()),
                        Baseline.subjectFor(role)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
