package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardResourceTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);

    @Test
    void aReportedHazardIsRecordedWithItsLedgerAndReadBackUnchanged() {
        String title = "餐馆液化气钢瓶与灶具同室存放 🔥";
        var created = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, title))
                .when().post("/hazards")
                .then().statusCode(201)
                .header("Location", containsString("/hazards/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("REPORTED"))
                .body("title", equalTo(title))
                .body("townshipCode", equalTo(Hazards.TOWNSHIP))
                .body("reportedAt", endsWith("+08:00"))
                .body("reporterRole", equalTo("INSPECTOR"))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        given().auth().oauth2(INSPECTOR).when().get("/hazards/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("title", equalTo(title))
                .body("location.address", equalTo("三星乡场镇主街12号"))
                .body("location.latitude", equalTo(30.012345f));

        given().auth().oauth2(INSPECTOR).header("If-None-Match", etag).when().get("/hazards/" + id)
                .then().statusCode(304);

        given().auth().oauth2(INSPECTOR).when().get("/hazards/" + id + "/entries")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].action", equalTo("REPORT"))
                .body("[0].statusAfter", equalTo("REPORTED"))
                .body("[0].actor", equalTo("inspector-" + Hazards.TOWNSHIP));
    }

    @Test
    void aHazardOutsideTheCallersRegionDoesNotExistForThem() {
        String id = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "自建房墙体开裂")).post("/hazards")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(token("TOWNSHIP", "500240214000")).when().get("/hazards/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/not-found"));
        given().auth().oauth2(token("REGULATOR", "500240000000")).when().get("/hazards/" + id)
                .then().statusCode(200);
    }

    @Test
    void nobodyReportsIntoAnotherRegion() {
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.OTHER_TOWNSHIP_VILLAGE, "越界上报")).post("/hazards")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].reason", containsString("outside your region"));
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyAnswersTheFirstResponseAndRecordsOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Hazards.report(Hazards.VILLAGE, "学校门口无减速带");
        String first = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/hazards")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        String again = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/hazards")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/hazards/" + first)).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(countReportsTitled("学校门口无减速带")).isEqualTo(1);

        body.put("title", "另一条隐患");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/hazards")
                .then().statusCode(422)
                .body("type", equalTo("https://hazard-ledger.cn/problems/idempotency-key-reused"));
        assertThat(countReportsTitled("另一条隐患")).isZero();
    }

    @Test
    void listsArePagedByCursorWithoutOverlap() {
        String village = "500240213077";
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                    .body(Hazards.report(village, "分页隐患 " + i)).post("/hazards").then().statusCode(201);
        }
        String villager = token("INSPECTOR", village);
        var page1 = given().auth().oauth2(villager).queryParam("limit", 2).get("/hazards")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue()).extract();
        var page2 = given().auth().oauth2(villager).queryParam("limit", 2).queryParam("cursor", page1.<String>path("nextCursor"))
                .get("/hazards").then().statusCode(200).body("items", hasSize(1)).extract();
        List<String> ids1 = page1.path("items.id");
        List<String> ids2 = page2.path("items.id");
        assertThat(ids1).doesNotContainAnyElementsOf(ids2);
        assertThat(page2.<String>path("nextCursor")).isNull();
        assertThat(page1.<List<String>>path("items.title")).containsExactly("分页隐患 2", "分页隐患 1");

        given().auth().oauth2(villager).queryParam("cursor", "garbage").get("/hazards")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(villager).queryParam("status", "FIXED").get("/hazards")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(villager).queryParam("limit", 1000).get("/hazards")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static int countReportsTitled(String title) {
        List<String> titles = given().auth().oauth2(INSPECTOR).queryParam("limit", 100).get("/hazards")
                .then().statusCode(200).extract().path("items.title");
        return (int) titles.stream().filter(title::equals).count();
    }
}
