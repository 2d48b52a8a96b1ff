package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hazards brought, through the API, to where each step of their lifecycle can be taken, so that a step's baseline
 * is a request the service would accept (its hazard in the right status, its ETag, the evidence it cites) and its
 * hostile variants are refused for what they break, not for a 409 of a hazard in another status. This is the one
 * piece of the suite that knows hazard-service's lifecycle (hazard-service/README.md, "The lifecycle through the
 * API"); a step it does not know still gets a baseline, aimed at a reported hazard, and a note says so.
 */
final class Lifecycle {

    /** Where a hazard must stand for a step: each stage is the one before it and one step more. */
    enum Stage { REPORTED, CONFIRMED, RECTIFYING, EXTENSION_PENDING, SUBMITTED, CLOSED, LISTED_AND_CLOSED }

    /** What a step needs: the stage, and whether only a major hazard takes it. */
    record Need(Stage stage, boolean major) {
    }

    /** The steps, by their path under /hazards/{id}/. */
    static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry("confirmation", new Need(Stage.REPORTED, false)),
            Map.entry("rejection", new Need(Stage.REPORTED, false)),
            Map.entry("evidence", new Need(Stage.CONFIRMED, false)),
            Map.entry("on-the-spot-fix", new Need(Stage.CONFIRMED, false)),
            Map.entry("rectification-plan", new Need(Stage.CONFIRMED, false)),
            Map.entry("rectification-plan/revisions", new Need(Stage.RECTIFYING, false)),
            Map.entry("submission", new Need(Stage.RECTIFYING, false)),
            Map.entry("extensions", new Need(Stage.RECTIFYING, false)),
            Map.entry("extensions/{extensionId}/decision", new Need(Stage.EXTENSION_PENDING, false)),
            Map.entry("closure", new Need(Stage.SUBMITTED, false)),
            Map.entry("send-back", new Need(Stage.SUBMITTED, false)),
            Map.entry("reopening", new Need(Stage.CLOSED, false)),
            Map.entry("escalation", new Need(Stage.CONFIRMED, false)),
            Map.entry("department-push", new Need(Stage.CONFIRMED, false)),
            Map.entry("dual-reports", new Need(Stage.CONFIRMED, true)),
            Map.entry("supervision-listing", new Need(Stage.CONFIRMED, true)),
            Map.entry("delisting", new Need(Stage.LISTED_AND_CLOSED, true)));

    static final String HAZARDS = "/hazards";
    private static final String STEP_PREFIX = HAZARDS + "/{id}/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A hazard brought to a stage.
     *
     * @param photo the id of a photo uploaded to it, for the evidence a step cites
     */
    record Prepared(String id, String etag, String photo) {
    }

    private final HttpClient http;
    private final String base;
    private final Scope scope;
    private final String township;
    private final String submitter;
    private final String closer;
    private final String county;

    /**
     * @param tokens the suite's tokens: the fixtures' callers are clerks other than the baselines' own, so that the
     *               baseline's reviewer is never the one who submitted
     */
    Lifecycle(HttpClient http, String hazardServiceUrl, Scope scope, BadTokens tokens) {
        this.http = http;
        this.base = hazardServiceUrl;
        this.scope = scope;
        this.township = tokens.valid("TOWNSHIP", scope.township(), "fixture-township-clerk");
        this.submitter = tokens.valid("TOWNSHIP", scope.township(), "fixture-township-submitter");
        this.closer = tokens.valid("TOWNSHIP", scope.township(), "fixture-township-closer");
        this.county = tokens.valid("REGULATOR", scope.county(), "fixture-county-regulator");
    }

    /** What the step {@code op} takes needs, or null when it is not a step on a hazard this class knows. */
    static Need need(Operation op) {
        String step = step(op);
        return step == null ? null : NEEDS.get(step);
    }

    /** The step an operation takes on a hazard, e.g. "closure"; null when it is not a step on a hazard. */
    static String step(Operation op) {
        return op.service().equals("hazard") && op.method().equals("POST") && op.path().startsWith(STEP_PREFIX)
                ? op.path().substring(STEP_PREFIX.length()) : null;
    }

    /** A new hazard at the stage {@code need} names; throws IOException when the service refuses a step there. */
    Prepared prepare(Need need, String label) throws IOException, InterruptedException {
        JsonNode reported = send("POST", HAZARDS, township, null, report(need.major(), label));
        String id = reported.path("id").asText();
        String photo = upload(id);
        String etag = etagOf(id);
        Stage stage = need.stage();
        if (stage == Stage.REPORTED) {
            return new Prepared(id, etag, photo);
        }
        etag = step(id, etag, township, "confirmation", need.major()
                ? Map.of("note", "核实纳入台账", "standardCode", "SAWS-2017-121-FIREWORKS", "standardClause", "第二条")
                : Map.of("note", "核实纳入台账"));
        if (stage == Stage.LISTED_AND_CLOSED) {
            etag = step(id, etag, county, "supervision-listing", Map.of("level", "COUNTY", "authority", "县安委办",
                    "documentNumber", "安办督〔2026〕1号", "deadline", inDays(40).toString()));
        }
        if (stage == Stage.CONFIRMED) {
            return new Prepared(id, etag, photo);
        }
        etag = step(id, etag, township, "rectification-plan", plan());
        if (stage == Stage.RECTIFYING) {
            return new Prepared(id, etag, photo);
        }
        if (stage == Stage.EXTENSION_PENDING) {
            etag = step(id, etag, township, "extensions", Map.of("reason", "设备供货延迟",
                    "proposedDeadline", inDays(45).toString()));
            return new Prepared(id, etag, photo);
        }
        etag = step(id, etag, submitter, "submission", Map.of("summary", "已整改", "evidenceIds", List.of(photo)));
        if (stage == Stage.SUBMITTED) {
            return new Prepared(id, etag, photo);
        }
        etag = step(id, etag, need.major() ? county : closer, "closure", Map.of("note", "复查合格，同意销号"));
        return new Prepared(id, etag, photo);
    }

    /**
     * The baseline body with what it refers to made real: evidence ids are the hazard's photo, an original is
     * {@code original} (and the reason then DUPLICATE, the one reason that names one).
     */
    static JsonNode withReferences(JsonNode body, Prepared hazard, String original) {
        if (body == null || !body.isObject()) {
            return body;
        }
        JsonNode copy = body.deepCopy();
        refer((ObjectNode) copy, hazard, original);
        return copy;
    }

    private static void refer(ObjectNode object, Prepared hazard, String original) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("evidenceIds") && value.isArray()) {
                ((ArrayNode) value).removeAll().add(hazard.photo());
            } else if (name.equals("documentId") && value.isTextual()) {
                field.setValue(JSON.getNodeFactory().textNode(hazard.photo()));
            } else if (name.equals("duplicateOf") && value.isTextual() && original != null) {
                field.setValue(JSON.getNodeFactory().textNode(original));
            } else if (value.isObject()) {
                refer((ObjectNode) value, hazard, original);
            }
        }
        if (object.has("duplicateOf") && object.has("reason")) {
            object.put("reason", "DUPLICATE");
        }
    }

    /** The id of an item of a sub-collection of {@code hazardId} (its pending extension, a piece of its evidence). */
    String firstOf(String hazardId, String subCollection, String token) throws IOException, InterruptedException {
        JsonNode items = send("GET", HAZARDS + "/" + hazardId + "/" + subCollection, token, null, null);
        for (JsonNode item : items) {
            if (item.path("id").isTextual()) {
                return item.get("id").asText();
            }
        }
        return null;
    }

    private String step(String id, String etag, String token, String step, Object body)
            throws IOException, InterruptedException {
        return sendForEtag(HAZARDS + "/" + id + "/" + step, token, etag, body);
    }

    private String etagOf(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + HAZARDS + "/" + id))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + township).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException("no ETag on hazard " + id));
    }

    private String sendForEtag(String path, String token, String ifMatch, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = exchange("POST", path, token, ifMatch, body);
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException("no ETag from " + path));
    }

    private JsonNode send(String method, String path, String token, String ifMatch, Object body)
            throws IOException, InterruptedException {
        return JSON.readTree(exchange(method, path, token, ifMatch, body).body());
    }

    private HttpResponse<String> exchange(String method, String path, String token, String ifMatch, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", "fixture-" + UUID.randomUUID());
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + Oracle.excerpt(r.body()));
        }
        return r;
    }

    private String upload(String id) throws IOException, InterruptedException {
        Form photo = new Form(List.of(Form.file("file", Form.PNG)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + HAZARDS + "/" + id + "/evidence"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + township)
                .header("Content-Type", Form.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(photo.bytes()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 201) {
            throw new IOException("the fixture's photo was refused (" + r.statusCode() + "): " + Oracle.excerpt(r.body()));
        }
        return JSON.readTree(r.body()).path("id").asText();
    }

    private Map<String, Object> report(boolean major, String label) {
        return Map.of("title", "基线隐患 " + label, "description", "为敌意输入测试准备的隐患",
                "regionCode", scope.village(), "industry", major ? "FIREWORKS" : "GAS", "source", "GRID_PATROL",
                "level", major ? "MAJOR" : "GENERAL", "hazardType", "OBJECT", "riskColour", major ? "RED" : "YELLOW",
                "signature", "基线");
    }

    /**
     * Deadlines a month ahead: before the dates the baselines carry ({@link Values}: two months ahead), so that an
     * extension or a revision they propose is later, and far from the deadline watch, which would otherwise raise an
     * alert (a row) in the middle of the run.
     */
    private static Map<String, Object> plan() {
        return Map.of("responsible", Map.of("name", "张建国", "post", "安全主管", "phone", "13800000000"),
                "measures", "更换灶具", "funds", Map.of("amountYuan", 3500, "source", "企业自筹"),
                "deadline", inDays(30).toString(), "contingencyPlan", Map.of("text", "停用燃气，专人值守"));
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.ofHours(8)).plusDays(days);
    }

    /** The operations that take a step on a hazard, with what each needs; those it does not know, apart. */
    static List<Operation> unknownSteps(List<Operation> ops) {
        List<Operation> unknown = new ArrayList<>();
        for (Operation op : ops) {
            String step = step(op);
            if (step != null && !NEEDS.containsKey(step)) {
                unknown.add(op);
            }
        }
        return unknown;
    }
}
