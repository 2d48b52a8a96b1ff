package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A campaign and its breakdown table through the REST API, with the real database. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class CampaignApiTest {

    static final String TOWNSHIP = token("TOWNSHIP", "500240213000", "township-clerk-1");
    static final String VILLAGER = token("INSPECTOR", "500240213005");
    static final String OTHER_TOWNSHIP = token("TOWNSHIP", "500240214000");

    @Inject
    EntityManager em;

    @Test
    void theSeedTableImportsAsEightActions25KeyTasksAnd34SpecificTasksAndOnlyOnce() throws IOException {
        String id = create("三星乡2023年安全生产专项整治行动方案");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().statusCode(200).extract().header("ETag");
        byte[] fixture = fixture();

        var first = given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(fixture)
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200)
                .body("changed", equalTo(true)).body("counts.actions", equalTo(8))
                .body("counts.keyTasks", equalTo(25)).body("counts.specificTasks", equalTo(34))
                // a 2023 campaign read today: its dated tasks are past their deadlines and none is done
                .body("counts.overdue", org.hamcrest.Matchers.greaterThan(0)).body("counts.done", equalTo(0)).extract();
        given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", first.header("ETag")).body(fixture)
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200).body("changed", equalTo(false));

        JsonPath tree = given().auth().oauth2(VILLAGER).get("/campaigns/" + id + "/tree").then().statusCode(200)
                .body("total.specificTasks", equalTo(34)).body("actions", org.hamcrest.Matchers.hasSize(8))
                .extract().jsonPath();
        List<Map<String, Object>> specific = tree.getList("actions.keyTasks.flatten().specificTasks.flatten()");
        Map<String, Object> eleven = specific.stream().filter(s -> "11".equals(s.get("number"))).findFirst().orElseThrow();
        Map<String, Object> twelve = specific.stream().filter(s -> "12".equals(s.get("number"))).findFirst().orElseThrow();
        assertThat(twelve.get("leaders")).isEqualTo(eleven.get("leaders"));
        assertThat(twelve.get("units")).isEqualTo(eleven.get("units"));
        assertThat(twelve.get("deadlineWords")).isEqualTo(eleven.get("deadlineWords"));

        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery("SELECT payload FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2")
                .setParameter(1, id).setParameter(2, "campaign.breakdown-imported.v1").getResultList();
        assertThat(payloads).singleElement().satisfies(p -> ProducerSchemas.valid("campaign.breakdown-imported.v1", p));
    }

    @Test
    void theExportIsAnXlsxWhoseImportGivesTheSameBreakdown() throws IOException {
        String original = create("导出原件");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + original).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(fixture())
                .put("/campaigns/" + original + "/breakdown").then().statusCode(200);
        byte[] xlsx = given().auth().oauth2(TOWNSHIP).accept(CampaignResource.XLSX).get("/campaigns/" + original + "/breakdown")
                .then().statusCode(200).contentType(CampaignResource.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertThat(xlsx).startsWith(0x50, 0x4b);

        String copy = create("导出再导入");
        String copyTag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + copy).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(CampaignResource.XLSX).header("If-Match", copyTag).body(xlsx)
                .put("/campaigns/" + copy + "/breakdown").then().statusCode(200).body("counts.specificTasks", equalTo(34));
        assertThat(specificTasks(copy)).isEqualTo(specificTasks(original));
    }

    private static List<List<Object>> specificTasks(String campaign) {
        List<Map<String, Object>> tasks = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + campaign + "/tasks").then()
                .statusCode(200).extract().jsonPath().getList("");
        return tasks.stream().map(t -> List.of(t.get("number"), t.get("text"), t.get("leaders"), t.get("units"),
                String.valueOf(t.get("deadline")), t.get("deadlineWords"), String.valueOf(t.get("cadence")),
                String.valueOf(t.get("remarks")))).toList();
    }

    @Test
    void aBadTableImportsNothingAndNamesEveryBadRowAndColumnInChinese() throws IOException {
        String id = create("坏表");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().extract().header("ETag");
        String bad = new String(fixture(), StandardCharsets.UTF_8).replaceFirst("5月15日前", "六月中旬");
        given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag)
                .body(bad.getBytes(StandardCharsets.UTF_8)).put("/campaigns/" + id + "/breakdown").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("完成时限")).body("errors[0].reason", containsString("六月中旬"))
                .body("problems[0].row", equalTo(3));
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tree").then().body("total.specificTasks", equalTo(0));
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().body("breakdownSha256", equalTo(null));
    }

    @Test
    void campaignsAreSeenInTheirRegionAndFromBelowButNotFromElsewhere() {
        String id = create("可见范围");
        given().auth().oauth2(VILLAGER).get("/campaigns/" + id).then().statusCode(200);
        given().auth().oauth2(OTHER_TOWNSHIP).get("/campaigns/" + id).then().statusCode(404);
        given().auth().oauth2(VILLAGER).get("/campaigns?limit=100").then().body("items.id", hasItem(id));
        given().auth().oauth2(OTHER_TOWNSHIP).get("/campaigns?limit=100").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(VILLAGER).contentType(ContentType.JSON).body(request("村里不能建")).post("/campaigns")
                .then().statusCode(403);
    }

    @Test
    void aCountysCampaignIsReadByItsTownshipsButChangedOnlyByTheCounty() throws IOException {
        // docs/access.md: a campaign of a region above is read from below, never changed from there
        String county = token("REGULATOR", "500240000000", "county-regulator");
        Map<String, Object> body = new java.util.HashMap<>(request("县级专项行动"));
        body.put("regionCode", "500240000000");
        String id = given().auth().oauth2(county).contentType(ContentType.JSON).body(body).post("/campaigns")
                .then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().statusCode(200).extract().header("ETag");

        given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(fixture())
                .put("/campaigns/" + id + "/breakdown").then().statusCode(403)
                .body("detail", containsString("wider region than yours"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .post("/campaigns/" + id + "/publication").then().statusCode(403);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .post("/campaigns/" + id + "/closure").then().statusCode(403);
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().statusCode(200).header("ETag", etag)
                .body("breakdownSha256", equalTo(null));

        given().auth().oauth2(county).contentType("text/csv").header("If-Match", etag).body(fixture())
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200);
        // out of sight it is still a 404, for the county's regulator of another county as for anyone
        given().auth().oauth2(token("REGULATOR", "500241000000", "other-county")).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of()).post("/campaigns/" + id + "/closure").then().statusCode(404);
    }

    @Test
    void aServiceIdentityReadsTheProgressOfItsRegionsCampaignsAndChangesNothing() throws IOException {
        // notify-service's bulletins read campaign progress with role SYSTEM and the bulletin's region
        String id = create("通报读取进展");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().extract().header("ETag");
        String imported = given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(fixture())
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", imported).body(Map.of())
                .post("/campaigns/" + id + "/publication").then().statusCode(200);
        String county = token("SYSTEM", "500240000000", "notify-service");
        given().auth().oauth2(county).get("/campaigns?limit=100").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(county).get("/campaigns/" + id + "/tree").then().statusCode(200)
                .body("total.specificTasks", equalTo(34)).body("total.done", equalTo(0));
        given().auth().oauth2(token("SYSTEM", "500240214000", "notify-service")).get("/campaigns/" + id + "/tree")
                .then().statusCode(404);
        given().auth().oauth2(county).contentType(ContentType.JSON).body(request("系统不能建")).post("/campaigns")
                .then().statusCode(403);
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("text", "系统不报进展", "completes", true))
                .post("/campaigns/" + id + "/tasks/" + given().auth().oauth2(county).get("/campaigns/" + id + "/tasks")
                        .then().extract().jsonPath().getString("[0].id") + "/reports").then().statusCode(403);
    }

    @Test
    void aPublishedCampaignsTasksTakeProgressFromTheUnitsAndLeadersTheyNameAndAFinalReportCompletesOne() throws IOException {
        String id = create("进展报告");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().extract().header("ETag");
        String afterImport = given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(fixture())
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200).extract().header("ETag");
        JsonPath firstTask = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tasks?unit=党政办").then()
                .statusCode(200).extract().jsonPath();
        String taskId = firstTask.getString("[0].id");
        Map<String, Object> progress = Map.of("text", "已召开党委会议专题学习", "completes", false);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(progress)
                .post("/campaigns/" + id + "/tasks/" + taskId + "/reports").then().statusCode(409)
                .body("currentStatus", equalTo("DRAFT"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", afterImport).body(Map.of())
                .post("/campaigns/" + id + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));

        String office = token("UNIT", "500240213000", "dzb-1", Map.of("unit_code", "SX-DZB", "unit_name", "党政办"));
        String stranger = token("UNIT", "500240213000", "jgb-1", Map.of("unit_code", "SX-JGB", "unit_name", "经发办"));
        String leader = token("LEADER", "500240213000", "xiao", Map.of("name", "肖永富"));
        given().auth().oauth2(office).get("/campaigns/" + id + "/tasks").then().statusCode(200)
                .body("id", hasItem(taskId)).body("units.flatten()", hasItem("党政办"));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(progress)
                .post("/campaigns/" + id + "/tasks/" + taskId + "/reports").then().statusCode(403);
        // the same name in a wider region is another unit, another leader: the county's 党政办 sees the township's
        // campaign but does not report on the township 党政办's task
        given().auth().oauth2(token("UNIT", "500240000000", "county-dzb", Map.of("unit_code", "ZX-DZB", "unit_name", "党政办")))
                .contentType(ContentType.JSON).body(progress).post("/campaigns/" + id + "/tasks/" + taskId + "/reports")
                .then().statusCode(403).body("detail", containsString("of its region"));
        given().auth().oauth2(token("LEADER", "500240000000", "county-xiao", Map.of("name", "肖永富")))
                .contentType(ContentType.JSON).body(progress).post("/campaigns/" + id + "/tasks/" + taskId + "/reports")
                .then().statusCode(403);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(progress)
                .post("/campaigns/" + id + "/tasks/" + taskId + "/reports").then().statusCode(201)
                .body("taskStatus", equalTo("OPEN")).body("reporterUnit", equalTo("党政办"));
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("text", "已形成会议纪要并备案", "completes", true, "evidence", List.of("https://example.gov.cn/minutes/1")))
                .post("/campaigns/" + id + "/tasks/" + taskId + "/reports").then().statusCode(201)
                .body("taskStatus", equalTo("DONE"));
        given().auth().oauth2(office).contentType(ContentType.JSON).body(progress)
                .post("/campaigns/" + id + "/tasks/" + taskId + "/reports").then().statusCode(409)
                .body("currentStatus", equalTo("DONE"));
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tree").then().body("total.done", equalTo(1))
                .body("actions[0].progress.done", equalTo(1));
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tasks/" + taskId + "/reports").then()
                .body("completes", org.hamcrest.Matchers.contains(false, true));
        String published = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", published).body(Map.of())
                .post("/campaigns/" + id + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        String other = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tasks").then().extract()
                .jsonPath().getString("[5].id");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(progress)
                .post("/campaigns/" + id + "/tasks/" + other + "/reports").then().statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));

        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT type, payload FROM outbox_event WHERE aggregate_id = ?1 ORDER BY seq")
                .setParameter(1, id).getResultList();
        assertThat(events).extracting(e -> (String) e[0]).containsSubsequence("campaign.breakdown-imported.v1",
                "campaign.published.v1", "campaign.task-assigned.v1", "campaign.progress-reported.v1",
                "campaign.progress-reported.v1", "campaign.task-completed.v1");
        assertThat(events).filteredOn(e -> "campaign.task-assigned.v1".equals(e[0])).hasSize(34);
        events.forEach(e -> ProducerSchemas.valid((String) e[0], (String) e[1]));
    }

    private String create(String title) {
        return given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(request(title)).post("/campaigns")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static Map<String, Object> request(String title) {
        return Map.of("title", title, "documentNumber", "三星府发〔2023〕76号", "issuingBody", "三星乡人民政府",
                "regionCode", "500240213000", "year", 2023,
                "phases", List.of(Map.of("name", "动员部署", "endsOn", "2023-05-20"), Map.of("name", "建章立制")));
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = CampaignApiTest.class.getResourceAsStream("/breakdown/sanxing-2023-task-breakdown.csv")) {
            return in.readAllBytes();
        }
    }
}
