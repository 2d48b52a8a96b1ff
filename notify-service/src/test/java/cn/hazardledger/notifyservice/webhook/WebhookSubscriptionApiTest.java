package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookSubscriptionApiTest {

    private static final String COUNTY = "500259000000";
    private static final String URL = "http://127.0.0.1:9/hook";
    private static final String BASE = WebhookApi.BASE;

    @Test
    void theSecretIsShownAtCreationOnlyAndAnIdempotentRetryAnswersTheSame() {
        String regulator = token("REGULATOR", COUNTY);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", URL, "eventTypes", List.of("hazard.closed.v1", "task.*"),
                "regionCode", "500259001000", "description", "乡镇平台");
        var first = given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(BASE).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", startsWith("http")).body("secret", startsWith("whsec_"))
                .body("status", equalTo("ACTIVE")).body("eventTypes", contains("hazard.closed.v1", "task.*")).extract();
        String id = first.path("id");
        given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post(BASE).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("secret", equalTo(first.path("secret")));

        given().auth().oauth2(regulator).get(BASE + "/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        given().auth().oauth2(regulator).header("If-None-Match", "\"0\"").get(BASE + "/" + id).then().statusCode(304);
        given().auth().oauth2(regulator).queryParam("limit", 100).get(BASE).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }", not(hasKey("secret")));
    }

    @Test
    void onlyARegulatorWhoseRegionCoversItSeesOrManagesIt() {
        String id = WebhookApi.create(token("REGULATOR", COUNTY), URL, List.of("hazard.*"), COUNTY).path("id");
        for (String role : List.of("SYSTEM", "TOWNSHIP", "LEADER")) {
            given().auth().oauth2(token(role, COUNTY)).get(BASE + "/" + id).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token(role, COUNTY)).contentType("application/json")
                    .body(Map.of("url", URL, "eventTypes", List.of("hazard.*"), "regionCode", COUNTY))
                    .post(BASE).then().statusCode(403);
        }
        given().auth().oauth2(token("REGULATOR", "500260000000")).get(BASE + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("REGULATOR", "500260000000")).get(BASE + "/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(token("REGULATOR", "500000000000")).get(BASE + "/" + id).then().statusCode(200);
        given().auth().oauth2(token("REGULATOR", "500259001000")).contentType("application/json")
                .body(Map.of("url", URL, "eventTypes", List.of("hazard.*"), "regionCode", COUNTY))
                .post(BASE).then().statusCode(400).body("errors.field", contains("regionCode"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        given().auth().oauth2(token("REGULATOR", COUNTY)).contentType("application/json")
                .body(Map.of("url", "http://169.254.169.254/latest/meta-data/",
                        "eventTypes", List.of("hazard.closed.v1", "hazard.closed.v7", "weather.*"),
                        "regionCode", "500260000000"))
                .post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/validation"))
                .body("errors.field", contains("regionCode", "url", "eventTypes[1]", "eventTypes[2]"))
                .body("errors.find { it.field == 'url' }.reason", startsWith("its host 169.254.169.254 resolves to"));
        given().auth().oauth2(token("REGULATOR", COUNTY)).contentType("application/json")
                .body("{\"eventTypes\": [], \"regionCode\": \"5002\", \"secret\": \"mine\"}")
                .post(BASE).then().statusCode(400).body("errors.field", hasItem("secret"));
        given().auth().oauth2(token("REGULATOR", COUNTY)).contentType("application/json")
                .body("{\"eventTypes\": [], \"regionCode\": \"5002\"}")
                .post(BASE).then().statusCode(400).body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("eventTypes")).body("errors.field", hasItem("regionCode"));
        given().auth().oauth2(token("REGULATOR", COUNTY)).queryParam("limit", 0).get(BASE).then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void updatesNameTheVersionTheyReadAndDeletingTakesTheDeliveriesAlong() {
        String regulator = token("REGULATOR", COUNTY);
        String id = WebhookApi.create(regulator, URL, List.of("hazard.*"), COUNTY).path("id");
        Map<String, Object> change = Map.of("url", "http://127.0.0.1:10/hook", "eventTypes", List.of("hazard.closed.v1"),
                "regionCode", "500259001000", "description", "改为乡镇");
        given().auth().oauth2(regulator).contentType("application/json").body(change).put(BASE + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(regulator).contentType("application/json").header("If-Match", "\"7\"").body(change)
                .put(BASE + "/" + id).then().statusCode(412);
        given().auth().oauth2(regulator).contentType("application/json").header("If-Match", "\"0\"").body(change)
                .put(BASE + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("url", equalTo("http://127.0.0.1:10/hook")).body("regionCode", equalTo("500259001000"))
                .body("secret", nullValue());

        var suspended = WebhookApi.post(regulator, id, "suspension");
        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(suspended.<String>path("status")).isEqualTo("SUSPENDED");
        assertThat(WebhookApi.post(regulator, id, "suspension").statusCode()).isEqualTo(409);
        given().auth().oauth2(regulator).post(BASE + "/" + id + "/resume").then().statusCode(428);

        given().auth().oauth2(regulator).queryParam("state", "LOST").get(BASE + "/" + id + "/deliveries").then()
                .statusCode(400).body("errors.field", contains("state"));
        given().auth().oauth2(regulator).get(BASE + "/" + id + "/deliveries/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(regulator).post(BASE + "/" + id + "/deliveries/" + UUID.randomUUID() + "/replay").then()
                .statusCode(404);
        given().auth().oauth2(regulator).contentType("application/json").body(Map.of("since", "2999-01-01T00:00:00+08:00"))
                .post(BASE + "/" + id + "/deliveries/replay").then().statusCode(400).body("errors.field", contains("since"));

        given().auth().oauth2(regulator).delete(BASE + "/" + id).then().statusCode(428);
        String etag = WebhookApi.get(regulator, id).header("ETag");
        given().auth().oauth2(regulator).header("If-Match", etag).delete(BASE + "/" + id).then().statusCode(204);
        given().auth().oauth2(regulator).get(BASE + "/" + id).then().statusCode(404);
    }

    @Test
    void theListPagesByCursorNewestFirst() {
        String region = "500259002000";
        String regulator = token("REGULATOR", region);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, WebhookApi.create(regulator, URL, List.of("task.*"), region).path("id"));
        }
        var page1 = given().auth().oauth2(regulator).queryParam("limit", 2).get(BASE).then().statusCode(200)
                .body("nextCursor", notNullValue()).extract();
        assertThat(page1.<List<String>>path("items.id")).containsExactly(ids.get(0), ids.get(1));
        given().auth().oauth2(regulator).queryParam("limit", 2).queryParam("cursor", page1.<String>path("nextCursor"))
                .get(BASE).then().statusCode(200).body("items.id", contains(ids.get(2))).body("nextCursor", nullValue());
        given().auth().oauth2(regulator).queryParam("cursor", "not-ours").get(BASE).then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void theOpenApiDocumentNamesEveryAnswer() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract();
        Map<String, Map<String, Map<String, Object>>> paths = doc.path("paths");
        List<String> webhookPaths = paths.keySet().stream().filter(p -> p.startsWith("/webhooks")).toList();
        assertThat(webhookPaths).hasSize(9);
        for (String path : webhookPaths) {
            paths.get(path).forEach((method, op) -> {
                assertThat((String) op.get("summary")).as(method + " " + path).contains(" / ");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                assertThat(responses).as(method + " " + path).containsKeys("400", "401", "403");
            });
        }
        Map<String, Object> put = paths.get("/webhooks/subscriptions/{id}").get("put");
        assertThat((Map<String, Object>) put.get("responses")).containsKeys("200", "404", "409", "412", "428");
        assertThat((Map<String, Object>) paths.get("/webhooks/subscriptions").get("post").get("responses"))
                .containsKeys("201", "422");
    }
}
