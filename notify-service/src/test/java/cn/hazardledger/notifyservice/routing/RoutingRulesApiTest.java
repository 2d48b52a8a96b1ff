package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The admin API of routing rules: scope, validation, concurrency, audit, and a rule that takes effect on the broker. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class RoutingRulesApiTest {

    /** A county of its own, so that its rules change nothing for the other test classes. */
    private static final String COUNTY = "500243000000";
    private static final String VILLAGE = "500243101002";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String regulator = token("REGULATOR", COUNTY, "reg-243", Map.of("name", "孙八"));

    @Test
    void aCountyRuleSendsTheIndustrySideOfItsGasHazardsToTheDepartmentAndIsAudited() {
        String location = create(gasRule(COUNTY)).statusCode(201).header("ETag", "\"0\"")
                .body("builtIn", equalTo(false)).body("updatedBy", equalTo("reg-243"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "燃气调压箱锈蚀", VILLAGE, "MAJOR"));
        String department = token("UNIT", COUNTY, "zjw-1", Map.of("unit_code", "500243-ZJW", "unit_name", "住建委"));
        Map<String, Object> item = await().atMost(Duration.ofSeconds(30))
                .until(() -> DefaultRoutingTest.about(department, hazardId), l -> l.size() == 1).get(0);
        assertThat(item).containsEntry("kind", "DUAL_REPORT").containsEntry("dualReportSide", "INDUSTRY_DEPARTMENT")
                .containsEntry("rule", id);
        // the county's regulator no longer holds the industry side of it; the township still has its own
        assertThat(DefaultRoutingTest.about(regulator, hazardId)).isEmpty();
        assertThat(DefaultRoutingTest.about(token("TOWNSHIP", "500243101000"), hazardId)).hasSize(1);

        // change it (If-Match), then delete it; each change is in the audit trail with before and after
        given().auth().oauth2(regulator).contentType(ContentType.JSON).body(gasRule(COUNTY).replace("住建委", "城管局"))
                .put("/routing-rules/{id}", id).then().statusCode(428);
        given().auth().oauth2(regulator).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(gasRule(COUNTY)).put("/routing-rules/{id}", id).then().statusCode(412);
        given().auth().oauth2(regulator).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(gasRule(COUNTY).replace("报县住建委", "报县城管局")).put("/routing-rules/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("name", containsString("城管局"));
        given().auth().oauth2(regulator).header("If-Match", "\"1\"").delete("/routing-rules/{id}", id).then().statusCode(204);
        given().auth().oauth2(regulator).get("/routing-rules/{id}", id).then().statusCode(404);

        List<Map<String, Object>> audit = given().auth().oauth2(regulator).queryParam("ruleId", id)
                .get("/routing-rules/audit").then().statusCode(200).extract().path("items");
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(audit.get(2)).containsEntry("actor", "reg-243").containsEntry("actorRole", "REGULATOR")
                .containsEntry("actorRegion", COUNTY).containsEntry("before", null);
        assertThat((String) audit.get(1).get("before")).contains("住建委");
        assertThat((String) audit.get(1).get("after")).contains("城管局");
        assertThat(audit.get(0)).containsEntry("after", null);
    }

    @Test
    void shippedRulesAreListedAndReadOnly() {
        given().auth().oauth2(regulator).get("/routing-rules").then().statusCode(200)
                .body("id", hasItems("default:dual-report-industry-reported", "default:hazard-still-overdue"))
                .body("find { it.id == 'default:listed-authority' }.builtIn", equalTo(true));
        given().auth().oauth2(regulator).get("/routing-rules/{id}", "default:escalated").then().statusCode(200)
                .body("audience", equalTo("RECEIVING_SIDE")).header("ETag", nullValue());
        given().auth().oauth2(regulator).header("If-Match", "*").delete("/routing-rules/{id}", "default:escalated")
                .then().statusCode(409).body("detail", containsString("slot"));
        given().auth().oauth2(regulator).get("/routing-rules/{id}", "default:nothing").then().statusCode(404);
        // the collection's own verbs are never taken for an id
        given().auth().oauth2(regulator).header("If-Match", "*").delete("/routing-rules/preview").then().statusCode(405);
        given().auth().oauth2(regulator).contentType(ContentType.JSON).body("{}").put("/routing-rules/audit")
                .then().statusCode(405);
    }

    @Test
    void onlyRegulatorsChangeRulesAndOnlyInsideTheirRegion() {
        create(gasRule("500244000000")).statusCode(403).body("detail", containsString("regionCode"));
        given().auth().oauth2(token("TOWNSHIP", "500243101000")).contentType(ContentType.JSON).body(gasRule(COUNTY))
                .post("/routing-rules").then().statusCode(403);
        given().contentType(ContentType.JSON).body(gasRule(COUNTY)).post("/routing-rules").then().statusCode(401);
        // a rule of another county cannot be seen there
        String other = token("REGULATOR", "500244000000");
        String location = given().auth().oauth2(other).contentType(ContentType.JSON).body(gasRule("500244000000"))
                .post("/routing-rules").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(regulator).get("/routing-rules/{id}", id).then().statusCode(404);
        given().auth().oauth2(regulator).header("If-Match", "\"0\"").delete("/routing-rules/{id}", id).then().statusCode(404);
        // a city's rule applies to the county and is listed there, but only the city changes it
        String city = token("REGULATOR", "500200000000");
        String cityRule = given().auth().oauth2(city).contentType(ContentType.JSON).body(gasRule("500200000000")
                        .replace("\"GAS\"", "\"FIRE\"")).post("/routing-rules").then().statusCode(201)
                .extract().header("Location");
        String cityId = cityRule.substring(cityRule.lastIndexOf('/') + 1);
        given().auth().oauth2(regulator).get("/routing-rules").then().body("id", hasItem(cityId));
        given().auth().oauth2(regulator).header("If-Match", "\"0\"").delete("/routing-rules/{id}", cityId)
                .then().statusCode(403);
        given().auth().oauth2(city).header("If-Match", "\"0\"").delete("/routing-rules/{id}", cityId).then().statusCode(204);
    }

    @Test
    void incoherentRulesAreRefusedFieldByField() {
        create(gasRule(COUNTY).replace("\"audienceRole\":\"UNIT\"", "\"audienceRole\":\"REGULATOR\"")).statusCode(400)
                .body("errors.field", hasItem("audienceParty"));
        create(gasRule(COUNTY).replace("\"audienceLevel\":\"COUNTY\",", "")).statusCode(400)
                .body("errors.field", hasItem("audienceLevel"));
        create(gasRule(COUNTY).replace("hazard.reported.v1", "hazard.exploded.v1")).statusCode(400)
                .body("errors.field", hasItem("eventType"));
        create(gasRule(COUNTY).replace("\"GAS\"", "\"COAL\"")).statusCode(400).body("errors.field", hasItem("industry"));
        create("""
                {"name":"告诉举报人","eventType":"hazard.closed.v1","regionCode":"%s","audience":"ROLE",
                 "audienceRole":"PUBLIC","audienceLevel":"EVENT_REGION","kind":"HAZARD_REPORTED"}""".formatted(COUNTY))
                .statusCode(400).body("errors[0].field", equalTo("audienceRole"))
                .body("errors[0].reason", containsString("whistle-blower"));
        create(gasRule(COUNTY).replace("\"kind\":\"DUAL_REPORT\"", "\"kind\":\"OVERDUE\"")).statusCode(400)
                .body("errors.field", hasItem("dualReportSide"));
        create(gasRule(COUNTY).replace("\"regionCode\":\"" + COUNTY + "\"", "\"regionCode\":\"5002\"")).statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        create(gasRule(COUNTY).replace("\"enabled\":true", "\"enabled\":true,\"version\":3")).statusCode(400);
        assertThat(given().auth().oauth2(regulator).get("/routing-rules").then().extract().<List<String>>path("name"))
                .noneMatch(n -> n.contains("告诉举报人"));
    }

    @Test
    void aPreviewSaysWhoWouldHearWithoutTellingAnyone() {
        String hazardId = Events.id();
        given().auth().oauth2(regulator).contentType(ContentType.JSON).body("""
                        {"eventType":"hazard.reported.v1","regionCode":"%s","data":%s}"""
                        .formatted(VILLAGE, Events.hazardReported(hazardId, "试算", VILLAGE, "MAJOR")))
                .post("/routing-rules/preview").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.contains("TOWNSHIP", "REGULATOR"))
                .body("[1].dualReportSide", equalTo("INDUSTRY_DEPARTMENT")).body("[1].rule", notNullValue());
        assertThat(DefaultRoutingTest.about(regulator, hazardId)).isEmpty();
        given().auth().oauth2(regulator).contentType(ContentType.JSON).body("""
                        {"eventType":"hazard.reported.v1","regionCode":"500244101002","data":{"level":"MAJOR"}}""")
                .post("/routing-rules/preview").then().statusCode(403).body("detail", containsString("regionCode"));
        given().auth().oauth2(regulator).contentType(ContentType.JSON).body("""
                        {"eventType":"hazard.reported.v1","regionCode":"5002"}""")
                .post("/routing-rules/preview").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
    }

    private ValidatableResponse create(String body) {
        return given().auth().oauth2(regulator).contentType(ContentType.JSON).body(body).post("/routing-rules").then();
    }

    private static String gasRule(String region) {
        return """
                {"name":"双报告：燃气隐患报县住建委","eventType":"hazard.reported.v1","regionCode":"%s","industry":"GAS",
                 "level":"MAJOR","audience":"ROLE","audienceRole":"UNIT","audienceLevel":"COUNTY","audienceParty":"%s-ZJW","kind":"DUAL_REPORT",
                 "slot":"dual-report.industry-department","dualReportSide":"INDUSTRY_DEPARTMENT","enabled":true}"""
                .formatted(region, region.substring(0, 6));
    }
}
