package cn.hazardledger.notifyservice.bulletin;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;

/** Talks to {@link StandInSources} through its own control paths. */
final class Sources {

    private Sources() {
    }

    static void mode(StandInSources.Mode mode) {
        RestAssured.given().post(url() + "/stand-in/mode/" + mode).then().statusCode(200);
    }

    static List<String> claims() {
        return lines("claims");
    }

    static List<String> requests() {
        return lines("requests");
    }

    private static List<String> lines(String what) {
        String body = RestAssured.given().get(url() + "/stand-in/" + what).then().statusCode(200).extract().asString();
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.hazard-service.url", String.class);
    }
}
