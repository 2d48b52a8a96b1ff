package cn.hazardledger.taskservice.rectification;

import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import cn.hazardledger.testsupport.TopicRecords;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rectifying hazard's task follows the hazard's events over the real broker; every payload is checked against
 * hazard-service's schema, so a change to that contract breaks this test.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class RectificationTasksTest {

    private static final String VILLAGE = "500240213005";
    private static final String CREDIT_CODE = "91350100M000100Y43";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void thePlanOpensTheEnterprisesTaskWhichFollowsTheHazardToItsClosure() {
        String hazardId = UUID.randomUUID().toString();
        send(hazardId, "hazard.rectification-planned.v1", 3, "RECTIFYING", "2026-12-31", false);
        Map<String, Object> task = awaitTask(hazardId, t -> true);
        assertThat(task).containsEntry("kind", "RECTIFY_HAZARD").containsEntry("assigneeRole", "ENTERPRISE")
                .containsEntry("assigneeCode", CREDIT_CODE).containsEntry("status", "OPEN")
                .containsEntry("dueAt", "2026-12-31T23:59:59.999+08:00").containsEntry("regionCode", VILLAGE);

        send(hazardId, "hazard.extension-decided.v1", 5, "RECTIFYING", "2027-01-15", false);
        awaitTask(hazardId, t -> "2027-01-15T23:59:59.999+08:00".equals(t.get("dueAt")));
        send(hazardId, "hazard.listed-for-supervision.v1", 6, "RECTIFYING", "2027-01-15", true);
        awaitTask(hazardId, t -> Boolean.TRUE.equals(t.get("supervised")));
        send(hazardId, "hazard.submitted.v1", 7, "SUBMITTED", "2027-01-15", true);
        awaitTask(hazardId, t -> "SUBMITTED".equals(t.get("status")));
        // an older step redelivered after a newer one changes nothing
        send(hazardId, "hazard.rectification-planned.v1", 3, "RECTIFYING", "2026-12-31", false);
        send(hazardId, "hazard.closed.v1", 8, "CLOSED", "2027-01-15", true);
        Map<String, Object> done = awaitTask(hazardId, t -> "DONE".equals(t.get("status")));
        assertThat(done).containsEntry("dueAt", "2027-01-15T23:59:59.999+08:00").containsEntry("supervised", true);

        String taskId = (String) done.get("id");
        // the enterprise sees its own task; another enterprise and a unit of the same region do not
        given().auth().oauth2(token("ENTERPRISE", "500240213000", "boss-1", Map.of("credit_code", CREDIT_CODE)))
                .get("/tasks/" + taskId).then().statusCode(200);
        given().auth().oauth2(token("ENTERPRISE", "500240213000", "boss-2", Map.of("credit_code", "914403001922038216")))
                .get("/tasks/" + taskId).then().statusCode(404);
        given().auth().oauth2(token("UNIT", "500240213000", "unit-1", Map.of("unit_code", "SX-YJB", "unit_name", "应急办")))
                .queryParam("hazardId", hazardId).get("/tasks").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        List<String> types = await().atMost(Duration.ofSeconds(20)).until(() -> TopicRecords.readAll(bootstrap, "task.events")
                .stream().filter(r -> taskId.equals(r.key())).map(r -> TopicRecords.header(r, "ce_type")).toList(),
                t -> t.size() == 2);
        assertThat(types).containsExactly("task.created.v1", "task.completed.v1");
    }

    @Test
    void anOnTheSpotFixOpensNoRectificationTaskButAReopeningDoes() {
        String hazardId = UUID.randomUUID().toString();
        send(hazardId, "hazard.fixed-on-spot.v1", 3, "SUBMITTED", null, false);
        send(hazardId, "hazard.reopened.v1", 5, "RECTIFYING", "2027-02-01", false);
        Map<String, Object> task = awaitTask(hazardId, t -> true);
        assertThat(task).containsEntry("status", "OPEN").containsEntry("dueAt", "2027-02-01T23:59:59.999+08:00");
        assertThat(tasksFor(hazardId)).hasSize(1);
    }

    private void send(String hazardId, String type, int sequence, String status, String deadline, boolean listed) {
        String extra = switch (type) {
            case "hazard.rectification-planned.v1" -> """
                    ,"plan":{"revision":1,"responsibleName":"张建国","responsiblePost":"安全主管","measures":"更换灶具",
                     "fundsYuan":3500.00,"fundsSource":"企业自筹","deadline":"%s","contingencyPlan":"停用燃气"}""".formatted(deadline);
            case "hazard.extension-decided.v1" -> """
                    ,"extensionId":"%s","decision":"APPROVED","proposedDeadline":"%s\"""".formatted(UUID.randomUUID(), deadline);
            case "hazard.listed-for-supervision.v1" -> """
                    ,"listingLevel":"COUNTY","authority":"忠县安委办","documentNumber":"忠安办督〔2026〕1号","listingDeadline":"2027-01-31\"""";
            case "hazard.submitted.v1", "hazard.fixed-on-spot.v1" -> """
                    ,"summary":"已整改","measures":"已整改","evidence":[{"id":"%s","kind":"PHOTO","mediaType":"image/jpeg",
                     "sha256":"%s"}]""".formatted(UUID.randomUUID(), "a".repeat(64));
            case "hazard.reopened.v1" -> ",\"reason\":\"回头看发现反弹\"";
            default -> "";
        };
        String payload = """
                {"hazard":{"hazardId":"%s","ledgerNumber":"YH-500240-2026-000007","title":"后厨液化气钢瓶与灶具同室",
                 "regionCode":"%s","townshipCode":"500240213000","countyCode":"500240000000","industry":"GAS",
                 "level":"GENERAL","riskColour":"YELLOW","hazardType":"OBJECT","status":"%s","deadline":%s,
                 "overdue":false,"responsible":{"kind":"ENTERPRISE","code":"%s","name":"好再来餐馆",
                 "personName":"张建国","personPost":"安全主管"},"enterpriseName":"好再来餐馆",
                 "enterpriseCreditCode":"%s","poolRegionCode":null,"departmentCode":null,"departmentName":null,
                 "listedForSupervision":%s},
                 "step":{"action":"X","by":"boss-1","role":"ENTERPRISE","at":"2026-11-26T10:00:00+08:00","entrySequence":%d}%s}"""
                .formatted(hazardId, VILLAGE, status, deadline == null ? "null" : "\"" + deadline + "\"", CREDIT_CODE,
                        CREDIT_CODE, listed, sequence, extra)
                .replace("\"action\":\"X\"", "\"action\":\"" + action(type) + "\"");
        TestEvents.send(bootstrap, "hazard.events", hazardId, type, UUID.randomUUID().toString(),
                ProducerSchemas.valid(type, payload));
    }

    private static String action(String type) {
        return switch (type) {
            case "hazard.rectification-planned.v1" -> "PLAN_RECTIFICATION";
            case "hazard.extension-decided.v1" -> "APPROVE_EXTENSION";
            case "hazard.listed-for-supervision.v1" -> "LIST_FOR_SUPERVISION";
            case "hazard.submitted.v1" -> "SUBMIT_RECTIFICATION";
            case "hazard.fixed-on-spot.v1" -> "FIX_ON_SPOT";
            case "hazard.closed.v1" -> "CLOSE";
            case "hazard.reopened.v1" -> "REOPEN";
            default -> throw new IllegalArgumentException(type);
        };
    }

    private Map<String, Object> awaitTask(String hazardId, java.util.function.Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> tasksFor(hazardId).stream()
                .filter(t -> "RECTIFY_HAZARD".equals(t.get("kind"))).findFirst().orElse(null), t -> t != null && until.test(t));
    }

    private List<Map<String, Object>> tasksFor(String hazardId) {
        return given().auth().oauth2(token("TOWNSHIP", "500240213000")).queryParam("hazardId", hazardId)
                .get("/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
