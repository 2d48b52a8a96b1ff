package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.notifyservice.events.EventArrived;
import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events from Kafka to a live HTTP receiver started here. Each test has a county of its own (5002xx), so that the
 * subscriptions of other tests never take its events.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Event<EventArrived> arrived;

    @Test
    void aMatchingEventArrivesAsASignedStructuredCloudEventAndNoOtherTypeOrRegionDoes() throws Exception {
        String county = "500251000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            var created = WebhookApi.create(regulator, receiver.url(), List.of("hazard.reported.v1", "task.*"), county);
            String secret = created.path("secret");
            String subscription = created.path("id");
            String hazardId = Events.id();
            String otherType = Events.id();
            String otherRegion = Events.id();
            String wanted = Events.id();
            String task = Events.id();
            // one key, one partition, one order: by the time the wanted event is sent, the two before it were routed
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.closed.v1", otherType,
                    WebhookEvents.hazardClosed(hazardId, "500251001001"));
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", otherRegion,
                    Events.hazardReported(Events.id(), "邻县的隐患", "500261001001", "GENERAL"));
            String title = "𠮷祥饭店液化气钢瓶与灶具同室存放「后厨」";
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", wanted,
                    Events.hazardReported(hazardId, title, "500251001001", "GENERAL"));
            String taskId = Events.id();
            TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", task,
                    Events.taskCreated(taskId, "核实隐患：" + title, "500251001000", "TOWNSHIP"));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(wanted).size() == 1
                    && receiver.about(task).size() == 1);
            Receiver.Received r = receiver.about(wanted).get(0);
            assertThat(r.header("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
            assertThat(ReferenceVerifier.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"),
                    r.header("webhook-signature"), r.body(), Instant.now())).isTrue();
            assertThat(ReferenceVerifier.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"),
                    r.header("webhook-signature"), r.body().replace("后厨", "前厅"), Instant.now())).as("tampered").isFalse();
            assertThat(ReferenceVerifier.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"),
                    r.header("webhook-signature"), r.body(), Instant.now().plus(Duration.ofMinutes(6)))).as("replayed late")
                    .isFalse();

            JsonNode event = JSON.readTree(r.body());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(wanted).isEqualTo(r.header("webhook-id"));
            assertThat(event.path("type").asText()).isEqualTo("hazard.reported.v1");
            assertThat(event.path("source").asText()).isEqualTo("/test");
            assertThat(event.path("subject").asText()).isEqualTo(hazardId);
            assertThat(OffsetDateTime.parse(event.path("time").asText())).isNotNull();
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("data").path("title").asText()).isEqualTo(title);
            assertThat(event.path("data").path("hazardId").asText()).isEqualTo(hazardId);

            assertThat(receiver.about(otherType)).isEmpty();
            assertThat(receiver.about(otherRegion)).isEmpty();
            assertThat(WebhookApi.deliveries(regulator, subscription)).extracting(d -> d.get("eventId"))
                    .containsExactlyInAnyOrder(wanted, task);
        }
    }

    @Test
    void anEventSentTwiceIsDeliveredOnceAndEvenAnAnnouncementTwiceQueuesItOnce() throws Exception {
        String county = "500252000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            String subscription = WebhookApi.create(regulator, receiver.url(), List.of("hazard.*"), county).path("id");
            String hazardId = Events.id();
            String twice = Events.id();
            String payload = Events.hazardReported(hazardId, "重复投递", "500252001001", "GENERAL");
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", twice, payload);
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", twice, payload);
            String marker = Events.id();
            TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.closed.v1", marker,
                    WebhookEvents.hazardClosed(hazardId, "500252001001"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(marker).size() == 1);
            assertThat(receiver.about(twice)).hasSize(1);

            // below the consumer's own de-duplication: the same announcement twice, as if it had none
            UUID announced = UUID.randomUUID();
            CloudEvent event = new CloudEvent(announced, "hazard.closed.v1", "/hazard-service", hazardId,
                    WebhookEvents.hazardClosed(hazardId, "500252001001"), OffsetDateTime.now().toString());
            EventArrived arrival = new EventArrived(event, JSON.readTree(event.data()), Optional.of("500252001001"));
            QuarkusTransaction.requiringNew().run(() -> arrived.fire(arrival));
            QuarkusTransaction.requiringNew().run(() -> arrived.fire(arrival));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(announced.toString()).size() == 1);
            assertThat(WebhookApi.deliveries(regulator, subscription)).extracting(d -> d.get("eventId"))
                    .containsExactlyInAnyOrder(twice, marker, announced.toString());
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> receiver.about(announced.toString()).size() == 1 && receiver.about(twice).size() == 1);
        }
    }

    @Test
    void aReceiverFailingThreeTimesGetsItOnTheFourthWithLongerWaitsBetween() throws Exception {
        String county = "500253000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver().answering(500, 503, 502)) {
            String subscription = WebhookApi.create(regulator, receiver.url(), List.of("hazard.reported.v1"), county).path("id");
            String eventId = Events.id();
            TestEvents.send(bootstrap, "hazard.events", eventId, "hazard.reported.v1", eventId,
                    Events.hazardReported(Events.id(), "接收方暂时故障", "500253001001", "GENERAL"));
            Map<String, Object> d = WebhookApi.awaitDelivery(regulator, subscription, eventId,
                    x -> "DELIVERED".equals(x.get("state")));
            Map<String, Object> full = WebhookApi.delivery(regulator, subscription, (String) d.get("id"));
            assertThat(full).containsEntry("attempts", 4).containsEntry("lastStatus", 200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> log = (List<Map<String, Object>>) full.get("attemptLog");
            assertThat(log).extracting(a -> a.get("attempt")).containsExactly(1, 2, 3, 4);
            assertThat(log).extracting(a -> a.get("httpStatus")).containsExactly(500, 503, 502, 200);
            assertThat(log.get(0).get("error")).isEqualTo("HTTP 500");
            assertThat((String) log.get(1).get("responseSnippet")).contains("服务暂不可用 503");
            assertThat(log.get(3).get("nextAttemptAt")).isNull();
            long previous = 0;
            for (Map<String, Object> a : log.subList(0, 3)) {
                long finished = OffsetDateTime.parse((String) a.get("startedAt")).toInstant().toEpochMilli()
                        + ((Number) a.get("durationMs")).longValue();
                long wait = OffsetDateTime.parse((String) a.get("nextAttemptAt")).toInstant().toEpochMilli() - finished;
                // base 0.2 s doubling, ±20 %: 160–240, 320–480, 640–960 ms (1 ms of rounding either way)
                assertThat(wait).isGreaterThan(previous).isBetween(150L, 970L);
                previous = wait;
            }
            // every attempt is the same message: same id, same bytes
            assertThat(receiver.about(eventId)).hasSize(4).extracting(Receiver.Received::body).containsOnly(
                    receiver.about(eventId).get(0).body());
            assertThat(WebhookApi.get(regulator, subscription).<Integer>path("consecutiveFailures")).isZero();
        }
    }

    @Test
    void fiveFailuresInARowSuspendTheSubscriptionAndResumingSendsWhatWaited() throws Exception {
        String county = "500254000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver().otherwise(500)) {
            String subscription = WebhookApi.create(regulator, receiver.url(), List.of("hazard.reported.v1"), county).path("id");
            String first = Events.id();
            TestEvents.send(bootstrap, "hazard.events", first, "hazard.reported.v1", first,
                    Events.hazardReported(Events.id(), "接收方持续故障", "500254001001", "GENERAL"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(
                    WebhookApi.get(regulator, subscription).path("status")));
            var suspended = WebhookApi.get(regulator, subscription);
            assertThat(suspended.<String>path("suspendedReason")).startsWith("5 failed attempts in a row; the last: HTTP 500");
            assertThat(suspended.<Integer>path("consecutiveFailures")).isEqualTo(5);
            assertThat(WebhookApi.deliveryOf(regulator, subscription, first)).containsEntry("state", "PENDING")
                    .containsEntry("attempts", 5);

            // held, not dropped: a new event is queued and waits
            String second = Events.id();
            TestEvents.send(bootstrap, "hazard.events", second, "hazard.reported.v1", second,
                    Events.hazardReported(Events.id(), "暂停期间的新隐患", "500254001001", "GENERAL"));
            WebhookApi.awaitDelivery(regulator, subscription, second, x -> "PENDING".equals(x.get("state")));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.about(second).isEmpty() && receiver.about(first).size() == 5);

            receiver.otherwise(200);
            var resumed = WebhookApi.post(regulator, subscription, "resume");
            assertThat(resumed.statusCode()).isEqualTo(200);
            assertThat(resumed.<String>path("status")).isEqualTo("ACTIVE");
            assertThat(WebhookApi.awaitDelivery(regulator, subscription, first, x -> "DELIVERED".equals(x.get("state"))))
                    .containsEntry("attempts", 6);
            assertThat(WebhookApi.awaitDelivery(regulator, subscription, second, x -> "DELIVERED".equals(x.get("state"))))
                    .containsEntry("attempts", 1);
            assertThat(WebhookApi.post(regulator, subscription, "resume").statusCode()).isEqualTo(409);
            assertThat(given().get("/q/metrics").then().extract().asString())
                    .contains("webhook_deliveries_total{outcome=\"retry\"}")
                    .contains("webhook_deliveries_total{outcome=\"delivered\"}");
        }
    }

    @Test
    void aReplayResendsTheSameCloudEventAndWaitsWhileTheSubscriptionIsSuspended() throws Exception {
        String county = "500255000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            String subscription = WebhookApi.create(regulator, receiver.url(), List.of("hazard.*"), county).path("id");
            String eventId = Events.id();
            TestEvents.send(bootstrap, "hazard.events", eventId, "hazard.reported.v1", eventId,
                    Events.hazardReported(Events.id(), "接收方丢失了它", "500255001001", "GENERAL"));
            String delivery = (String) WebhookApi.awaitDelivery(regulator, subscription, eventId,
                    x -> "DELIVERED".equals(x.get("state"))).get("id");
            String replayPath = WebhookApi.BASE + "/" + subscription + "/deliveries/" + delivery + "/replay";

            given().auth().oauth2(regulator).post(replayPath).then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(eventId).size() == 2);
            List<Receiver.Received> both = receiver.about(eventId);
            assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
            assertThat(JSON.readTree(both.get(1).body()).path("id").asText()).isEqualTo(eventId);
            assertThat(WebhookApi.awaitDelivery(regulator, subscription, eventId, x -> "DELIVERED".equals(x.get("state"))
                    && Integer.valueOf(2).equals(x.get("attempts")))).containsEntry("replays", 1);

            // suspended: the replay is queued and answered, but waits; a second one finds it queued
            assertThat(WebhookApi.post(regulator, subscription, "suspension").statusCode()).isEqualTo(200);
            given().auth().oauth2(regulator).post(replayPath).then().statusCode(202);
            given().auth().oauth2(regulator).post(replayPath).then().statusCode(409)
                    .contentType("application/problem+json");
            given().auth().oauth2(regulator).contentType("application/json")
                    .body(Map.of("since", OffsetDateTime.now().minusHours(1).toString()))
                    .post(WebhookApi.BASE + "/" + subscription + "/deliveries/replay")
                    .then().statusCode(202).extract().path("replayed");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> receiver.about(eventId).size() == 2);
            WebhookApi.post(regulator, subscription, "resume");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(eventId).size() == 3);
        }
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGraceEnds() throws Exception {
        String county = "500256000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            var created = WebhookApi.create(regulator, receiver.url(), List.of("hazard.reported.v1"), county);
            String old = created.path("secret");
            var rotated = WebhookApi.post(regulator, created.path("id"), "secret-rotation");
            assertThat(rotated.statusCode()).isEqualTo(200);
            String fresh = rotated.path("secret");
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
            assertThat(rotated.<String>path("previousSecretValidUntil")).isNotNull();
            String eventId = Events.id();
            TestEvents.send(bootstrap, "hazard.events", eventId, "hazard.reported.v1", eventId,
                    Events.hazardReported(Events.id(), "换密钥之后", "500256001001", "GENERAL"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(eventId).size() == 1);
            Receiver.Received r = receiver.about(eventId).get(0);
            assertThat(r.header("webhook-signature").split(" ")).hasSize(2);
            for (String secret : List.of(fresh, old)) {
                assertThat(ReferenceVerifier.verify(secret, eventId, r.header("webhook-timestamp"),
                        r.header("webhook-signature"), r.body(), Instant.now())).isTrue();
            }
        }
    }
}
