package cn.hazardledger.hazardservice.web;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.DatabaseOutage;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static cn.hazardledger.testsupport.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** While the database is away a request answers 503 with Retry-After (never hangs, never 500) and changes nothing. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class DatabaseOutageTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);

    @Test
    void requestsAnswerServiceUnavailableUntilTheDatabaseIsBack() throws Exception {
        String title = "停库期间上报 " + System.nanoTime();
        try (DatabaseOutage outage = DatabaseOutage.of("hazard")) {
            client().get("/hazards")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://hazard-ledger.cn/problems/service-unavailable"))
                    .body("detail", containsString("retry"));
            client().contentType(ContentType.JSON).body(Hazards.report(Hazards.VILLAGE, title)).post("/hazards")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            RestAssured.given().get("/q/health/ready").then().statusCode(503);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client().get("/hazards").then().statusCode(200));
        List<String> titles = client().get("/hazards?limit=100").then().extract().path("items.title");
        assertThat(titles).doesNotContain(title);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> RestAssured.given().get("/q/health/ready").then().statusCode(200));
    }

    /** A client that gives up after 15 s: an answer that does not come in time fails the test as a hang. */
    private static RequestSpecification client() {
        return RestAssured.given().auth().oauth2(INSPECTOR).config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 15_000)
                        .setParam("http.connection.timeout", 5_000)));
    }
}
