package cn.hazardledger.launcher;

import cn.hazardledger.launcher.demo.DemoPhoto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * One hazard walked through its lifecycle across the three services, as a grid inspector and a township's safety
 * office take it: report (task-service opens the verification task, notify-service tells the township), confirm
 * (the task is done), five-in-place plan, a photo uploaded, submission, and closure by a second clerk (复查 is never
 * the submitter's). Times each step's HTTP round trip and, from the times the services stamp on what they answer,
 * how long an event took to have its effect elsewhere. SystemWalkIT checks what arrived; deploy/bench repeats it.
 */
public final class LifecycleWalk {

    /** The steps whose round trips are timed, in the order taken. */
    public static final List<String> STEPS = List.of("report", "confirm", "plan", "evidence", "submit", "close");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Waits until {@code probe} answers something; how is the caller's (Awaitility in a test, polling in the bench). */
    @FunctionalInterface
    public interface Waiter {
        JsonNode until(String what, Callable<Optional<JsonNode>> probe) throws Exception;
    }

    public record Services(String hazardService, String taskService, String notifyService) {
    }

    /**
     * What the walk saw. The verification task as opened and as completed, the township's notifications of the
     * hazard and of the task, the hazard as closed; each step's round trip; from the services' own stamps, report
     * commit to task, report commit to township notification, confirmation commit to task done; and, as a client
     * sees it, from sending the report to reading it in the inbox.
     */
    public record Walk(String hazardId, JsonNode openedTask, JsonNode completedTask, JsonNode hazardNotification,
                       JsonNode taskNotification, JsonNode closed, Map<String, Duration> roundTrips,
                       Duration commitToTask, Duration commitToInbox, Duration confirmToTaskDone,
                       Duration reportToInboxSeen) {

        public Instant closedAt() {
            return instant(closed.get("closedAt"));
        }
    }

    private final ApiClient client = new ApiClient();
    private final Services services;
    private final String region;
    private final String inspector;
    private final String township;
    private final String reviewer;

    /** The walk's people in {@code township}, their subjects ending in {@code who}; hazards are reported in {@code region}. */
    public LifecycleWalk(Services services, PrivateKey key, String township, String region, String who) {
        this.services = services;
        this.region = region;
        this.inspector = Tokens.mint(key, Identity.of("INSPECTOR", township, "walk-inspector-" + who).named("李明"));
        this.township = Tokens.mint(key, Identity.of("TOWNSHIP", township, "walk-clerk-" + who).named("王芳"));
        this.reviewer = Tokens.mint(key, Identity.of("TOWNSHIP", township, "walk-reviewer-" + who).named("陈刚"));
    }

    public Walk walk(String title, Waiter waiter) throws Exception {
        Map<String, Duration> roundTrips = new LinkedHashMap<>();
        long sent = System.nanoTime();
        ApiClient.Answer reported = timed(roundTrips, "report", 201, () -> client.post(services.hazardService() + "/hazards",
                inspector, key(), null, json(Map.of("title", title, "description", "安置房项目四层楼板预留洞口和临边未设置防护栏杆",
                        "regionCode", region, "industry", "CONSTRUCTION", "source", "GRID_PATROL", "level", "GENERAL",
                        "hazardType", "OBJECT", "riskColour", "YELLOW", "signature", "李明"))));
        String id = reported.body().get("id").asText();
        // the inbox first: what a township clerk sees first is what the client-side time measures
        JsonNode told = waiter.until("the township's notification of the hazard", () -> inboxItemAbout(id));
        long seen = System.nanoTime();
        JsonNode opened = waiter.until("the verification task", () -> task(id, "OPEN"));
        JsonNode toldOfTask = waiter.until("the township's notification of the task",
                () -> inboxItemAbout(opened.get("id").asText()));

        String hazard = services.hazardService() + "/hazards/" + id;
        ApiClient.Answer confirmed = timed(roundTrips, "confirm", 200, () -> client.post(hazard + "/confirmation", township,
                key(), reported.etag(), json(Map.of("note", "经分管领导同意，纳入全量库"))));
        JsonNode done = waiter.until("the verification task done", () -> task(id, "DONE"));
        ApiClient.Answer planned = timed(roundTrips, "plan", 200, () -> client.post(hazard + "/rectification-plan", township,
                key(), confirmed.etag(), json(Map.of(
                        "responsible", Map.of("name", "吴刚", "post", "项目安全员", "phone", "13800000006"),
                        "measures", "洞口加盖固定盖板，临边设置1.2米防护栏杆并挂密目安全网",
                        "funds", Map.of("amountYuan", 15000, "source", "施工单位安全文明施工费"),
                        "deadline", LocalDate.now(CHINA).plusDays(14).toString(),
                        "contingencyPlan", Map.of("text", "整改完成前禁止人员进入作业面，设置警示标志")))));
        ApiClient.Answer photo = timed(roundTrips, "evidence", 201, () -> client.upload(hazard + "/evidence", township, key(),
                "guardrail.jpg", "临边防护栏杆和洞口盖板", DemoPhoto.jpeg(id)));
        // an upload is not a ledger step: the hazard's version, and so its ETag, is the plan's
        ApiClient.Answer submitted = timed(roundTrips, "submit", 200, () -> client.post(hazard + "/submission", township,
                key(), planned.etag(), json(Map.of("summary", "临边防护栏杆已设置，洞口已加盖固定盖板",
                        "evidenceIds", List.of(photo.body().get("id").asText())))));
        ApiClient.Answer closed = timed(roundTrips, "close", 200, () -> client.post(hazard + "/closure", reviewer, key(),
                submitted.etag(), json(Map.of("note", "经现场复查，整改到位，同意销号"))));

        Instant reportedAt = instant(reported.body().get("reportedAt"));
        return new Walk(id, opened, done, told, toldOfTask, closed.body(), roundTrips,
                Duration.between(reportedAt, instant(opened.get("createdAt"))),
                Duration.between(reportedAt, instant(told.get("createdAt"))),
                Duration.between(instant(confirmed.body().get("updatedAt")), instant(done.get("updatedAt"))),
                Duration.ofNanos(seen - sent));
    }

    @FunctionalInterface
    private interface Call {
        ApiClient.Answer send() throws IOException, InterruptedException;
    }

    private static ApiClient.Answer timed(Map<String, Duration> roundTrips, String step, int expected, Call call)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ApiClient.Answer answer = call.send();
        roundTrips.put(step, Duration.ofNanos(System.nanoTime() - start));
        if (answer.status() != expected) {
            throw new IllegalStateException(step + " answered " + answer.status() + ": " + answer.text());
        }
        return answer;
    }

    private Optional<JsonNode> task(String hazardId, String status) throws IOException, InterruptedException {
        return firstItem(services.taskService() + "/tasks?hazardId=" + hazardId, "status", status);
    }

    private Optional<JsonNode> inboxItemAbout(String subjectId) throws IOException, InterruptedException {
        return firstItem(services.notifyService() + "/inbox?limit=20", "subjectId", subjectId);
    }

    /** The first item of the township's page at {@code url} whose {@code field} is {@code value}. */
    private Optional<JsonNode> firstItem(String url, String field, String value) throws IOException, InterruptedException {
        ApiClient.Answer page = client.get(url, township);
        if (page.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode item : page.body().get("items")) {
            if (value.equals(item.path(field).asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(Map<String, ?> body) {
        return JSON.valueToTree(body);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Instant instant(JsonNode time) {
        return OffsetDateTime.parse(time.asText()).toInstant();
    }
}
