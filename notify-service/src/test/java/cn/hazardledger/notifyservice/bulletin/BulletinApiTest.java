package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The bulletin API against stand-ins for hazard- and task-service (StandInSources): what is read from them and
 * with which identity, what is stored and delivered, who may order and read, and what a failed source answers.
 * County 500250 is this test's alone. The same against the real services: deploy/launcher's BulletinIT.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
@WithTestResource(StandInSources.class)
class BulletinApiTest {

    static final String COUNTY = "500250000000";
    static final String TOWNSHIP = "500250101000";
    static final String LEADER = token("LEADER", COUNTY, "leader-500250");

    @AfterEach
    void sourcesAnswerAgain() {
        Sources.mode(StandInSources.Mode.OK);
    }

    @Test
    void aLeaderOrdersABulletinMadeOfTheSourcesAnswersReadWithAServiceIdentity() throws Exception {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> made = order(LEADER, key, Map.of("period", "2026-H1"));
        String id = made.path("id");
        assertThat(made.header("Location")).endsWith("/bulletins/" + id);
        assertThat(made.<String>path("title")).isEqualTo("5002500000002026年上半年安全生产事故隐患排查治理情况通报");
        assertThat(made.<String>path("origin")).isEqualTo("ON_DEMAND");
        assertThat(made.<String>path("orderedBy")).isEqualTo("leader-500250");

        // read with role SYSTEM and the bulletin's region, signed by the key the services trust
        assertThat(Sources.claims()).isNotEmpty().allSatisfy(c -> assertThat(c).contains("\"groups\":[\"SYSTEM\"]")
                .contains("\"region_code\":\"" + COUNTY + "\"").contains("\"iss\":\"https://hazard-ledger.test\""));
        assertThat(Sources.requests()).contains("/statistics?region=" + COUNTY + "&from=2026-01-01&to=2026-06-30")
                .anySatisfy(r -> assertThat(r).startsWith("/hazards?").contains("overdue=true")
                        .contains("reportedFrom=2026-01-01").contains("reportedTo=2026-06-30").contains("cursor=page-2"));

        var figures = given().auth().oauth2(LEADER).get("/bulletins/" + id).then().statusCode(200)
                .body("periodKey", equalTo("2026-H1")).extract().jsonPath();
        assertThat(figures.getInt("figures.statistics.total.figures.general.found")).isEqualTo(3);
        assertThat(figures.getFloat("figures.statistics.total.figures.general.rectificationRate")).isEqualTo(66.7f);
        // two pages of overdue hazards: 3 counted, 1 kept (the test profile's list limit), the rest stated
        assertThat(figures.getInt("figures.overdue.total")).isEqualTo(3);
        assertThat(figures.getList("figures.overdue.items")).hasSize(1);
        assertThat(figures.getString("figures.listed.items[0].supervision.authority")).isEqualTo("县安委办");
        // the region's published campaign only: not the one above it, not a draft
        assertThat(figures.getList("figures.campaigns.campaign.title")).containsExactly("专项整治行动");
        assertThat(figures.getInt("figures.campaigns[0].progress.done")).isEqualTo(3);

        String html = given().auth().oauth2(LEADER).get("/bulletins/" + id + ".html").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().asString();
        assertThat(html).contains("共排查发现隐患4项").contains("<svg").contains("另有2项未列出");
        ExtractableResponse<Response> xlsx = given().auth().oauth2(LEADER).get("/bulletins/" + id + ".xlsx").then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract();
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"bulletin-" + id
                + ".xlsx\"; filename*=UTF-8''500250000000" + FileNames.encode("2026年上半年安全生产事故隐患排查治理情况通报") + ".xlsx")
                .contains("%E5%B9%B4");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertThat(book.getSheet("超期隐患").getRow(1).getCell(0).getStringCellValue()).isEqualTo("YH-500250-2026-000001");
        }

        // the order is a write and the downloads sensitive reads: the county's auditor finds all three
        String auditor = token("AUDITOR", COUNTY, "auditor-500250");
        given().auth().oauth2(auditor).queryParam("subject", "leader-500250").queryParam("limit", "100")
                .get("/audit-records").then().statusCode(200)
                .body("items.find { it.route == '/bulletins' && it.method == 'POST' }.status", equalTo(201))
                .body("items.findAll { it.action == 'bulletin.download' && it.resourceIds.id == '" + id + "' }.route",
                        org.hamcrest.Matchers.containsInAnyOrder("/bulletins/{id}.html", "/bulletins/{id}.xlsx"))
                .body("items.find { it.route == '/bulletins/{id}' }", equalTo(null));

        // delivered once to the county's leaders, pointing at the bulletin
        given().auth().oauth2(token("LEADER", COUNTY, "leader-b")).get("/inbox").then().statusCode(200)
                .body("items.findAll { it.kind == 'BULLETIN' }.subjectId", hasItem(id))
                .body("items.find { it.subjectId == '" + id + "' }.subjectType", equalTo("bulletin"));

        // a retry with the same key answers the first answer and makes nothing more
        int reads = Sources.requests().size();
        ExtractableResponse<Response> again = order(LEADER, key, Map.of("period", "2026-H1"));
        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Sources.requests()).hasSize(reads);
        given().auth().oauth2(LEADER).post("/bulletins").then().statusCode(415);
    }

    @Test
    void aCallerOrdersAndReadsOnlyWithinTheirRegion() {
        String id = order(token("REGULATOR", COUNTY, "desk-500250"), null,
                Map.of("regionCode", TOWNSHIP, "from", "2026-03-01", "to", "2026-05-31")).path("id");
        String township = token("TOWNSHIP", TOWNSHIP, "clerk-500250101");
        given().auth().oauth2(township).get("/bulletins/" + id).then().statusCode(200)
                .body("periodKind", equalTo("CUSTOM")).body("periodKey", equalTo("2026-03-01~2026-05-31"));
        String county = order(LEADER, null, Map.of("period", "2026-Q1")).path("id");
        // the township does not see its county's bulletin; the county sees its township's
        given().auth().oauth2(township).get("/bulletins/" + county).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(township).get("/bulletins/" + county + ".xlsx").then().statusCode(404);
        given().auth().oauth2(township).get("/bulletins").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", not(hasItem(county)));
        given().auth().oauth2(LEADER).get("/bulletins?limit=100").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(county));
        given().auth().oauth2(token("LEADER", "500251000000")).get("/bulletins/" + id).then().statusCode(404);
        given().auth().oauth2(township).contentType("application/json").body(Map.of("regionCode", COUNTY, "period", "2026-H1"))
                .post("/bulletins").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
        for (String role : List.of("INSPECTOR", "ENTERPRISE", "UNIT", "SYSTEM")) {
            given().auth().oauth2(token(role, COUNTY)).get("/bulletins").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/bulletins").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBadOrderIsA400NamingTheField() {
        Map<String, Map<String, Object>> bad = Map.of(
                "period", Map.of("period", "2026-H3"),
                "from", Map.of("period", "2026-H1", "from", "2026-01-01"),
                "to", Map.of("from", "2026-01-01", "to", "2999-01-01"),
                "regionCode", Map.of("regionCode", "000000000000", "period", "2026-H1"),
                "status", Map.of("period", "2026-H1", "status", "ISSUED"));
        bad.forEach((field, body) -> given().auth().oauth2(LEADER).contentType("application/json").body(body)
                .post("/bulletins").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)));
        given().auth().oauth2(LEADER).get("/bulletins?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(LEADER).get("/bulletins/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSourceThatFailsIsA503OrA502AndNothingIsStored() {
        int before = count();
        Sources.mode(StandInSources.Mode.UNAVAILABLE);
        given().auth().oauth2(LEADER).contentType("application/json").body(Map.of("period", "2025-H2"))
                .post("/bulletins").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body("type", equalTo("https://hazard-ledger.cn/problems/source-unavailable"))
                .body("status", equalTo(503));
        Sources.mode(StandInSources.Mode.BROKEN);
        given().auth().oauth2(LEADER).contentType("application/json").body(Map.of("period", "2025-H2"))
                .post("/bulletins").then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/source-failed"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperationsDocumentEveryAnswerWithExamples() {
        Map<String, Object> post = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths.'/bulletins'.post.responses");
        assertThat(post).containsKeys("201", "400", "401", "403", "415", "422", "502", "503");
        for (String status : List.of("400", "422", "502", "503")) {
            Map<String, Object> problem = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    post.get(status)).get("content")).get("application/problem+json");
            assertThat(problem).as(status).containsKey("examples");
        }
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().extract().path("paths");
        assertThat(paths).containsKeys("/bulletins/{id}", "/bulletins/{id}.html", "/bulletins/{id}.xlsx");
    }

    private static int count() {
        return given().auth().oauth2(LEADER).get("/bulletins?limit=100").then().statusCode(200)
                .extract().<List<Object>>path("items").size();
    }

    private static ExtractableResponse<Response> order(String token, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/bulletins").then().statusCode(201).extract();
    }
}
