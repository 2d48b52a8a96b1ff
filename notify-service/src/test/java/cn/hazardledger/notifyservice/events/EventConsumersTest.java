package cn.hazardledger.notifyservice.events;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import cn.hazardledger.testsupport.TopicRecords;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class EventConsumersTest {

    private static final String TOWNSHIP = "500240213000";
    private static final String VILLAGE = "500240213001";
    private static final String COUNTY = "500240000000";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aReportedHazardReachesTheTownshipInboxOnly() {
        String hazardId = Events.id();
        // 𠮷 lies outside the BMP: it must survive Kafka, PostgreSQL and JSON as one character
        String title = "𠮷祥饭店液化气钢瓶与灶具同室存放「后厨」";
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, title, VILLAGE, "GENERAL"));

        Map<String, Object> item = awaitItemsAbout(token("TOWNSHIP", TOWNSHIP), hazardId, 1).get(0);
        assertThat(item).containsEntry("kind", "HAZARD_REPORTED").containsEntry("subjectType", "hazard")
                .containsEntry("title", "新隐患待核实：" + title).containsEntry("read", false);
        assertThat((String) item.get("body")).contains("（燃气）").contains("现场检查发现")
                .contains("上报时间 2026-11-24 10:00");
        assertThat(itemsAbout(token("TOWNSHIP", "500240214000"), hazardId)).isEmpty();
        assertThat(itemsAbout(token("REGULATOR", COUNTY), hazardId)).isEmpty();
    }

    @Test
    void aMajorHazardIsDualReported() {
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "自建房墙体开裂仍作民宿经营", VILLAGE, "MAJOR"));
        assertThat(awaitItemsAbout(token("TOWNSHIP", TOWNSHIP), hazardId, 1).get(0))
                .containsEntry("kind", "DUAL_REPORT").containsEntry("dualReportSide", "TOWNSHIP_GOVERNMENT");
        assertThat(awaitItemsAbout(token("REGULATOR", COUNTY), hazardId, 1).get(0))
                .containsEntry("title", "双报告：重大事故隐患 自建房墙体开裂仍作民宿经营")
                .containsEntry("dualReportSide", "INDUSTRY_DEPARTMENT");
    }

    @Test
    void aNewTaskReachesItsAssignee() {
        String taskId = Events.id();
        TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(),
                Events.taskCreated(taskId, "核实隐患：烟花爆竹超量储存", TOWNSHIP, "TOWNSHIP"));
        Map<String, Object> item = awaitItemsAbout(token("TOWNSHIP", TOWNSHIP), taskId, 1).get(0);
        assertThat(item).containsEntry("kind", "TASK_ASSIGNED").containsEntry("subjectType", "task")
                .containsEntry("title", "新任务：核实隐患：烟花爆竹超量储存");
        assertThat((String) item.get("body")).contains("完成时限：2026-11-27 10:00");
    }

    @Test
    void aRectificationTaskReachesItsEnterpriseAndNoOtherEnterprise() {
        String taskId = Events.id();
        String own = "91350100M000100Y43";
        TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(),
                cn.hazardledger.testsupport.ProducerSchemas.valid("task.created.v1", """
                {"taskId":"%s","kind":"RECTIFY_HAZARD","title":"整改隐患：后厨液化气钢瓶","regionCode":"500240213005",
                 "assigneeRole":"ENTERPRISE","assigneeCode":"%s","assigneeName":"好再来餐馆","supervised":false,
                 "hazardId":"%s","dueAt":"2026-12-31T23:59:59.999+08:00","createdAt":"2026-11-26T10:00:01+08:00"}"""
                .formatted(taskId, own, Events.id())));
        String enterprise = token("ENTERPRISE", TOWNSHIP, "boss-1", Map.of("credit_code", own));
        assertThat(awaitItemsAbout(enterprise, taskId, 1).get(0)).containsEntry("kind", "TASK_ASSIGNED");
        String otherEnterprise = token("ENTERPRISE", TOWNSHIP, "boss-2", Map.of("credit_code", "914403001922038216"));
        String anonymousEnterprise = token("ENTERPRISE", "500240213005");
        // delivered (its own enterprise reads it): any other inbox it reached would show it now
        assertThat(itemsAbout(otherEnterprise, taskId)).isEmpty();
        assertThat(itemsAbout(anonymousEnterprise, taskId)).isEmpty();
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String hazardId = Events.id();
        String eventId = Events.id();
        String payload = Events.hazardReported(hazardId, "重复投递", VILLAGE, "GENERAL");
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", eventId, payload);
        String township = token("TOWNSHIP", TOWNSHIP);
        awaitItemsAbout(township, hazardId, 1);
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", eventId, payload);
        // same key, same partition: once the later marker is in, the redelivery has been handled too
        String marker = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(marker, "标记", VILLAGE, "GENERAL"));
        awaitItemsAbout(township, marker, 1);
        assertThat(itemsAbout(township, hazardId)).hasSize(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextEventStillFlows() {
        String notJson = "poison-" + Events.id();
        TestEvents.sendRaw(bootstrap, "hazard.events", notJson, Map.of("ce_specversion", "1.0",
                "ce_id", Events.id(), "ce_type", "hazard.reported.v1"), "<xml>不是JSON</xml>");
        String noId = "no-id-" + Events.id();
        TestEvents.sendRaw(bootstrap, "hazard.events", noId, Map.of("ce_specversion", "1.0",
                "ce_type", "hazard.reported.v1"), Events.hazardReported(Events.id(), "无事件编号", VILLAGE, "GENERAL"));
        String badLevel = "bad-level-" + Events.id();
        TestEvents.send(bootstrap, "hazard.events", badLevel, "hazard.reported.v1", Events.id(),
                Events.hazardReportedUnchecked(Events.id(), "等级错误", VILLAGE, "HUGE"));
        String badRegion = "bad-region-" + Events.id();
        TestEvents.send(bootstrap, "task.events", badRegion, "task.created.v1", Events.id(),
                Events.taskCreatedUnchecked(Events.id(), "区划错误", "5002", "TOWNSHIP"));

        ConsumerRecord<String, String> dead = TopicRecords.awaitKey(bootstrap, "notify-service.dlq", notJson);
        assertThat(TopicRecords.header(dead, "dead-letter-reason")).contains("not valid JSON");
        assertThat(dead.value()).isEqualTo("<xml>不是JSON</xml>");
        assertThat(reasonFor(noId)).contains("ce_id");
        assertThat(reasonFor(badLevel)).contains("level must be one of [GENERAL, MAJOR]");
        assertThat(reasonFor(badRegion)).contains("regionCode is not a 12-digit region code");

        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", notJson, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "毒消息之后", VILLAGE, "GENERAL"));
        awaitItemsAbout(token("TOWNSHIP", TOWNSHIP), hazardId, 1);
        assertThat(consumedCounters()).anyMatch(line -> line.contains("consumer=\"notify-service.task-events\"")
                && line.contains("outcome=\"dead-lettered\"") && line.contains("type=\"task.created.v1\""));
    }

    @Test
    void typesNobodyRoutesAreRecordedNotDeadLettered() {
        String key = "future-" + Events.id();
        TestEvents.send(bootstrap, "hazard.events", key, "hazard.closed.v9", Events.id(), "{\"anything\":1}");
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", key, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "未来事件之后", VILLAGE, "GENERAL"));
        awaitItemsAbout(token("TOWNSHIP", TOWNSHIP), hazardId, 1);
        assertThat(TopicRecords.readAll(bootstrap, "notify-service.dlq")).noneMatch(r -> key.equals(r.key()));
        // still processed: channels that follow events (webhooks) forward types this service does not route
        assertThat(consumedCounters()).anyMatch(line -> line.contains("outcome=\"processed\"")
                && line.contains("type=\"hazard.closed.v9\""));
    }

    private String reasonFor(String key) {
        return TopicRecords.header(TopicRecords.awaitKey(bootstrap, "notify-service.dlq", key), "dead-letter-reason");
    }

    private static List<String> consumedCounters() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("events_consumed_total{")).toList();
    }

    static List<Map<String, Object>> awaitItemsAbout(String token, String subjectId, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> itemsAbout(token, subjectId), l -> l.size() == count);
    }

    static List<Map<String, Object>> itemsAbout(String token, String subjectId) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("limit", 100).get("/inbox")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> subjectId.equals(i.get("subjectId"))).toList();
    }
}
