package cn.hazardledger.hazardservice.web;

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

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "Kafka connection health check"));
    }
}
