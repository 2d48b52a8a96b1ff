package cn.hazardledger.notifyservice.webhook;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The subscription API as a regulator's client uses it. */
final class WebhookApi {

    static final String BASE = "/webhooks/subscriptions";

    private WebhookApi() {
    }

    static ExtractableResponse<Response> create(String token, String url, List<String> types, String region) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", types, "regionCode", region, "description", "测试接收方"))
                .post(BASE).then().statusCode(201).extract();
    }

    static ExtractableResponse<Response> get(String token, String id) {
        return given().auth().oauth2(token).get(BASE + "/" + id).then().statusCode(200).extract();
    }

    static ExtractableResponse<Response> post(String token, String id, String action) {
        String etag = get(token, id).header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag).post(BASE + "/" + id + "/" + action)
                .then().extract();
    }

    static List<Map<String, Object>> deliveries(String token, String id) {
        return given().auth().oauth2(token).queryParam("limit", 100).get(BASE + "/" + id + "/deliveries")
                .then().statusCode(200).extract().path("items");
    }

    static Map<String, Object> deliveryOf(String token, String id, String eventId) {
        return deliveries(token, id).stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst().orElse(null);
    }

    /** The delivery with its attempt log. */
    static Map<String, Object> delivery(String token, String id, String deliveryId) {
        return given().auth().oauth2(token).get(BASE + "/" + id + "/deliveries/" + deliveryId)
                .then().statusCode(200).extract().path("");
    }

    static Map<String, Object> awaitDelivery(String token, String id, String eventId, Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deliveryOf(token, id, eventId),
                d -> d != null && until.test(d));
    }
}
