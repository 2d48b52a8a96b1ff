package cn.hazardledger.hazardservice.supervision;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Major hazards (定级, 双报告, 挂牌督办, 验收销号), duplicates and escalation, through the REST API. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class SupervisionApiTest {

    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1");
    static final String REGULATOR = token("REGULATOR", "500240000000", "county-regulator-1");
    static final String TOWNSHIP_REGULATOR = token("REGULATOR", Hazards.TOWNSHIP, "township-regulator");
    static final String HOUSING_UNIT = token("UNIT", "500240000000", "zjw-officer",
            Map.of("unit_code", "500240-ZJW", "unit_name", "忠县住房和城乡建设委员会"));

    @Inject
    EntityManager em;

    static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    @Test
    void aMajorHazardIsDecidedDualReportedListedClosedByTheCountyAndDelisted() {
        Walk walk = Walk.report(INSPECTOR, Hazards.report(Hazards.VILLAGE, "燃气管道被违章建筑占压"));
        walk.step(TOWNSHIP, "/confirmation", Map.of("level", "MAJOR"), 400).body("errors[0].field", equalTo("standardCode"));
        walk.step(TOWNSHIP, "/confirmation", Map.of("level", "MAJOR", "standardCode", "MEM-2023-10",
                "standardClause", "第四条"), 400).body("errors[0].reason", containsString("does not apply"));
        walk.step(TOWNSHIP, "/confirmation", Map.of("level", "MAJOR", "riskColour", "RED", "standardCode", "MOHURD-2023-4",
                "standardClause", "第六条第（三）项"), 200)
                .body("level", equalTo("MAJOR")).body("riskColour", equalTo("RED"))
                .body("standardCode", equalTo("MOHURD-2023-4"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/entries").then()
                .body("[0].data.level", equalTo("GENERAL"))
                .body("[1].data.level.from", equalTo("GENERAL")).body("[1].data.level.to", equalTo("MAJOR"))
                .body("[1].data.riskColour.to", equalTo("RED"));

        walk.step(INSPECTOR, "/dual-reports", Map.of("recipient", "TOWNSHIP_GOVERNMENT", "recipientName", "三星乡人民政府"), 200)
                .body("dualReport.complete", equalTo(false));
        walk.step(INSPECTOR, "/dual-reports", Map.of("recipient", "TOWNSHIP_GOVERNMENT", "recipientName", "三星乡人民政府"), 409);
        walk.step(INSPECTOR, "/dual-reports", Map.of("recipient", "INDUSTRY_DEPARTMENT", "recipientName", "忠县城市管理局"), 200)
                .body("dualReport.complete", equalTo(true));

        Map<String, Object> listing = Map.of("level", "COUNTY", "authority", "忠县安全生产委员会办公室",
                "documentNumber", "忠安办督〔2026〕12号", "deadline", inDays(60));
        walk.step(TOWNSHIP, "/supervision-listing", listing, 403);
        walk.step(TOWNSHIP_REGULATOR, "/supervision-listing", listing, 403);
        walk.step(REGULATOR, "/supervision-listing", listing, 200).body("supervision.listed", equalTo(true));
        given().auth().oauth2(REGULATOR).get("/hazards?listed=true&limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(walk.id));
        walk.step(REGULATOR, "/delisting", Map.of(), 409).body("refusedAction", equalTo("DELIST"));

        walk.step(TOWNSHIP, "/rectification-plan", Walk.plan(inDays(30)), 200);
        String photo = walk.uploadPhoto(TOWNSHIP);
        walk.step(TOWNSHIP, "/submission", Map.of("summary", "已拆除占压建筑", "evidenceIds", List.of(photo)), 200);
        walk.step(token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-2"), "/closure", Map.of(), 403)
                .body("detail", containsString("验收销号"));
        walk.step(REGULATOR, "/closure", Map.of("note", "验收合格，同意销号"), 200).body("status", equalTo("CLOSED"));
        walk.step(REGULATOR, "/delisting", Map.of("note", "已销号，摘牌"), 200).body("supervision.listed", equalTo(false));
        given().auth().oauth2(REGULATOR).get("/hazards?listed=true&limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(walk.id)));

        assertThat(walk.events(em)).containsExactly("hazard.reported.v1", "hazard.confirmed.v1",
                "hazard.dual-reported.v1", "hazard.dual-reported.v1", "hazard.listed-for-supervision.v1",
                "hazard.rectification-planned.v1", "hazard.submitted.v1", "hazard.closed.v1", "hazard.delisted.v1");
    }

    @Test
    void aDuplicateNamesItsOriginalWhichListsIt() {
        Walk original = Walk.report(INSPECTOR, Hazards.report(Hazards.VILLAGE, "加油站卸油区无静电接地"));
        Walk copy = Walk.report(INSPECTOR, Hazards.report(Hazards.VILLAGE, "加油站卸油时未接地"));
        copy.step(TOWNSHIP, "/rejection", Map.of("reason", "DUPLICATE"), 400).body("errors[0].field", equalTo("duplicateOf"));
        copy.step(TOWNSHIP, "/rejection", Map.of("reason", "DUPLICATE", "duplicateOf", original.id), 200)
                .body("status", equalTo("REJECTED")).body("duplicateOf", equalTo(original.id));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + original.id + "/duplicates").then().statusCode(200)
                .body("id", contains(copy.id));
        assertThat(copy.events(em)).containsExactly("hazard.reported.v1", "hazard.rejected.v1");
    }

    @Test
    void anEscalatedHazardReachesTheCountyPoolAndAPushedOneTheDepartmentsLedger() {
        Map<String, Object> body = new HashMap<>(Hazards.report(Hazards.VILLAGE, "农村自建房改经营性用房无鉴定"));
        body.put("industry", "SELF_BUILT_HOUSING");
        Walk walk = Walk.report(INSPECTOR, body);
        walk.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        given().auth().oauth2(HOUSING_UNIT).get("/hazards/" + walk.id).then().statusCode(404);
        walk.step(TOWNSHIP, "/escalation", Map.of("note", "乡镇无鉴定能力"), 200)
                .body("escalation.poolRegionCode", equalTo("500240000000"));
        walk.step(TOWNSHIP, "/department-push", Map.of("departmentCode", "500240-ZJW", "departmentName", "忠县住房和城乡建设委员会"), 200)
                .body("escalation.departmentCode", equalTo("500240-ZJW"));
        given().auth().oauth2(HOUSING_UNIT).get("/hazards/" + walk.id).then().statusCode(200);
        given().auth().oauth2(HOUSING_UNIT).get("/hazards?limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(walk.id));
        assertThat(walk.events(em)).containsSubsequence("hazard.escalated.v1", "hazard.escalated.v1");
    }
}
