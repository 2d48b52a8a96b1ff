package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * GET /inbox/stream against the real consumers, database and broker. Every test works in townships of county 500241,
 * which no other test class writes to, so that a stream sees only what its test publishes.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class InboxStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/inbox/stream")
    URI stream;

    @Inject
    AgroalDataSource db;

    @Test
    void aReportedHazardArrivesOnAnOpenStreamAsTheInboxShowsIt() throws Exception {
        String clerk = token("TOWNSHIP", "500241231000");
        try (SseClient open = SseClient.opened(stream, clerk, null)) {
            String hazardId = report(Events.id(), "500241231001", "加油站卸油区静电接地失效", "GENERAL");

            SseClient.Frame frame = open.awaitNotifications(1).get(0);
            Map<String, Object> data = data(frame);
            assertThat(data).containsEntry("subjectId", hazardId).containsEntry("kind", "HAZARD_REPORTED")
                    .containsEntry("title", "新隐患待核实：加油站卸油区静电接地失效").containsEntry("read", false);
            assertThat(StreamPosition.decode(frame.id())).isNotNull();
            Map<String, Object> asInbox = given().auth().oauth2(clerk).get("/inbox/" + data.get("id"))
                    .then().statusCode(200).extract().as(new io.restassured.common.mapper.TypeRef<>() { });
            assertThat(data).isEqualTo(asInbox);
        }
    }

    @Test
    void onlyTheStreamsWhoseInboxHoldsANotificationAreGivenIt() throws Exception {
        String ownCode = "91500241MA5UOWN01X";
        String otherCode = "91500241MA5UOTH02Y";
        try (SseClient township = SseClient.opened(stream, token("TOWNSHIP", "500241232000"), null);
             SseClient otherTownship = SseClient.opened(stream, token("TOWNSHIP", "500241233000"), null);
             SseClient regulator = SseClient.opened(stream, token("REGULATOR", "500241000000"), null);
             SseClient unitWithoutCode = SseClient.opened(stream, token("UNIT", "500241232000"), null);
             SseClient countyUnit = SseClient.opened(stream, token("UNIT", "500241000000", "zjw-officer",
                     Map.of("unit_code", "500241-ZJW", "unit_name", "县住建委")), null);
             SseClient enterprise = SseClient.opened(stream, token("ENTERPRISE", "500241232000", "boss-own",
                     Map.of("credit_code", ownCode)), null);
             SseClient otherEnterprise = SseClient.opened(stream, token("ENTERPRISE", "500241232000", "boss-other",
                     Map.of("credit_code", otherCode)), null)) {
            String hazard = report(Events.id(), "500241232001", "一般隐患只给乡镇", "GENERAL");
            String task = task("500241232005", "ENTERPRISE", ownCode, "整改隐患：本企业的任务");
            String unitTask = task("500241232007", "UNIT", "500241-ZJW", "整改隐患：住建委的任务");
            assertThat(subjects(township.awaitNotifications(1))).containsExactly(hazard);
            assertThat(subjects(enterprise.awaitNotifications(1))).containsExactly(task);
            assertThat(subjects(countyUnit.awaitNotifications(1))).containsExactly(unitTask);

            // written after the three above were given, so later in the stream: the one poller gives every stream
            // what it holds in stream order, so once these arrive anywhere, nothing above is still to come anywhere
            String major = report(Events.id(), "500241233001", "重大隐患给另一乡镇和县监管", "MAJOR");
            String otherTask = task("500241232006", "ENTERPRISE", otherCode, "整改隐患：别家企业的任务");
            assertThat(subjects(otherTownship.awaitNotifications(1))).containsExactly(major);
            assertThat(subjects(regulator.awaitNotifications(1))).containsExactly(major);
            assertThat(subjects(otherEnterprise.awaitNotifications(1))).containsExactly(otherTask);

            assertThat(subjects(township.notifications())).containsExactly(hazard);
            assertThat(subjects(enterprise.notifications())).containsExactly(task);
            assertThat(subjects(countyUnit.notifications())).containsExactly(unitTask);
            assertThat(unitWithoutCode.notifications()).isEmpty();
        }
    }

    @Test
    void aStreamResumedWithLastEventIdIsGivenExactlyWhatItMissedInOrder() throws Exception {
        String clerk = token("TOWNSHIP", "500241234000", "resuming-clerk");
        String key = "resume-" + Events.id();   // one key, one partition: consumed, hence written, in this order
        List<String> published = new ArrayList<>();
        String resumeFrom;
        try (SseClient first = SseClient.opened(stream, clerk, null)) {
            published.add(report(key, "500241234001", "断线前一", "GENERAL"));
            published.add(report(key, "500241234001", "断线前二", "GENERAL"));
            assertThat(subjects(first.awaitNotifications(2))).containsExactlyElementsOf(published);
            resumeFrom = first.lastId();
        }
        for (String title : List.of("断线期间一", "断线期间二", "断线期间三")) {
            published.add(report(key, "500241234002", title, "GENERAL"));
        }
        awaitInInbox(clerk, published.get(4));

        try (SseClient resumed = SseClient.opened(stream, clerk, resumeFrom)) {
            assertThat(subjects(resumed.awaitNotifications(3))).containsExactlyElementsOf(published.subList(2, 5));
            published.add(report(key, "500241234003", "重连后一", "GENERAL"));
            published.add(report(key, "500241234003", "重连后二", "GENERAL"));
            List<SseClient.Frame> given = resumed.awaitNotifications(5);
            assertThat(subjects(given)).containsExactlyElementsOf(published.subList(2, 7));
            assertThat(given.stream().map(f -> StreamPosition.decode(f.id())).toList()).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void reconnectingWhileNotificationsKeepComingLosesNoneAndRepeatsNone() throws Exception {
        String clerk = token("TOWNSHIP", "500241235000", "busy-clerk");
        String key = "busy-" + Events.id();
        List<String> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> seen = new ArrayList<>();
        CompletableFuture<Void> writer;
        String resumeFrom;
        try (SseClient first = SseClient.opened(stream, clerk, null)) {
            writer = CompletableFuture.runAsync(() -> {
                for (int i = 1; i <= 30; i++) {
                    published.add(report(key, "500241235001", "连续上报" + i, "GENERAL"));
                }
            });
            first.awaitNotifications(5);
            seen.addAll(subjects(first.notifications()));
            resumeFrom = first.notifications().get(seen.size() - 1).id();
        }
        try (SseClient second = SseClient.opened(stream, clerk, resumeFrom)) {
            writer.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() + second.notifications().size() >= 30);
            seen.addAll(subjects(second.notifications()));
        }
        assertThat(seen).containsExactlyElementsOf(published);
    }

    @Test
    void aTransactionThatTookItsPlaceEarlyButCommitsLateIsStillGiven() throws Exception {
        String township = "500241236000";
        String clerk = token("TOWNSHIP", township, "patient-clerk");
        try (SseClient open = SseClient.opened(stream, clerk, null); Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            UUID held = UUID.randomUUID();
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO notification (id, recipient_role, recipient_region, recipient_party, kind, title, body,
                                              subject_type, subject_id, source_event_id, created_at, delivered_at)
                    VALUES (?, 'TOWNSHIP', ?, '', 'TASK_ASSIGNED', '新任务：慢事务', '慢事务', 'task', ?, ?, ?, now())""")) {
                insert.setObject(1, held);
                insert.setString(2, township);
                insert.setString(3, "held-" + held);
                insert.setObject(4, UUID.randomUUID());
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            String later = report(Events.id(), "500241236001", "后写入先提交", "GENERAL");
            awaitInInbox(clerk, later);
            double polls = polls();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls() >= polls + 2);
            // committed and read past twice, but handing it out now would move the stream past the slow one
            assertThat(open.notifications()).isEmpty();

            slow.commit();
            assertThat(subjects(open.awaitNotifications(2))).containsExactly("held-" + held, later);
        }
    }

    @Test
    void aLastEventIdThisStreamDidNotSendIsRefusedBeforeTheStreamStarts() {
        String clerk = token("TOWNSHIP", "500241237000");
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("s1:-1:0".getBytes());
        for (String bad : List.of("abc", "s1:12:3", unsigned, new StreamPosition(12, 3).encode() + "=", "x".repeat(101))) {
            given().auth().oauth2(clerk).header("Accept", "text/event-stream").header("Last-Event-ID", bad)
                    .get("/inbox/stream").then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors[0].field", equalTo("Last-Event-ID"));
        }
    }

    @Test
    void aStreamNeedsABearerTokenOfARoleWithAnInbox() {
        given().header("Accept", "text/event-stream").get("/inbox/stream").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        given().auth().oauth2(token("PUBLIC", "500241237000")).header("Accept", "text/event-stream")
                .get("/inbox/stream").then().statusCode(403).contentType("application/problem+json");
        // no token in the query string: it would end up in access logs
        given().queryParam("access_token", token("TOWNSHIP", "500241237000")).header("Accept", "text/event-stream")
                .get("/inbox/stream").then().statusCode(401);
    }

    @Test
    void whatTheStreamDoesNotAnswerIsAProblemToo() {
        String clerk = token("TOWNSHIP", "500241237000");
        given().auth().oauth2(clerk).header("Accept", "application/json").get("/inbox/stream")
                .then().statusCode(406).contentType("application/problem+json");
        given().auth().oauth2(clerk).contentType("application/json").body("{}").post("/inbox/stream")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", notNullValue());
        // HEAD is answered with the headers alone, not held open like the stream it describes
        given().auth().oauth2(clerk).header("Accept", "text/event-stream").head("/inbox/stream")
                .then().statusCode(200).contentType("text/event-stream");
    }

    @Test
    void onePersonMayHoldFiveStreamsAndAClosedOneIsFreedAgain() {
        String clerk = token("TOWNSHIP", "500241238000", "many-tabs");
        List<SseClient> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                tabs.add(SseClient.opened(stream, clerk, null));
            }
            given().auth().oauth2(clerk).header("Accept", "text/event-stream").get("/inbox/stream")
                    .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(429)).body("type", equalTo(OpenStreams.TOO_MANY_TYPE));
            tabs.remove(0).close();
            SseClient again = await().atMost(Duration.ofSeconds(10)).until(() -> {
                SseClient tried = SseClient.open(stream, clerk, null);
                if (tried.status != 200) {
                    tried.close();
                }
                return tried;
            }, c -> c.status == 200);
            tabs.add(again);
        } finally {
            tabs.forEach(SseClient::close);
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() {
        String shortLived = io.smallrye.jwt.build.Jwt.issuer(cn.hazardledger.testsupport.TestTokens.ISSUER)
                .audience(cn.hazardledger.testsupport.TestTokens.AUDIENCE)
                .subject("short-lived").groups(java.util.Set.of("TOWNSHIP")).claim("region_code", "500241239000")
                .expiresIn(Duration.ofSeconds(3)).sign(cn.hazardledger.testsupport.TestTokens.key());
        try (SseClient open = SseClient.opened(stream, shortLived, null)) {
            await().atMost(Duration.ofSeconds(15)).until(open::ended);
        }
    }

    @Test
    void anIdleStreamIsKeptAliveByComments() {
        try (SseClient idle = SseClient.opened(stream, token("LEADER", "500241239000"), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> idle.frames().stream()
                    .anyMatch(f -> f.comments().contains("keep-alive")));
            assertThat(idle.frames().get(0).comments()).containsExactly("open");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheStream() {
        var doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String op = "paths.'/inbox/stream'.get";
        assertThat(doc.getMap(op + ".responses.'200'.content")).containsOnlyKeys("text/event-stream");
        for (String status : List.of("400", "401", "403", "429", "503")) {
            assertThat(doc.getMap(op + ".responses.'" + status + "'.content")).containsKey("application/problem+json");
        }
        assertThat(doc.getList(op + ".parameters.name")).contains("Last-Event-ID");
    }

    private String report(String key, String village, String title, String level) {
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", key, "hazard.reported.v1",
                Events.id(), Events.hazardReported(hazardId, title, village, level));
        return hazardId;
    }

    private String task(String village, String role, String code, String title) {
        String taskId = Events.id();
        TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(), ProducerSchemas.valid(
                "task.created.v1", """
                {"taskId":"%s","kind":"RECTIFY_HAZARD","title":"%s","regionCode":"%s","assigneeRole":"%s",
                 "assigneeCode":"%s","assigneeName":"某单位","supervised":false,"hazardId":"%s",
                 "dueAt":"2026-12-31T23:59:59.999+08:00","createdAt":"2026-11-26T10:00:01+08:00"}"""
                        .formatted(taskId, title, village, role, code, Events.id())));
        return taskId;
    }

    static void awaitInInbox(String token, String subjectId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(token).queryParam("limit", 100)
                .get("/inbox").then().statusCode(200).extract().<List<String>>path("items.subjectId").contains(subjectId));
    }

    static double polls() {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("inbox_stream_polls_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static List<String> subjects(List<SseClient.Frame> frames) {
        return frames.stream().map(f -> (String) data(f).get("subjectId")).toList();
    }

    static Map<String, Object> data(SseClient.Frame frame) {
        try {
            return JSON.readValue(frame.data(), new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + frame.data(), e);
        }
    }

}
