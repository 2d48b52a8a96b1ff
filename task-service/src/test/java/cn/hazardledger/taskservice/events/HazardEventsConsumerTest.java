package cn.hazardledger.taskservice.events;

import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import cn.hazardledger.testsupport.TopicRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class HazardEventsConsumerTest {

    private static final String TOWNSHIP = "500240213000";
    private static final String VILLAGE = "500240213005";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    @Test
    void aReportedHazardBecomesTheTownshipsVerificationTaskAndIsAnnounced() throws Exception {
        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "餐馆液化气钢瓶与灶具同室存放", VILLAGE, "GENERAL"));

        List<Map<String, Object>> tasks = awaitTasksFor(hazardId, 1);
        Map<String, Object> task = tasks.get(0);
        assertThat(task).containsEntry("kind", "VERIFY_HAZARD").containsEntry("regionCode", TOWNSHIP)
                .containsEntry("assigneeRole", "TOWNSHIP").containsEntry("status", "OPEN")
                .containsEntry("title", "核实隐患：餐馆液化气钢瓶与灶具同室存放");
        assertThat((String) task.get("dueAt")).isEqualTo("2026-11-27T10:00:00+08:00");

        ConsumerRecord<String, String> created = TopicRecords.awaitKey(bootstrap, "task.events", (String) task.get("id"));
        assertThat(TopicRecords.header(created, "ce_type")).isEqualTo("task.created.v1");
        assertThat(TopicRecords.header(created, "ce_source")).isEqualTo("/task-service");
        JsonNode payload = json.readTree(created.value());
        assertThat(payload.get("hazardId").asText()).isEqualTo(hazardId);
        assertThat(payload.get("title").asText()).isEqualTo("核实隐患：餐馆液化气钢瓶与灶具同室存放");
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream("events/task.created.v1.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(payload))
                    .isEmpty();
        }
    }

    @Test
    void theTownshipsReviewCompletesTheVerificationTask() throws Exception {
        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "待核实", VILLAGE, "GENERAL"));
        String taskId = (String) awaitTasksFor(hazardId, 1).get(0).get("id");
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.confirmed.v1", HazardEvents.newId(),
                ProducerSchemas.valid("hazard.confirmed.v1", """
                {"hazardId":"%s","regionCode":"%s","townshipCode":"%s","level":"GENERAL","status":"CONFIRMED",
                 "reviewedBy":"township-1","reviewerRole":"TOWNSHIP","reviewedAt":"2026-11-24T11:00:00+08:00"}"""
                .formatted(hazardId, VILLAGE, TOWNSHIP)));

        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(tasksFor(hazardId).get(0).get("status")));
        ConsumerRecord<String, String> completed = TopicRecords.awaitMatch(bootstrap, "task.events", Duration.ofSeconds(20),
                r -> taskId.equals(r.key()) && "task.completed.v1".equals(TopicRecords.header(r, "ce_type")));
        JsonNode payload = json.readTree(completed.value());
        assertThat(payload.get("outcome").asText()).isEqualTo("CONFIRMED");
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream("events/task.completed.v1.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(payload))
                    .isEmpty();
        }
    }

    @Test
    void aReviewThatArrivesBeforeItsReportCompletesTheTaskTheReportOpens() {
        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.rejected.v1", HazardEvents.newId(),
                ProducerSchemas.valid("hazard.rejected.v1", """
                {"hazardId":"%s","regionCode":"%s","townshipCode":"%s","level":"GENERAL","status":"REJECTED",
                 "reason":"NOT_TRUE","reviewedBy":"township-1","reviewerRole":"TOWNSHIP",
                 "reviewedAt":"2026-11-24T11:00:00+08:00"}""".formatted(hazardId, VILLAGE, TOWNSHIP)));
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "先到的核实结果", VILLAGE, "GENERAL"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(awaitTasksFor(hazardId, 1).get(0).get("status")));
        String taskId = (String) tasksFor(hazardId).get(0).get("id");
        List<String> types = TopicRecords.readAll(bootstrap, "task.events").stream().filter(r -> taskId.equals(r.key()))
                .map(r -> TopicRecords.header(r, "ce_type")).toList();
        assertThat(types).containsExactly("task.created.v1", "task.completed.v1");
    }

    @Test
    void aHazardRejectedAsADuplicateCancelsItsVerificationTask() {
        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "重复上报", VILLAGE, "GENERAL"));
        awaitTasksFor(hazardId, 1);
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.rejected.v1", HazardEvents.newId(),
                ProducerSchemas.valid("hazard.rejected.v1", """
                {"hazardId":"%s","regionCode":"%s","townshipCode":"%s","level":"GENERAL","status":"REJECTED",
                 "reason":"DUPLICATE","duplicateOf":"%s","reviewedBy":"township-1","reviewerRole":"TOWNSHIP",
                 "reviewedAt":"2026-11-24T11:00:00+08:00"}""".formatted(hazardId, VILLAGE, TOWNSHIP, HazardEvents.newId())));
        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(tasksFor(hazardId).get(0).get("status")));
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String hazardId = HazardEvents.newId();
        String eventId = HazardEvents.newId();
        String payload = HazardEvents.reported(hazardId, "重复投递", VILLAGE, "MAJOR");
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", eventId, payload);
        awaitTasksFor(hazardId, 1);

        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", eventId, payload);
        // same key, same partition: once the later marker is handled, the redelivery has been too
        String markerHazard = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(markerHazard, "标记", VILLAGE, "GENERAL"));
        awaitTasksFor(markerHazard, 1);
        assertThat(tasksFor(hazardId)).hasSize(1);
    }

    @Test
    void theEventIdAloneIsEnoughToRecogniseARedelivery() {
        String eventId = HazardEvents.newId();
        String first = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", "k", "hazard.reported.v1", eventId,
                HazardEvents.reported(first, "同一事件", VILLAGE, "GENERAL"));
        awaitTasksFor(first, 1);
        String other = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", "k", "hazard.reported.v1", eventId,
                HazardEvents.reported(other, "同一事件号", VILLAGE, "GENERAL"));
        String marker = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", "k", "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(marker, "标记", VILLAGE, "GENERAL"));
        awaitTasksFor(marker, 1);
        assertThat(tasksFor(other)).isEmpty();
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheNextOneStillFlows() {
        String poisonKey = "poison-" + HazardEvents.newId();
        TestEvents.sendRaw(bootstrap, "hazard.events", poisonKey, Map.of("ce_specversion", "1.0",
                "ce_id", HazardEvents.newId(), "ce_type", "hazard.reported.v1"), "{not json");
        String noId = "no-ce-id-" + HazardEvents.newId();
        TestEvents.sendRaw(bootstrap, "hazard.events", noId, Map.of("ce_type", "hazard.reported.v1"), "{}");

        ConsumerRecord<String, String> dead = TopicRecords.awaitKey(bootstrap, "task-service.dlq", poisonKey);
        assertThat(TopicRecords.header(dead, "dead-letter-reason")).contains("not valid JSON");
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(TopicRecords.header(TopicRecords.awaitKey(bootstrap, "task-service.dlq", noId), "dead-letter-reason"))
                .contains("ce_id");

        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", poisonKey, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "毒消息之后", VILLAGE, "GENERAL"));
        awaitTasksFor(hazardId, 1);
    }

    @Test
    void eventTypesThisServiceDoesNotHandleAreSkippedNotDeadLettered() {
        String key = "future-" + HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", key, "hazard.closed.v9", HazardEvents.newId(), "{\"whatever\":1}");
        String hazardId = HazardEvents.newId();
        TestEvents.send(bootstrap, "hazard.events", key, "hazard.reported.v1", HazardEvents.newId(),
                HazardEvents.reported(hazardId, "未来事件之后", VILLAGE, "GENERAL"));
        awaitTasksFor(hazardId, 1);
        assertThat(TopicRecords.readAll(bootstrap, "task-service.dlq")).noneMatch(r -> key.equals(r.key()));
    }

    private List<Map<String, Object>> awaitTasksFor(String hazardId, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> tasksFor(hazardId), t -> t.size() == count);
    }

    private static List<Map<String, Object>> tasksFor(String hazardId) {
        return given().auth().oauth2(token("TOWNSHIP", TOWNSHIP)).queryParam("hazardId", hazardId)
                .get("/tasks").then().statusCode(200).extract().path("items");
    }
}
