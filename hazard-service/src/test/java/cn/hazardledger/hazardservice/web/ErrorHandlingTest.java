package cn.hazardledger.hazardservice.web;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bad input, bad tokens and bad routes all answer problem+json, and change nothing. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class ErrorHandlingTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);

    @Test
    void invalidFieldsAreEachNamedWithTheirReason() {
        Map<String, Object> body = Hazards.report("5002402130", " ");
        body.remove("level");
        body.put("location", Map.of("latitude", 123.0));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/hazards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/validation"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("level", "location.latitude", "regionCode", "title"))
                .body("detail", containsString("regionCode"));
        List<String> titles = given().auth().oauth2(INSPECTOR).get("/hazards").then().extract().path("items.title");
        org.assertj.core.api.Assertions.assertThat(titles).doesNotContain(" ");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Map<String, Object> body = Hazards.report(Hazards.VILLAGE, "燃气");
        body.put("industry", "NUCLEAR");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/hazards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("industry"))
                .body("errors[0].reason", containsString("GAS"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body("{\"title\": \"未闭合")
                .when().post("/hazards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/malformed-request"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthenticated() {
        given().contentType(ContentType.JSON).body(Hazards.report(Hazards.VILLAGE, "无令牌"))
                .when().post("/hazards")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        for (String bad : List.of("not-a-jwt", TestTokens.signedByAnotherKey("INSPECTOR", Hazards.TOWNSHIP),
                TestTokens.withIssuer("https://evil.example", "INSPECTOR", Hazards.TOWNSHIP),
                TestTokens.expired("INSPECTOR", Hazards.TOWNSHIP))) {
            given().auth().oauth2(bad).when().get("/hazards")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aRoleThatMayNotReportIsForbidden() {
        given().auth().oauth2(token("PUBLIC", Hazards.TOWNSHIP)).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "群众")).when().post("/hazards")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/forbidden"));
    }

    @Test
    void aTokenWithoutARegionSeesNothing() {
        given().auth().oauth2(TestTokens.withoutRegion("REGULATOR")).when().get("/hazards")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("region_code"));
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerProblems() {
        given().auth().oauth2(INSPECTOR).when().get("/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(INSPECTOR).when().delete("/hazards")
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(INSPECTOR).when().get("/hazards/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(INSPECTOR).when().get("/hazards/imports")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aWrongContentTypeIsRefusedAsAProblem() {
        given().auth().oauth2(INSPECTOR).contentType(ContentType.TEXT).body("hello")
                .when().post("/hazards")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
