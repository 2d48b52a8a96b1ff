package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The callers and the objects the access matrix is walked with: one identity per role (an enterprise with its credit
 * code, a county unit with its unit code), and for each collection an object in the callers' region, one of the caller's
 * own and another party's where scope is per party, and one in another province, all made through the public API.
 */
public final class AccessFixtures {

    /** Which object a cell is tried on. */
    public enum Variant {
        /** in the caller's region (for a county caller: in the township of the others) */
        IN,
        /** the caller's own (an enterprise's, a unit's, its inbox's) */
        OWN,
        /** another party's in the same region */
        OTHER,
        /** in the sibling township of the same county: out of a township's region, in a county caller's */
        SIBLING,
        /** in another province */
        OUT
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String OTHER_CREDIT_CODE = "91500240MA0000012P";
    // not a code the OpenAPI examples name: the walk's own steps (a push, a plan) send those, which would make another
    // party's hazard this unit's
    static final String UNIT_CODE = "500240-JTJ";
    static final String UNIT_NAME = "忠县交通运输局";
    static final String WEBHOOK_TARGET = "https://203.0.113.10/hazard-ledger-matrix";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> urls;
    private final Scope scope;
    private final BadTokens tokens;
    private final Map<String, String> callers = new LinkedHashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, Map<Variant, Map<String, Map<String, String>>>> objects = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int requests;
    private String original;

    private AccessFixtures(Map<String, String> urls, Scope scope, BadTokens tokens) {
        this.urls = urls;
        this.scope = scope;
        this.tokens = tokens;
    }

    /** A token for each role column (roles unknown to the services, such as AUDITOR, included) and the foreign callers. */
    public String token(String role) {
        return callers.computeIfAbsent(role, r -> tokens.valid(r, scope.township(), "matrix-" + r.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The baseline body made valid where the schema alone cannot say what is: a bulletin's period or its dates, not
     * both; a webhook target that resolves (the generated one's host does not resolve here) and event types of the catalogue.
     */
    public JsonNode valid(Operation op, JsonNode body) {
        if (body == null || !body.isObject()) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        if (op.service().equals("notify") && op.path().equals("/bulletins")) {
            copy.remove(List.of("from", "to"));
        }
        if (op.service().equals("notify") && op.collection().equals("/webhooks/subscriptions") && copy.has("url")) {
            copy.put("url", WEBHOOK_TARGET);
            copy.putArray("eventTypes").add("hazard.*");
        }
        return copy;
    }

    /** The region of a column's caller. */
    public String region(String role) {
        return regions.getOrDefault(role, scope.township());
    }

    /** A hazard in the callers' township that a rejection as a duplicate may name as its original. */
    public String original() {
        return original;
    }

    public List<String> notes() {
        return notes;
    }

    public int requests() {
        return requests;
    }

    /**
     * The path values of the object {@code role} tries an operation of {@code collection} on ({@code /hazards},
     * {@code /webhooks/subscriptions}), or null when there is none.
     */
    public Map<String, String> object(String service, String collection, String role, Variant variant) {
        Map<Variant, Map<String, Map<String, String>>> of = objects.get(service + " " + collection);
        if (of == null || !of.containsKey(variant)) {
            return null;
        }
        Map<String, Map<String, String>> byRole = of.get(variant);
        return byRole.containsKey(role) ? byRole.get(role) : byRole.get("*");
    }

    private void put(String service, String collection, Variant variant, String role, Map<String, String> values) {
        if (values == null || values.values().stream().anyMatch(v -> v == null)) {
            return;
        }
        objects.computeIfAbsent(service + " " + collection, k -> new HashMap<>())
                .computeIfAbsent(variant, k -> new HashMap<>()).put(role, values);
    }

    public static AccessFixtures prepare(Map<String, String> urls, Scope scope, BadTokens tokens, List<Operation> ops,
                                         Values values, Random rnd) throws IOException, InterruptedException {
        AccessFixtures f = new AccessFixtures(urls, scope, tokens);
        f.identities();
        f.make(ops, values, rnd);
        return f;
    }

    private void identities() {
        String township = scope.township();
        String county = scope.county();
        callers.put("INSPECTOR", mint("INSPECTOR", township, "matrix-inspector", Map.of()));
        callers.put("ENTERPRISE", mint("ENTERPRISE", township, "matrix-enterprise", Map.of("credit_code", CREDIT_CODE)));
        callers.put("ENTERPRISE2", mint("ENTERPRISE", township, "matrix-enterprise-2", Map.of("credit_code", OTHER_CREDIT_CODE)));
        callers.put("UNIT", mint("UNIT", county, "matrix-unit", Map.of("unit_code", UNIT_CODE, "unit_name", UNIT_NAME)));
        callers.put("TOWNSHIP", mint("TOWNSHIP", township, "matrix-township", Map.of()));
        callers.put("REGULATOR", mint("REGULATOR", county, "matrix-regulator", Map.of()));
        callers.put("LEADER", mint("LEADER", township, "matrix-leader", Map.of()));
        callers.put("SYSTEM", mint("SYSTEM", township, "matrix-system", Map.of()));
        callers.put("AUDITOR", mint("AUDITOR", township, "matrix-auditor", Map.of()));
        callers.put("FOREIGN_TOWNSHIP", mint("TOWNSHIP", scope.foreignRegion(), "matrix-foreign-township", Map.of()));
        callers.put("FOREIGN_REGULATOR", mint("REGULATOR", scope.foreignRegion(), "matrix-foreign-regulator", Map.of()));
        callers.put("SIBLING_TOWNSHIP", mint("TOWNSHIP", scope.siblingTownship(), "matrix-sibling-township", Map.of()));
    }

    private String mint(String role, String region, String subject, Map<String, String> extra) {
        if (!subject.contains("foreign") && !subject.contains("sibling") && !subject.endsWith("-2")) {
            regions.put(role, region);
        }
        Map<String, Object> claims = tokens.claims(role, region, subject);
        claims.putAll(extra);
        return tokens.signed(BadTokens.header("RS256"), claims);
    }

    private void make(List<Operation> ops, Values values, Random rnd) throws IOException, InterruptedException {
        String hazard = urls.get("hazard");
        String task = urls.get("task");
        String notify = urls.get("notify");
        String village = scope.village();
        String foreign = scope.foreignRegion();

        // notify-service first, so that the hazards below are delivered to the subscription
        String sub = id(post(notify, "/webhooks/subscriptions", "REGULATOR", Map.of("url", WEBHOOK_TARGET,
                "eventTypes", List.of("hazard.*"), "regionCode", scope.county())));
        String foreignSub = id(post(notify, "/webhooks/subscriptions", "FOREIGN_REGULATOR", Map.of("url", WEBHOOK_TARGET,
                "eventTypes", List.of("task.*"), "regionCode", foreign)));
        JsonNode rule = baseline(ops, "notify POST /routing-rules", values, rnd);
        String ruleId = id(post(notify, "/routing-rules", "REGULATOR", rule));
        String foreignRule = rule == null ? null : id(post(notify, "/routing-rules", "FOREIGN_REGULATOR",
                ((ObjectNode) rule.deepCopy()).put("regionCode", foreign)));
        // the shipped rules tell no inspector and no other system of a report: a county's rules do, so that their
        // inboxes hold a notification of their own
        for (String audience : List.of("INSPECTOR", "SYSTEM")) {
            post(notify, "/routing-rules", "REGULATOR", Map.of("name", "访问矩阵：上报告知" + audience,
                    "eventType", "hazard.reported.v1", "regionCode", scope.township(), "audience", "ROLE",
                    "audienceRole", audience, "audienceLevel", "TOWNSHIP", "kind", "HAZARD_REPORTED"));
        }
        JsonNode bulletin = baseline(ops, "notify POST /bulletins", values, rnd);
        if (bulletin != null && bulletin.isObject()) {
            ((ObjectNode) bulletin).remove(List.of("from", "to"));   // a period, or from and to: not both
        }
        // the township's: a bulletin is read in its region and above (the county's is not the township's to read)
        String bulletinId = id(post(notify, "/bulletins", "TOWNSHIP", bulletin == null ? null
                : ((ObjectNode) bulletin.deepCopy()).put("regionCode", scope.township())));
        String foreignBulletin = bulletin == null ? null : id(post(notify, "/bulletins", "FOREIGN_REGULATOR",
                ((ObjectNode) bulletin.deepCopy()).put("regionCode", foreign)));

        // hazards: an enterprise's own, another enterprise's, a unit's own, a major one (dual report), one abroad
        String e = id(post(hazard, "/hazards", "ENTERPRISE", report("企业自查隐患", village, false, CREDIT_CODE)));
        String e2 = id(post(hazard, "/hazards", "ENTERPRISE2", report("另一企业的隐患", village, false, OTHER_CREDIT_CODE)));
        String u = id(post(hazard, "/hazards", "UNIT", report("责任科室上报的隐患", village, false, null)));
        String m = id(post(hazard, "/hazards", "TOWNSHIP", report("重大隐患", village, true, null)));
        String f = id(post(hazard, "/hazards", "FOREIGN_TOWNSHIP", report("外省隐患", foreign, true, null)));
        original = m;
        String sib = id(post(hazard, "/hazards", "SIBLING_TOWNSHIP", report("邻乡隐患", scope.siblingTownship(), false, null)));
        String evSib = upload(sib, "SIBLING_TOWNSHIP");
        step(sib, "SIBLING_TOWNSHIP", "confirmation", Map.of("note", "核实纳入台账"));
        step(sib, "SIBLING_TOWNSHIP", "rectification-plan", plan(null));
        step(sib, "SIBLING_TOWNSHIP", "extensions", Map.of("reason", "设备供货延迟", "proposedDeadline",
                LocalDate.now().plusDays(60).toString()));
        String extSib = sib == null ? null : first(get(hazard, "/hazards/" + sib + "/extensions", "SIBLING_TOWNSHIP"), "id");
        String evE = upload(e, "TOWNSHIP");
        String evE2 = upload(e2, "TOWNSHIP");
        String evU = upload(u, "TOWNSHIP");
        String evF = upload(f, "FOREIGN_TOWNSHIP");
        step(e, "TOWNSHIP", "confirmation", Map.of("note", "核实纳入台账"));
        step(u, "TOWNSHIP", "confirmation", Map.of("note", "核实纳入台账"));
        step(e, "TOWNSHIP", "rectification-plan", plan(null));
        step(u, "TOWNSHIP", "rectification-plan", plan(Map.of("code", UNIT_CODE, "name", UNIT_NAME)));
        step(e, "ENTERPRISE", "extensions", Map.of("reason", "设备供货延迟", "proposedDeadline",
                LocalDate.now().plusDays(60).toString()));
        String extE = first(get(hazard, "/hazards/" + e + "/extensions", "TOWNSHIP"), "id");
        Map<String, String> hE = hazardRef(e, evE, extE);
        put("hazard", "/hazards", Variant.IN, "*", hE);
        put("hazard", "/hazards", Variant.OWN, "ENTERPRISE", hE);
        put("hazard", "/hazards", Variant.OTHER, "ENTERPRISE", hazardRef(e2, evE2, extE));
        put("hazard", "/hazards", Variant.OWN, "UNIT", hazardRef(u, evU, extE));
        put("hazard", "/hazards", Variant.OTHER, "UNIT", hE);
        put("hazard", "/hazards", Variant.OUT, "*", hazardRef(f, evF, extE));
        put("hazard", "/hazards", Variant.SIBLING, "*", hazardRef(sib, evSib, extSib));
        String standard = first(get(hazard, "/determination-standards", "TOWNSHIP"), "code");
        put("hazard", "/determination-standards", Variant.IN, "*", standard == null ? null : Map.of("code", standard));

        // public reports (群众举报): one in the township, one in the sibling township, one abroad, each found by staff
        put("hazard", "/public-reports", Variant.IN, "*", publicReport(hazard, village, "TOWNSHIP"));
        put("hazard", "/public-reports", Variant.SIBLING, "*", publicReport(hazard, scope.siblingTownship(), "SIBLING_TOWNSHIP"));
        put("hazard", "/public-reports", Variant.OUT, "*", publicReport(hazard, foreign, "FOREIGN_TOWNSHIP"));

        // campaigns: the township's, with its breakdown table, and one abroad
        String campaign = id(post(task, "/campaigns", "TOWNSHIP", Map.of("title", "访问矩阵专项行动", "regionCode",
                scope.township(), "year", LocalDate.now().getYear())));
        String foreignCampaign = id(post(task, "/campaigns", "FOREIGN_TOWNSHIP", Map.of("title", "外省专项行动",
                "regionCode", foreign, "year", LocalDate.now().getYear())));
        String siblingCampaign = id(post(task, "/campaigns", "SIBLING_TOWNSHIP", Map.of("title", "邻乡专项行动",
                "regionCode", scope.siblingTownship(), "year", LocalDate.now().getYear())));
        String specific = null;
        if (campaign != null) {
            breakdown(task, campaign, "TOWNSHIP");
            specific = first(get(task, "/campaigns/" + campaign + "/tasks", "TOWNSHIP"), "id");
        }
        put("task", "/campaigns", Variant.IN, "*", mapOf("id", campaign, "taskId", specific));
        put("task", "/campaigns", Variant.OUT, "*", mapOf("id", foreignCampaign, "taskId", specific));
        String siblingSpecific = null;
        if (siblingCampaign != null) {
            breakdown(task, siblingCampaign, "SIBLING_TOWNSHIP");
            siblingSpecific = first(get(task, "/campaigns/" + siblingCampaign + "/tasks", "SIBLING_TOWNSHIP"), "id");
        }
        put("task", "/campaigns", Variant.SIBLING, "*", mapOf("id", siblingCampaign, "taskId", siblingSpecific));
        put("notify", "/routing-rules", Variant.IN, "*", mapOf("id", ruleId));
        put("notify", "/routing-rules", Variant.OUT, "*", mapOf("id", foreignRule));
        put("notify", "/bulletins", Variant.IN, "*", mapOf("id", bulletinId));
        put("notify", "/bulletins", Variant.OUT, "*", mapOf("id", foreignBulletin));

        // what the events make: tasks, notifications, dual reports, deliveries, a bulletin's files
        long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String verify = null, entTask = null, unitTask = null, foreignTask = null, siblingTask = sib == null ? "" : null;
        String delivery = null;
        boolean dual = false, foreignDual = false, bulletinReady = bulletinId == null;
        Map<String, String> inbox = new LinkedHashMap<>();
        List<String> inboxRoles = List.of("INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP", "REGULATOR", "LEADER", "SYSTEM",
                "FOREIGN_TOWNSHIP");
        while (System.nanoTime() < until) {
            verify = verify != null ? verify : first(get(task, "/tasks?hazardId=" + e, "TOWNSHIP"), "id", "kind", "VERIFY_HAZARD");
            entTask = entTask != null ? entTask : first(get(task, "/tasks", "ENTERPRISE"), "id");
            unitTask = unitTask != null ? unitTask : first(get(task, "/tasks", "UNIT"), "id");
            foreignTask = foreignTask != null ? foreignTask : first(get(task, "/tasks", "FOREIGN_TOWNSHIP"), "id");
            siblingTask = siblingTask != null ? siblingTask : first(get(task, "/tasks", "SIBLING_TOWNSHIP"), "id");
            for (String role : inboxRoles) {
                if (!inbox.containsKey(role)) {
                    String n = first(get(notify, "/inbox", role), "id");
                    if (n != null) {
                        inbox.put(role, n);
                    }
                }
            }
            dual = dual || m == null || status(notify, "/dual-reports/" + m, "TOWNSHIP") == 200;
            foreignDual = foreignDual || f == null || status(notify, "/dual-reports/" + f, "FOREIGN_TOWNSHIP") == 200;
            delivery = delivery != null || sub == null ? delivery
                    : first(get(notify, "/webhooks/subscriptions/" + sub + "/deliveries", "REGULATOR"), "id");
            bulletinReady = bulletinReady || status(notify, "/bulletins/" + bulletinId + ".html", "REGULATOR") == 200;
            if (verify != null && entTask != null && unitTask != null && foreignTask != null && siblingTask != null
                    && dual && foreignDual
                    && (delivery != null || sub == null) && bulletinReady
                    && inbox.keySet().containsAll(inboxRoles)) {
                break;
            }
            Thread.sleep(250);
        }
        put("task", "/tasks", Variant.IN, "*", mapOf("id", verify));
        put("task", "/tasks", Variant.OWN, "ENTERPRISE", mapOf("id", entTask));
        put("task", "/tasks", Variant.OTHER, "ENTERPRISE", mapOf("id", unitTask));
        put("task", "/tasks", Variant.OWN, "UNIT", mapOf("id", unitTask));
        put("task", "/tasks", Variant.OTHER, "UNIT", mapOf("id", entTask));
        put("task", "/tasks", Variant.OUT, "*", mapOf("id", foreignTask));
        put("task", "/tasks", Variant.SIBLING, "*", siblingTask == null || siblingTask.isEmpty() ? null : mapOf("id", siblingTask));
        for (Map.Entry<String, String> n : inbox.entrySet()) {
            put("notify", "/inbox", Variant.OWN, n.getKey(), mapOf("id", n.getValue()));
        }
        for (String role : inboxRoles) {
            // another inbox's notification in the same region: the township's, for the township a party's
            String other = role.equals("TOWNSHIP") ? inbox.getOrDefault("ENTERPRISE", inbox.get("UNIT")) : inbox.get("TOWNSHIP");
            put("notify", "/inbox", Variant.OTHER, role, mapOf("id", other));
        }
        put("notify", "/inbox", Variant.OUT, "*", mapOf("id", inbox.get("FOREIGN_TOWNSHIP")));
        put("notify", "/dual-reports", Variant.IN, "*", dual ? mapOf("hazardId", m) : null);
        put("notify", "/dual-reports", Variant.OUT, "*", foreignDual ? mapOf("hazardId", f) : null);
        put("notify", "/webhooks/subscriptions", Variant.IN, "*", mapOf("id", sub, "deliveryId", delivery));
        put("notify", "/webhooks/subscriptions", Variant.OUT, "*", mapOf("id", foreignSub, "deliveryId", delivery));
        if (sub != null && delivery == null) {
            put("notify", "/webhooks/subscriptions", Variant.IN, "*", mapOf("id", sub, "deliveryId", UUID.randomUUID().toString()));
            notes.add("no webhook delivery appeared within 40 s: the rows of one delivery are walked with an id that does not exist");
        }
        if (!bulletinReady) {
            notes.add("bulletin " + bulletinId + " was not ready within 40 s");
        }
        for (String role : inboxRoles) {
            if (!inbox.containsKey(role)) {
                notes.add("no notification reached the inbox of " + role + ": its own-notification cells are not walked");
            }
        }
    }

    /** A hazard and its sub-objects; a missing piece of evidence or extension is an id that does not exist (noted). */
    private Map<String, String> hazardRef(String id, String evidence, String extension) {
        if (evidence == null || extension == null) {
            notes.add("hazard " + id + " lacks " + (evidence == null ? "evidence " : "") + (extension == null ? "an extension" : "")
                    + ": its sub-object rows are walked with an id that does not exist");
        }
        return mapOf("id", id, "evidenceId", evidence != null ? evidence : UUID.randomUUID().toString(),
                "extensionId", extension != null ? extension : UUID.randomUUID().toString());
    }

    private static Map<String, String> mapOf(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                return null;
            }
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private JsonNode baseline(List<Operation> ops, String key, Values values, Random rnd) {
        return ops.stream().filter(o -> o.key().equals(key) && o.body() != null).findFirst()
                .map(o -> values.valid("body", o.body(), rnd)).orElse(null);
    }

    /** A public report sent without a token, and its id as the region's township staff find it by its tracking code. */
    private Map<String, String> publicReport(String base, String region, String staff) throws IOException, InterruptedException {
        HttpResponse<String> r = send(base, "POST", "/public-reports", null, null, JSON.writeValueAsString(Map.of(
                "kind", "PUBLIC_REPORT", "title", "访问矩阵 群众举报", "description", "为访问矩阵测试准备的举报",
                "regionCode", region)), "application/json");
        JsonNode answer = r.statusCode() == 201 ? parse(r.body()) : null;
        String code = answer == null ? null : answer.path("trackingCode").asText(null);
        if (code == null) {
            notes.add("public report in " + region + ": " + r.statusCode());
            return null;
        }
        return mapOf("id", first(get(base, "/public-reports?limit=100", staff), "id", "trackingCode", code),
                "trackingCode", code, "photoId", reporterPhoto(base, code, answer.path("secret").asText()));
    }

    /** A photo the reporter adds with the report's secret (what staff then read under /public-reports/{id}/photos). */
    private String reporterPhoto(String base, String code, String secret) throws IOException, InterruptedException {
        Form photo = new Form(List.of(Form.file("file", Form.PNG)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/public-reports/" + code + "/photos"))
                .timeout(Duration.ofSeconds(30)).header("X-Report-Secret", secret).header("Content-Type", Form.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo.bytes())).build();
        requests++;
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            notes.add("public report photo answered " + r.statusCode() + ": " + Oracle.excerpt(r.body()));
            return null;
        }
        return parse(r.body()).path("id").asText(null);
    }

    private Map<String, Object> report(String title, String region, boolean major, String creditCode) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", "访问矩阵 " + title);
        r.put("description", "为访问矩阵测试准备的隐患");
        r.put("regionCode", region);
        r.put("industry", major ? "FIREWORKS" : "GAS");
        r.put("source", creditCode != null ? "ENTERPRISE_SELF_CHECK" : "GRID_PATROL");
        r.put("level", major ? "MAJOR" : "GENERAL");
        r.put("hazardType", "OBJECT");
        r.put("riskColour", major ? "RED" : "YELLOW");
        r.put("signature", "矩阵");
        if (creditCode != null) {
            r.put("enterprise", Map.of("name", "访问矩阵企业 " + creditCode, "creditCode", creditCode));
        }
        return r;
    }

    private static Map<String, Object> plan(Map<String, String> unit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("responsible", Map.of("name", "张建国", "post", "安全主管", "phone", "13800000000"));
        if (unit != null) {
            p.put("responsibleUnit", unit);
        }
        p.put("measures", "更换灶具，加装报警器");
        p.put("funds", Map.of("amountYuan", 3500, "source", "企业自筹"));
        p.put("deadline", LocalDate.now().plusDays(30).toString());
        p.put("contingencyPlan", Map.of("text", "停用燃气，专人值守"));
        return p;
    }

    private String id(JsonNode answer) {
        return answer != null && answer.path("id").isTextual() ? answer.get("id").asText() : null;
    }

    private static String first(JsonNode list, String field) {
        return first(list, field, null, null);
    }

    /** The {@code field} of the first item of a list or a page (whose first array holds the items). */
    private static String first(JsonNode list, String field, String whereField, String equals) {
        if (list == null) {
            return null;
        }
        JsonNode items = list.isArray() ? list : null;
        if (items == null) {
            for (JsonNode v : (Iterable<JsonNode>) list::elements) {
                if (v.isArray()) {
                    items = v;
                    break;
                }
            }
        }
        if (items == null) {
            return null;
        }
        for (JsonNode item : items) {
            if (item.path(field).isTextual() && (whereField == null || equals.equals(item.path(whereField).asText()))) {
                return item.get(field).asText();
            }
        }
        return null;
    }

    private JsonNode post(String base, String path, String caller, Object body) throws IOException, InterruptedException {
        if (body == null) {
            notes.add("no baseline body for POST " + path);
            return null;
        }
        HttpResponse<String> r = send(base, "POST", path, caller, null, JSON.writeValueAsString(body), "application/json");
        if (r.statusCode() / 100 != 2) {
            notes.add("fixture POST " + path + " as " + caller + " answered " + r.statusCode() + ": " + Oracle.excerpt(r.body()));
            return null;
        }
        return parse(r.body());
    }

    private void step(String hazard, String caller, String step, Object body) throws IOException, InterruptedException {
        if (hazard == null) {
            return;
        }
        String etag = send(urls.get("hazard"), "GET", "/hazards/" + hazard, caller, null, null, null)
                .headers().firstValue("ETag").orElse("\"0\"");
        HttpResponse<String> r = send(urls.get("hazard"), "POST", "/hazards/" + hazard + "/" + step, caller, etag,
                JSON.writeValueAsString(body), "application/json");
        if (r.statusCode() / 100 != 2) {
            notes.add("fixture step " + step + " as " + caller + " answered " + r.statusCode() + ": " + Oracle.excerpt(r.body()));
        }
    }

    private String upload(String hazard, String caller) throws IOException, InterruptedException {
        if (hazard == null) {
            return null;
        }
        Form photo = new Form(List.of(Form.file("file", Form.PNG)));
        HttpResponse<byte[]> r = exchange(urls.get("hazard"), "POST", "/hazards/" + hazard + "/evidence", caller, null,
                photo.bytes(), Form.CONTENT_TYPE);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 201) {
            notes.add("fixture upload as " + caller + " answered " + r.statusCode() + ": " + Oracle.excerpt(text));
            return null;
        }
        return parse(text).path("id").asText(null);
    }

    private void breakdown(String base, String campaign, String caller) throws IOException, InterruptedException {
        String etag = send(base, "GET", "/campaigns/" + campaign, caller, null, null, null).headers().firstValue("ETag")
                .orElse("\"0\"");
        byte[] csv;
        try (InputStream in = AccessFixtures.class.getResourceAsStream("/demo/sanxing-2023-task-breakdown.csv")) {
            csv = in == null ? new byte[0] : in.readAllBytes();
        }
        HttpResponse<byte[]> r = exchange(base, "PUT", "/campaigns/" + campaign + "/breakdown", caller, etag, csv, "text/csv");
        if (r.statusCode() / 100 != 2) {
            notes.add("fixture breakdown import answered " + r.statusCode() + ": "
                    + Oracle.excerpt(new String(r.body(), StandardCharsets.UTF_8)));
        }
    }

    private JsonNode get(String base, String path, String caller) throws IOException, InterruptedException {
        HttpResponse<String> r = send(base, "GET", path, caller, null, null, null);
        return r.statusCode() == 200 ? parse(r.body()) : null;
    }

    private int status(String base, String path, String caller) throws IOException, InterruptedException {
        return send(base, "GET", path, caller, null, null, null).statusCode();
    }

    private HttpResponse<String> send(String base, String method, String path, String caller, String ifMatch, String body,
                                      String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = exchange(base, method, path, caller, ifMatch,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), type);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        return new StringAnswer(r, text);
    }

    private HttpResponse<byte[]> exchange(String base, String method, String path, String caller, String ifMatch,
                                          byte[] body, String type) throws IOException, InterruptedException {
        requests++;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", "matrix-" + UUID.randomUUID());
        if (caller != null) {
            b.header("Authorization", "Bearer " + callers.get(caller));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** A text view of a byte answer. */
    private record StringAnswer(HttpResponse<byte[]> raw, String body) implements HttpResponse<String> {
        public int statusCode() { return raw.statusCode(); }
        public HttpRequest request() { return raw.request(); }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return raw.headers(); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return raw.sslSession(); }
        public URI uri() { return raw.uri(); }
        public HttpClient.Version version() { return raw.version(); }
    }
}
