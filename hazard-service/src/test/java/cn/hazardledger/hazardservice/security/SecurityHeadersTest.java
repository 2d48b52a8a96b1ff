package cn.hazardledger.hazardservice.security;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The chassis' response headers and CORS (README "Security"), as hazard-service answers. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class SecurityHeadersTest {

    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String APP = "https://app.hazard-ledger.test";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        secured(given().auth().oauth2(INSPECTOR).get("/hazards").then().statusCode(200))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        // problem+json too, from the resource layer and from the HTTP guard
        secured(given().get("/hazards").then().statusCode(401).contentType("application/problem+json"));
        secured(given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("Content-Length", "999999999")
                .get("/hazards").then());
        secured(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void aRevalidatedReadKeepsItsETagAndMayBeKeptPrivately() {
        var created = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "缓存头")).post("/hazards").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = given().auth().oauth2(INSPECTOR).get("/hazards/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");
        secured(given().auth().oauth2(INSPECTOR).header("If-None-Match", etag).get("/hazards/" + id).then()
                .statusCode(304)).header("ETag", etag).header("Cache-Control", "private, no-cache");
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        secured(given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html")))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsOnlyForTheConfiguredOrigins() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .options("/hazards").then().statusCode(204)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().auth().oauth2(INSPECTOR).header("Origin", APP).get("/hazards").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));

        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/hazards").then().header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(INSPECTOR).header("Origin", "https://app.hazard-ledger.test.evil.example").get("/hazards")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedNamingIt() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(big).post("/hazards").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/payload-too-large"))
                .body("detail", containsString("10485760 bytes"));
    }

    @Test
    void noDevelopmentEndpointsAnswer() {
        for (String path : new String[]{"/q/dev-ui", "/q/dev", "/q/arc", "/q/arc/beans", "/q/dev-ui/extensions"}) {
            given().get(path).then().statusCode(404);
        }
    }

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Permissions-Policy", containsString("camera=()"))
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
