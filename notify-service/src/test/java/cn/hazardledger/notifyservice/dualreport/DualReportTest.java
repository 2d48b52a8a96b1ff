package cn.hazardledger.notifyservice.dualreport;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** 双报告: both sides told once per hazard, each side's acknowledgement, and done only when both acknowledged. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class DualReportTest {

    private static final String TOWNSHIP = "500240219000";
    private static final String VILLAGE = "500240219003";
    private static final String COUNTY = "500240000000";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theDualReportIsDoneOnlyWhenBothSidesAcknowledged() {
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "液氨储罐无喷淋", VILLAGE, "MAJOR"));
        String clerk = token("TOWNSHIP", TOWNSHIP, "clerk-1", Map.of("name", "王五"));
        String head = token("TOWNSHIP", TOWNSHIP, "head-1", Map.of("name", "赵六"));
        String regulator = token("REGULATOR", COUNTY, "reg-1", Map.of("name", "钱七"));
        Map<String, Object> townshipCopy = await().atMost(Duration.ofSeconds(30))
                .until(() -> about(clerk, hazardId), l -> l.size() == 1).get(0);
        Map<String, Object> countyCopy = await().atMost(Duration.ofSeconds(30))
                .until(() -> about(regulator, hazardId), l -> l.size() == 1).get(0);
        assertThat(townshipCopy).containsEntry("dualReportSide", "TOWNSHIP_GOVERNMENT").containsEntry("kind", "DUAL_REPORT");
        assertThat(countyCopy).containsEntry("dualReportSide", "INDUSTRY_DEPARTMENT");

        given().auth().oauth2(regulator).get("/dual-reports/{id}", hazardId).then().statusCode(200)
                .body("done", equalTo(false)).body("doneAt", nullValue()).body("sides", hasSize(2))
                .body("sides[0].side", equalTo("TOWNSHIP_GOVERNMENT")).body("sides[0].acknowledged", equalTo(false))
                .body("sides[0].recipients[0].deliveredAt", notNullValue());
        assertThat(waitingIds(regulator)).contains(hazardId);

        // the clerk reads; the head acknowledges for the whole township side
        given().auth().oauth2(clerk).post("/inbox/{id}/read", townshipCopy.get("id")).then().statusCode(200);
        given().auth().oauth2(head).contentType(ContentType.JSON).body("{\"note\":\"已收悉\"}")
                .post("/inbox/{id}/acknowledge", townshipCopy.get("id")).then().statusCode(200)
                .body("acknowledgement.by", equalTo("head-1")).body("acknowledgement.byName", equalTo("赵六"))
                .body("read", equalTo(true));
        // a second acknowledgement keeps the first
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{}")
                .post("/inbox/{id}/acknowledge", townshipCopy.get("id")).then().statusCode(200)
                .body("acknowledgement.by", equalTo("head-1"));
        given().auth().oauth2(regulator).get("/dual-reports/{id}", hazardId).then().statusCode(200)
                .body("done", equalTo(false))
                .body("sides[0].acknowledged", equalTo(true))
                .body("sides[0].recipients[0].acknowledgedBy", equalTo("head-1"))
                .body("sides[0].recipients[0].note", equalTo("已收悉"))
                .body("sides[0].recipients[0].readBy.reader", org.hamcrest.Matchers.containsInAnyOrder("clerk-1", "head-1"))
                .body("sides[1].acknowledged", equalTo(false));

        given().auth().oauth2(regulator).post("/inbox/{id}/acknowledge", countyCopy.get("id")).then().statusCode(200);
        given().auth().oauth2(regulator).get("/dual-reports/{id}", hazardId).then().statusCode(200)
                .body("done", equalTo(true)).body("doneAt", notNullValue());
        assertThat(waitingIds(regulator)).doesNotContain(hazardId);

        // confirming it as major later does not report it again
        String marker = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.confirmed.v1", Events.id(),
                Events.hazardConfirmed(hazardId, VILLAGE, "MAJOR", Events.hazard(hazardId, "液氨储罐无喷淋", VILLAGE,
                        "MAJOR", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null)));
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(marker, "同一分区的后续事件", VILLAGE, "GENERAL"));
        await().atMost(Duration.ofSeconds(30)).until(() -> about(clerk, marker), l -> l.size() == 1);
        assertThat(about(clerk, hazardId)).hasSize(1);
        assertThat(about(regulator, hazardId)).hasSize(1);
    }

    @Test
    void onlyTheHazardsRegionSeesItsDualReport() {
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "矿山通风不足", VILLAGE, "MAJOR"));
        String township = token("TOWNSHIP", TOWNSHIP);
        await().atMost(Duration.ofSeconds(30)).until(() -> about(township, hazardId), l -> l.size() == 1);
        given().auth().oauth2(township).get("/dual-reports/{id}", hazardId).then().statusCode(200);
        given().auth().oauth2(token("TOWNSHIP", "500240214000")).get("/dual-reports/{id}", hazardId).then().statusCode(404);
        given().auth().oauth2(token("REGULATOR", "500241000000")).get("/dual-reports/{id}", hazardId).then().statusCode(404);
        given().auth().oauth2(token("ENTERPRISE", VILLAGE)).get("/dual-reports/{id}", hazardId).then().statusCode(403);
        given().get("/dual-reports/{id}", hazardId).then().statusCode(401);
        given().auth().oauth2(township).queryParam("done", "perhaps").get("/dual-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("done"));
    }

    private static List<String> waitingIds(String token) {
        return given().auth().oauth2(token).queryParam("done", false).queryParam("limit", 100).get("/dual-reports")
                .then().statusCode(200).extract().path("items.hazardId");
    }

    static List<Map<String, Object>> about(String token, String subjectId) {
        return given().auth().oauth2(token).queryParam("subjectId", subjectId).get("/inbox")
                .then().statusCode(200).extract().path("items");
    }
}
