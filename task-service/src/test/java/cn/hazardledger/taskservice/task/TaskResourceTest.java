package cn.hazardledger.taskservice.task;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class TaskResourceTest {

    /** A township of its own, so that other test classes' tasks don't show up in these lists. */
    private static final String TOWNSHIP = "500240215000";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aTownshipPagesThroughItsTasksAndOthersSeeNone() {
        List<String> hazards = List.of(report("一"), report("二"), report("三"));
        String township = token("TOWNSHIP", TOWNSHIP);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(township).get("/tasks")
                .then().extract().<List<?>>path("items").size() == 3);

        var page1 = given().auth().oauth2(township).queryParam("limit", 2).get("/tasks")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue()).extract();
        var page2 = given().auth().oauth2(township).queryParam("limit", 2)
                .queryParam("cursor", page1.<String>path("nextCursor")).get("/tasks")
                .then().statusCode(200).body("items", hasSize(1)).extract();
        List<String> all = new java.util.ArrayList<>(page1.<List<String>>path("items.hazardId"));
        all.addAll(page2.path("items.hazardId"));
        assertThat(all).containsExactlyInAnyOrderElementsOf(hazards);

        String taskId = page2.path("items[0].id");
        var one = given().auth().oauth2(township).get("/tasks/" + taskId)
                .then().statusCode(200).body("id", equalTo(taskId)).extract();
        given().auth().oauth2(township).header("If-None-Match", one.header("ETag")).get("/tasks/" + taskId)
                .then().statusCode(304);

        given().auth().oauth2(token("TOWNSHIP", "500240213000")).get("/tasks/" + taskId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("REGULATOR", "500240000000")).get("/tasks/" + taskId)
                .then().statusCode(200);
    }

    @Test
    void listsRefuseBadParametersAndStrangers() {
        String township = token("TOWNSHIP", TOWNSHIP);
        given().auth().oauth2(township).queryParam("limit", 0).get("/tasks")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(township).queryParam("status", "SLEEPING").get("/tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().get("/tasks").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("PUBLIC", TOWNSHIP)).get("/tasks")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(township).post("/tasks")
                .then().statusCode(405).contentType("application/problem+json");
    }

    private String report(String title) {
        String hazardId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", UUID.randomUUID().toString(), """
                {"hazardId":"%s","title":"%s","regionCode":"500240215001","level":"GENERAL",
                 "reportedAt":"2026-11-24T10:00:00+08:00"}""".formatted(hazardId, title));
        return hazardId;
    }
}
