package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each shipped rule over the real broker: the event goes in, the right inbox holds the right kind of notification. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class DefaultRoutingTest {

    private static final String TOWNSHIP = "500240218000";
    private static final String VILLAGE = "500240218005";
    private static final String COUNTY = "500240000000";
    private static final String CREDIT = "91350100M000100Y43";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private record Expect(String token, String subjectId, String kind) {
    }

    @Test
    void everyShippedRuleReachesItsRecipientsThroughTheBroker() {
        List<Expect> expected = new ArrayList<>();
        String township = token("TOWNSHIP", TOWNSHIP);
        String regulator = token("REGULATOR", COUNTY);
        String enterprise = token("ENTERPRISE", VILLAGE, "boss-1", Map.of("credit_code", CREDIT));
        String unit = token("UNIT", COUNTY, "unit-1", Map.of("unit_code", "500240-YJJ", "unit_name", "应急办"));
        // the township's 应急办, whom its campaign's table names; the county's unit of the same name is another unit
        String townshipUnit = token("UNIT", TOWNSHIP, "unit-2", Map.of("unit_code", "SX-YJB", "unit_name", "应急办"));
        String department = token("UNIT", COUNTY, "unit-2", Map.of("unit_code", "500240-ZJW", "unit_name", "住建委"));
        String leader = token("LEADER", TOWNSHIP, "leader-1", Map.of("name", "肖永富"));

        String general = Events.id();
        hazardEvent(general, "hazard.reported.v1", Events.hazardReported(general, "灶具同室", VILLAGE, "GENERAL"));
        expected.add(new Expect(township, general, "HAZARD_REPORTED"));

        String major = Events.id();
        hazardEvent(major, "hazard.reported.v1", Events.hazardReported(major, "墙体开裂", VILLAGE, "MAJOR"));
        expected.add(new Expect(township, major, "DUAL_REPORT"));
        expected.add(new Expect(regulator, major, "DUAL_REPORT"));

        String listed = Events.id();
        hazardEvent(listed, "hazard.listed-for-supervision.v1", Events.listed(Events.hazard(listed, "储罐区", VILLAGE,
                "MAJOR", "RECTIFYING", "UNIT", "500240-YJJ", CREDIT, "2026-12-31"), "COUNTY"));
        expected.add(new Expect(enterprise, listed, "LISTED_FOR_SUPERVISION"));
        expected.add(new Expect(unit, listed, "LISTED_FOR_SUPERVISION"));
        expected.add(new Expect(regulator, listed, "LISTED_FOR_SUPERVISION"));

        String task = Events.id();
        TestEvents.send(bootstrap, "task.events", task, "task.created.v1", Events.id(),
                Events.taskCreated(task, "核实隐患：烟花爆竹", TOWNSHIP, "TOWNSHIP"));
        expected.add(new Expect(township, task, "TASK_ASSIGNED"));

        String campaign = Events.id();
        String campaignTask = Events.id();
        TestEvents.send(bootstrap, "task.events", campaign, "campaign.task-assigned.v1", Events.id(),
                Events.campaignTask("campaign.task-assigned.v1", campaign, campaignTask, "开展燃气排查", TOWNSHIP,
                        "[\"肖永富\"]", "[\"应急办\"]", null));
        expected.add(new Expect(townshipUnit, campaignTask, "TASK_ASSIGNED"));
        TestEvents.send(bootstrap, "task.events", campaign, "campaign.progress-reported.v1", Events.id(),
                Events.progressReported(campaign, campaignTask, "开展燃气排查", TOWNSHIP, "[\"肖永富\"]", "[\"应急办\"]"));
        expected.add(new Expect(leader, campaignTask, "PROGRESS_REPORTED"));

        String near = Events.id();
        hazardEvent(near, "hazard.deadline-approaching.v1", Events.hazardDeadline("hazard.deadline-approaching.v1",
                Events.hazard(near, "灭火器过期", VILLAGE, "GENERAL", "RECTIFYING", "ENTERPRISE", CREDIT, CREDIT,
                        "2026-11-28"), "2026-11-28", 2));
        expected.add(new Expect(enterprise, near, "DEADLINE_APPROACHING"));

        String overdue = Events.id();
        hazardEvent(overdue, "hazard.overdue.v1", Events.hazardDeadline("hazard.overdue.v1",
                Events.hazard(overdue, "消防通道堵塞", VILLAGE, "GENERAL", "RECTIFYING", "ENTERPRISE", CREDIT, CREDIT,
                        "2026-11-20"), "2026-11-20", -6));
        expected.add(new Expect(enterprise, overdue, "OVERDUE"));
        expected.add(new Expect(township, overdue, "OVERDUE"));

        String taskOverdue = Events.id();
        TestEvents.send(bootstrap, "task.events", taskOverdue, "task.overdue.v1", Events.id(),
                Events.taskDeadline("task.overdue.v1", "TASK", taskOverdue, "核实隐患：河道", TOWNSHIP, "TOWNSHIP",
                        TOWNSHIP, "[]", "[]", null, "2026-11-20", -2));
        expected.add(new Expect(township, taskOverdue, "OVERDUE"));
        expected.add(new Expect(regulator, taskOverdue, "OVERDUE"));

        String escalated = Events.id();
        hazardEvent(escalated, "hazard.escalated.v1", Events.hazardStep("hazard.escalated.v1",
                Events.hazard(escalated, "河道护栏", VILLAGE, "GENERAL", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null),
                "PUSH_TO_DEPARTMENT", "\"to\":\"INDUSTRY_DEPARTMENT\",\"departmentCode\":\"500240-ZJW\","
                        + "\"departmentName\":\"县住建委\""));
        expected.add(new Expect(department, escalated, "ESCALATED"));

        // reported as general, made major at 定级: the dual report comes with the confirmation
        String upgraded = Events.id();
        hazardEvent(upgraded, "hazard.reported.v1", Events.hazardReported(upgraded, "储气罐无泄压阀", VILLAGE, "GENERAL"));
        hazardEvent(upgraded, "hazard.confirmed.v1", Events.hazardConfirmed(upgraded, VILLAGE, "MAJOR",
                Events.hazard(upgraded, "储气罐无泄压阀", VILLAGE, "MAJOR", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null)));
        expected.add(new Expect(regulator, upgraded, "DUAL_REPORT"));

        String period = Events.id();
        TestEvents.send(bootstrap, "task.events", campaign, "campaign.instance-opened.v1", Events.id(),
                Events.campaignTask("campaign.instance-opened.v1", campaign, period, "每月燃气巡查", TOWNSHIP,
                        "[\"肖永富\"]", "[\"应急办\"]", "2026-M12"));
        expected.add(new Expect(townshipUnit, period + "/2026-M12", "TASK_ASSIGNED"));

        String taskNear = Events.id();
        TestEvents.send(bootstrap, "task.events", taskNear, "task.deadline-approaching.v1", Events.id(),
                Events.taskDeadline("task.deadline-approaching.v1", "TASK", taskNear, "核实隐患：桥梁", TOWNSHIP,
                        "TOWNSHIP", TOWNSHIP, "[]", "[]", null, "2026-11-28", 2));
        expected.add(new Expect(township, taskNear, "DEADLINE_APPROACHING"));

        String pooled = Events.id();
        hazardEvent(pooled, "hazard.escalated.v1", Events.hazardStep("hazard.escalated.v1",
                Events.hazard(pooled, "山体滑坡隐患", VILLAGE, "MAJOR", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null),
                "ESCALATE", "\"to\":\"COUNTY_POOL\",\"poolRegionCode\":\"" + COUNTY + "\""));
        expected.add(new Expect(regulator, pooled, "ESCALATED"));

        for (Expect e : expected) {
            List<Map<String, Object>> items = await().atMost(Duration.ofSeconds(30))
                    .until(() -> about(e.token(), e.subjectId()), l -> !l.isEmpty());
            assertThat(items).as(e.kind() + " about " + e.subjectId()).hasSize(1);
            assertThat(items.get(0)).containsEntry("kind", e.kind());
            assertThat((String) items.get(0).get("rule")).startsWith("default:");
        }
        // the general hazard went to its township only, and a whistle-blower-free route has no public inbox at all
        assertThat(about(regulator, general)).isEmpty();
        assertThat(about(token("ENTERPRISE", VILLAGE, "boss-2", Map.of("credit_code", "914403001922038216")), listed))
                .isEmpty();
        // a party named by its name reads in exactly its region: the county's 应急办 is not the township's
        assertThat(about(unit, campaignTask)).isEmpty();
    }

    private void hazardEvent(String key, String type, String payload) {
        TestEvents.send(bootstrap, "hazard.events", key, type, Events.id(), payload);
    }

    static List<Map<String, Object>> about(String token, String subjectId) {
        return given().auth().oauth2(token).queryParam("subjectId", subjectId).queryParam("limit", 100).get("/inbox")
                .then().statusCode(200).extract().path("items");
    }
}
