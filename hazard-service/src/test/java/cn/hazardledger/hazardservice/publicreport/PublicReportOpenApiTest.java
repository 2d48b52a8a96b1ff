package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every public-report operation documents each status it can answer, with examples, and the open ones no token. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class PublicReportOpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsAnswers() {
        Map<String, Object> doc = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");

        Map<String, Object> intake = paths.get("/public-reports").get("post");
        assertThat(responses(intake)).containsKeys("201", "400", "413", "415", "429");
        assertThat((List<?>) intake.get("security")).as("the intake needs no token").isEmpty();
        assertThat(example(intake, "201")).isNotNull();
        assertThat(example(intake, "429")).isNotNull();
        assertThat((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) intake.get("requestBody"))
                .get("content")).get("application/json")).containsKey("examples");

        Map<String, Object> status = paths.get("/public-reports/{trackingCode}/status").get("get");
        assertThat(responses(status)).containsKeys("200", "404", "429");
        assertThat((List<?>) status.get("security")).isEmpty();
        assertThat((List<Map<String, Object>>) status.get("parameters")).anyMatch(p -> "X-Report-Secret".equals(p.get("name"))
                && "header".equals(p.get("in")));

        Map<String, Object> photos = paths.get("/public-reports/{trackingCode}/photos").get("post");
        assertThat(responses(photos)).containsKeys("201", "400", "404", "409", "413", "415", "429");

        assertThat(responses(paths.get("/public-reports").get("get"))).containsKeys("200", "400", "401", "403");
        assertThat(responses(paths.get("/public-reports/{id}").get("get"))).containsKeys("200", "304", "401", "403", "404");
        for (String step : List.of("acceptance", "duplicate", "not-true", "reward", "reward/approval", "reward/payment")) {
            Map<String, Object> op = paths.get("/public-reports/{id}/" + step).get("post");
            assertThat(responses(op)).as(step).containsKeys("200", "400", "401", "403", "404", "409", "412", "428");
            assertThat(example(op, "409")).as(step + " 409 example").isNotNull();
        }
        Map<String, Object> reveal = paths.get("/public-reports/{id}/reveal").get("post");
        assertThat(responses(reveal)).containsKeys("200", "400", "401", "403", "404");
        assertThat(example(reveal, "400")).isNotNull();
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) doc.get("components")).get("schemas");
        for (String e : List.of("PublicReportKind", "PublicReportStatus")) {
            assertThat((String) schemas.get(e).get("description")).as(e).matches(".*[\\u4e00-\\u9fff].*");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> op) {
        return (Map<String, Object>) op.get("responses");
    }

    @SuppressWarnings("unchecked")
    private static Object example(Map<String, Object> op, String status) {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) responses(op).get(status)).get("content");
        return content.values().stream().map(m -> ((Map<String, Object>) m).get("examples")).filter(e -> e != null)
                .findFirst().orElse(null);
    }
}
