package cn.hazardledger.hazardservice.web;

import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** Admins read the API in Swagger UI: the operations, their security and their error answers are documented. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class OpenApiTest {

    @Test
    void everyOperationDocumentsItsProblemAnswersAndTheBearerScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/hazards'.post.responses.'201'", notNullValue())
                .body("paths.'/hazards'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/hazards/{id}'.get.responses", hasKey("404"))
                .body("paths.'/hazards/{id}'.get.responses", hasKey("304"))
                .body("paths.'/hazards/{id}/confirmation'.post.responses", hasKey("409"))
                .body("paths.'/hazards/{id}/confirmation'.post.responses", hasKey("412"))
                .body("paths.'/hazards/{id}/rejection'.post.responses", hasKey("428"))
                .body("paths.'/hazards'.post.responses", hasKey("503"))
                .body("paths.'/hazards'.post.responses", hasKey("415"))
                .body("paths.'/hazards'.get.responses", hasKey("401"))
                .body("components.schemas.Problem.properties", hasKey("errors"))
                .body("components.securitySchemes", hasKey("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * Every step on a hazard (a POST that takes If-Match) documents what it answers when refused, and shows an
     * example body; every read of one hazard its 304; every enum of the API its Chinese names.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyStepDocumentsItsRefusalsAndAnExampleAndEveryEnumItsChineseNames() {
        Map<String, Object> doc = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        int steps = 0;
        for (var path : paths.entrySet()) {
            Map<String, Object> post = (Map<String, Object>) path.getValue().get("post");
            if (post == null || !takesIfMatch(post)) {
                continue;
            }
            steps++;
            Map<String, Object> responses = (Map<String, Object>) post.get("responses");
            assertThat(responses).as(path.getKey()).containsKeys("200", "400", "401", "403", "404", "409", "412", "428");
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    post.get("requestBody")).get("content")).get("application/json");
            assertThat(json).as(path.getKey() + " request example").containsKey("examples");
            Map<String, Object> conflict = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    responses.get("409")).get("content")).get("application/problem+json");
            assertThat(conflict).as(path.getKey() + " 409 example").containsKey("examples");
        }
        assertThat(steps).as("steps on a hazard").isGreaterThanOrEqualTo(16);
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) doc.get("components")).get("schemas");
        for (String e : List.of("HazardStatus", "HazardLevel", "HazardType", "RiskColour", "Industry", "HazardSource",
                "LedgerAction", "SupervisionLevel", "DualReportRecipient")) {
            assertThat((String) schemas.get(e).get("description")).as(e).matches(".*[\\u4e00-\\u9fff].*");
        }
        given().accept("application/json").get("/q/openapi").then()
                .body("paths.'/hazards/{id}'.get.responses", hasKey("304"));
    }

    @SuppressWarnings("unchecked")
    private static boolean takesIfMatch(Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        return parameters.stream().anyMatch(p -> "If-Match".equals(p.get("name")) && "header".equals(p.get("in")));
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "Kafka connection health check"));
    }
}
