package cn.hazardledger.launcher.demo;

import cn.hazardledger.launcher.Keys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ledger's loading against a stand-in for hazard-service that, like the real one, answers a repeated
 * Idempotency-Key with the first answer marked as replayed and refuses a step whose If-Match is not the version it
 * holds. What the story shows is {@link DemoStoryTest}'s.
 */
class DemoDataTest {

    /** 2026-11-26 in China: the stand-in's "today", so that dates can be checked. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // the stand-in writes headers and body apart; with Nagle's algorithm each small answer then waits out the
        // client's delayed ACK (40 ms), and a load of the demo's 130 requests takes seconds instead of a moment.
        // The JDK reads it once, at the JVM's first HttpServer: the module's pom sets it for the whole test JVM too.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    Path data;

    private HttpServer server;
    private PrivateKey key;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Integer> days = new ArrayList<>();
    private java.util.function.Predicate<String> failing = path -> false;

    record Request(String method, String path, JsonNode claims, String idempotencyKey, String ifMatch, byte[] body,
                   boolean replayed) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void startStandIn() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hazards", this::answer);
        server.start();
        Keys.ensure(data.resolve("keys"));
        key = Keys.loadPrivate(data.resolve("keys"));
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void everyStepIsTakenAsItsActorDayByDayAndASecondLoadOnlyReplays() throws Exception {
        DemoStory story = DemoStory.bundled();
        int steps = story.hazards().stream().mapToInt(h -> h.steps().size()).sum();

        DemoData.Outcome first = new DemoData(story, CLOCK, null).load(this::day, key);
        List<Integer> firstDays = List.copyOf(days);
        DemoData.Outcome second = new DemoData(story, CLOCK, null).load(this::day, key);

        assertThat(first).isEqualTo(new DemoData.Outcome(story.hazards().size(), steps, 0, 0));
        assertThat(second).isEqualTo(new DemoData.Outcome(story.hazards().size(), 0, steps, 0));
        // each day once, in order, and back to today at the end
        List<Integer> expected = new ArrayList<>(story.days());
        expected.add(0);
        assertThat(firstDays).isEqualTo(expected);

        List<Request> posts = requests.stream().filter(r -> r.method().equals("POST") && !r.replayed()).toList();
        assertThat(posts).hasSize(steps);
        assertThat(posts).allSatisfy(r -> {
            assertThat(r.idempotencyKey()).matches("demo-hazard-\\d{3}/\\d{2}");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("${");
        });
        assertThat(posts).filteredOn(r -> r.path().matches("/hazards/[^/]+/[a-z-]+.*") && !r.path().endsWith("/evidence"))
                .allSatisfy(r -> assertThat(r.ifMatch()).as(r.path()).isNotNull());
    }

    @Test
    void eachStepIsSignedByItsActorsTokenWithTheClaimsOfItsRole() throws Exception {
        DemoStory story = DemoStory.bundled();
        new DemoData(story, CLOCK, null).load(this::day, key);

        Map<String, JsonNode> bySubject = new ConcurrentHashMap<>();
        requests.forEach(r -> bySubject.put(r.claims().get("sub").asText(), r.claims()));
        story.actors().values().forEach(who -> {
            JsonNode claims = bySubject.get(who.subject());
            assertThat(claims).as(who.subject() + " took no step").isNotNull();
            assertThat(claims.get("groups").get(0).asText()).isEqualTo(who.role());
            assertThat(claims.get("region_code").asText()).isEqualTo(who.region());
            assertThat(claims.get("name").asText()).isEqualTo(who.name());
            assertThat(claims.path("unit_code").asText(null)).isEqualTo(who.unitCode());
            assertThat(claims.path("credit_code").asText(null)).isEqualTo(who.creditCode());
        });
    }

    @Test
    void placeholdersBecomeTheIdsAndDatesOfTheStepsBefore() throws Exception {
        new DemoData(DemoStory.bundled(), CLOCK, null).load(this::day, key);

        assertThat(post("demo-hazard-004", "/rejection").json().get("duplicateOf").asText())
                .isEqualTo(answer(post("demo-hazard-003", "/hazards")).get("id").asText());
        // planned twenty days ago with seven days to go: overdue by thirteen days now
        assertThat(post("demo-hazard-003", "/rectification-plan").json().get("deadline").asText())
                .isEqualTo(TODAY.minusDays(13).toString());
        assertThat(post("demo-hazard-005", "/supervision-listing").json().get("documentNumber").asText())
                .isEqualTo("忠安办督〔2026〕3号");
        for (String hazard : List.of("demo-hazard-007", "demo-hazard-013")) {
            String asked = answer(post(hazard, "/extensions")).get("rectification").get("pendingExtension").asText();
            assertThat(post(hazard, "/decision").path()).endsWith("/extensions/" + asked + "/decision");
        }
        List<String> uploads = requests.stream().filter(r -> !r.replayed() && r.path().endsWith("/evidence")
                && r.idempotencyKey().startsWith("demo-hazard-005/")).map(r -> answer(r).get("id").asText()).toList();
        assertThat(post("demo-hazard-005", "/submission").json().get("evidenceIds")).extracting(JsonNode::asText)
                .hasSize(2).containsExactlyElementsOf(uploads);
    }

    @Test
    void anUploadIsAMultipartFormWithAJpegAndItsCaption() throws Exception {
        new DemoData(DemoStory.bundled(), CLOCK, null).load(this::day, key);

        Request upload = requests.stream().filter(r -> r.path().endsWith("/evidence")).findFirst().orElseThrow();
        String text = new String(upload.body(), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Content-Disposition: form-data; name=\"file\"; filename=\"cylinders-moved-outside.jpg\"",
                "Content-Type: image/jpeg", "name=\"caption\"");
        assertThat(text).contains("\u00ff\u00d8\u00ff").contains("\u00ff\u00d9\r\n--");
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).contains("钢瓶已移至室外独立气瓶间");
    }

    @Test
    void aFailedStepIsCountedAndLeavesOutTheRestOfItsHazardAndTheNextRunTakesUpWhereItStopped() throws Exception {
        failing = path -> path.endsWith("/confirmation");
        DemoStory story = DemoStory.bundled();
        Path progress = data.resolve(DemoData.PROGRESS);

        DemoData.Outcome outcome = new DemoData(story, CLOCK, progress).load(this::day, key);

        long confirmed = story.hazards().stream().filter(h -> h.steps().stream().anyMatch(s -> s.kind() == StepKind.CONFIRM)).count();
        int after = story.hazards().stream().mapToInt(h -> {
            int at = h.steps().stream().map(DemoStory.Step::kind).toList().indexOf(StepKind.CONFIRM);
            return at < 0 ? 0 : h.steps().size() - at;
        }).sum();
        int steps = story.hazards().stream().mapToInt(h -> h.steps().size()).sum();
        assertThat(outcome).isEqualTo(new DemoData.Outcome(story.hazards().size(), steps - after, 0, after));
        assertThat(requests).filteredOn(r -> r.path().endsWith("/confirmation")).hasSize((int) confirmed);
        assertThat(days.get(days.size() - 1)).isZero();

        // hazard-service may have forgotten the keys by then: what was done is not sent again, only what is missing
        failing = path -> false;
        requests.clear();
        DemoData.Outcome next = new DemoData(story, CLOCK, progress).load(this::day, key);

        assertThat(next).isEqualTo(new DemoData.Outcome(story.hazards().size(), after, steps - after, 0));
        assertThat(requests).filteredOn(r -> r.method().equals("POST")).hasSize(after).noneMatch(Request::replayed)
                .noneMatch(r -> r.path().equals("/hazards"));
    }

    @Test
    void aResumedRunStartsAtTheFirstDayWithStepsLeftAndSkipsTheDaysDone() throws Exception {
        // closures happen ten days ago and today: the first day is all done, the later ones are not
        failing = path -> path.endsWith("/closure");
        DemoStory story = DemoStory.bundled();
        new DemoData(story, CLOCK, data.resolve(DemoData.PROGRESS)).load(this::day, key);
        assertThat(DemoData.startDay(data)).isEqualTo(story.days().get(1));

        failing = path -> false;
        days.clear();
        DemoData.Outcome next = new DemoData(story, CLOCK, data.resolve(DemoData.PROGRESS)).load(this::day, key);

        assertThat(next.failed()).isZero();
        assertThat(days).doesNotContain(story.firstDay()).startsWith(story.days().get(1)).endsWith(0);
        assertThat(DemoData.startDay(data)).isZero();
    }

    @Test
    void loadOnceLeavesAMarkerOnlyWhenNothingFailedAndThenDoesNothing() throws Exception {
        assertThat(DemoData.startDay(data)).isEqualTo(DemoStory.bundled().firstDay()).isNegative();

        assertThat(DemoData.loadOnce(data, this::day, key)).isNotNull();
        assertThat(Files.exists(data.resolve(DemoData.MARKER))).isTrue();
        assertThat(DemoData.startDay(data)).isZero();
        int sent = requests.size();
        assertThat(DemoData.loadOnce(data, this::day, key)).isNull();
        assertThat(requests).hasSize(sent);
    }

    // ---- the stand-in --------------------------------------------------------------------------------------

    private String day(int day) {
        days.add(day);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Request post(String hazardKey, String pathEnd) {
        return requests.stream().filter(r -> r.method().equals("POST") && !r.replayed()
                && r.idempotencyKey().startsWith(hazardKey + "/") && r.path().endsWith(pathEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pathEnd + " of " + hazardKey));
    }

    private JsonNode answer(Request r) {
        try {
            return JSON.readTree(answers.get(answerKey(r)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String answerKey(Request r) {
        return r.claims().get("sub").asText() + " " + r.idempotencyKey();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        byte[] body = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/");
        if (method.equals("GET")) {
            Integer version = versions.get(parts[2]);
            requests.add(new Request(method, path, claims, null, null, body, false));
            respond(exchange, version == null ? 404 : 200, "{}", false, version == null ? null : "\"" + version + "\"");
            return;
        }
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        Request request = new Request(method, path, claims, idempotencyKey, ifMatch, body,
                answers.containsKey(claims.get("sub").asText() + " " + idempotencyKey));
        requests.add(request);
        if (failing.test(path)) {
            respond(exchange, 503, "{\"status\":503}", false, null);
            return;
        }
        String earlier = answers.get(answerKey(request));
        if (earlier != null) {
            respond(exchange, parts.length == 2 || path.endsWith("/evidence") ? 201 : 200, earlier, true, null);
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        if (parts.length == 2) {
            String id = UUID.randomUUID().toString();
            versions.put(id, 0);
            answer.put("id", id).put("version", 0);
        } else if (path.endsWith("/evidence")) {
            answer.put("id", UUID.randomUUID().toString());
        } else {
            String id = parts[2];
            if (!("\"" + versions.get(id) + "\"").equals(ifMatch)) {
                respond(exchange, 412, "{\"status\":412}", false, null);
                return;
            }
            versions.merge(id, 1, Integer::sum);
            answer.put("id", id).put("version", versions.get(id));
            ObjectNode rectification = answer.putObject("rectification");
            if (path.endsWith("/extensions")) {
                String extension = UUID.randomUUID().toString();
                versions.put("extension:" + extension, 0);
                rectification.put("pendingExtension", extension);
            } else {
                rectification.putNull("pendingExtension");
            }
        }
        answers.put(answerKey(request), answer.toString());
        respond(exchange, parts.length == 2 || path.endsWith("/evidence") ? 201 : 200, answer.toString(), false, null);
    }

    private static void respond(HttpExchange exchange, int status, String body, boolean replayed, String etag)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Idempotent-Replayed", Boolean.toString(replayed));
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
