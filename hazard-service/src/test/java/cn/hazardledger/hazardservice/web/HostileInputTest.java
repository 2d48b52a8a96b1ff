package cn.hazardledger.hazardservice.web;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.RawHttp;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The hostile inputs that once answered 500, a bare framework error or were accepted though wrong: each now
 * answers problem+json naming what is wrong, and none of them reports a hazard.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HostileInputTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);

    @Test
    void aRegionCodeOfTwelveDigitsThatIsNoDivisionIsRefused() {
        for (String code : List.of("000000000000", "500000213001")) {
            Map<String, Object> body = Hazards.report(code, "区划无效");
            post(body).statusCode(400).body("errors[0].field", equalTo("regionCode"));
        }
    }

    @Test
    void textWithANulCharacterIsRefused() {
        post(Hazards.report(Hazards.VILLAGE, "空\u0000字符")).statusCode(400)
                .body("errors[0].field", equalTo("title")).body("errors[0].reason", containsString("control"));
    }

    @Test
    void anAbsurdCoordinateIsRefused() {
        String body = json(Hazards.report(Hazards.VILLAGE, "坐标")).replace("30.012345", "1e-999999999");
        postRaw(body).statusCode(400).body("errors[0].field", equalTo("location.latitude"));
    }

    @Test
    void aTimeIsIsoTextWithAFourDigitYear() {
        // the year answered 500 when the row was written; the others were read as seconds since 1970, as no time
        // at all, or trimmed, and the hazard was reported
        for (Object discoveredAt : List.of("-999999999-01-01T00:00:00Z", 318, "1700000000", "",
                "2026-11-24T09:41:07+08:00\u0000")) {
            Map<String, Object> body = Hazards.report(Hazards.VILLAGE, "发现时间");
            body.put("discoveredAt", discoveredAt);
            post(body).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("discoveredAt"))
                    .body("errors[0].reason", equalTo("must be a date or time as ISO 8601 text"));
        }
    }

    @Test
    void aKeyGivenTwiceIsNamed() {
        String body = json(Hazards.report(Hazards.VILLAGE, "重复键")).replaceFirst("\\{", "{\"title\":\"另一个\",");
        postRaw(body).statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", containsString("more than once"));
    }

    @Test
    void numbersAreNeitherEnumsNorText() {
        Map<String, Object> levelAsNumber = Hazards.report(Hazards.VILLAGE, "等级为数字");
        levelAsNumber.put("level", 1);
        post(levelAsNumber).statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> titleAsNumber = Hazards.report(Hazards.VILLAGE, "x");
        titleAsNumber.put("title", 12345);
        post(titleAsNumber).statusCode(400).body("errors[0].field", equalTo("title"));
        Map<String, Object> flagAsText = Hazards.report(Hazards.VILLAGE, "x");
        flagAsText.put("description", true);
        post(flagAsText).statusCode(400).body("errors[0].field", equalTo("description"));
    }

    @Test
    void serverOwnedAndUnknownFieldsAreRefused() {
        for (String field : List.of("status", "id", "version", "reportedBy", "surprise")) {
            Map<String, Object> body = Hazards.report(Hazards.VILLAGE, "多余字段");
            body.put(field, "CLOSED");
            post(body).statusCode(400).body("errors[0].field", equalTo(field));
        }
    }

    @Test
    void contentAfterTheDocumentIsMalformed() {
        postRaw(json(Hazards.report(Hazards.VILLAGE, "尾随内容")) + " {\"again\":1}").statusCode(400)
                .body("type", equalTo("https://hazard-ledger.cn/problems/malformed-request"));
    }

    @Test
    void aBodyWithoutContentTypeIsUnsupported() {
        given().auth().oauth2(INSPECTOR).body(json(Hazards.report(Hazards.VILLAGE, "无类型")).getBytes(StandardCharsets.UTF_8))
                .post("/hazards").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void unparseableQueryParametersAreNamed() {
        for (String limit : List.of("abc", "1e3", "0", "101", "-1")) {
            given().auth().oauth2(INSPECTOR).queryParam("limit", limit).get("/hazards")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void aCursorFromAnImpossibleTimeIsForged() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+1000000000-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(INSPECTOR).queryParam("cursor", forged).get("/hazards")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aWrongMethodSaysWhichAreAllowed() {
        given().auth().oauth2(INSPECTOR).delete("/hazards").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"));
    }

    @Test
    void whatTheHttpLayerRefusesIsProblemJsonToo() throws Exception {
        int port = RestAssured.port;
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards/%C0%AE%C0%AE%C0%AF HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + INSPECTOR + "\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"), 414);
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        assertProblem(RawHttp.send(port, "POST /hazards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 999999999\r\n\r\n{"), 413);
    }

    @Test
    void whatTheHttpDecoderCannotReadIsProblemJsonToo() throws Exception {
        int port = RestAssured.port;
        String auth = "Authorization: Bearer " + INSPECTOR + "\r\n";
        assertProblem(RawHttp.send(port, "GET /hazards/%zz HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/x.y\r\nHost: localhost\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/1.1\r\nHost: a\r\nHost: b\r\n" + auth + "\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /hazards HTTP/1.1\r\nHost: localhost\r\n: x\r\n" + auth + "\r\n"), 400);
        String body = json(Hazards.report(Hazards.VILLAGE, "分块"));
        assertProblem(RawHttp.send(port, "POST /hazards HTTP/1.1\r\nHost: localhost\r\n" + auth
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"), 400);
        for (String type : List.of("*/*", "application/*", "")) {
            assertProblem(RawHttp.send(port, "POST /hazards HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Type: "
                    + type + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body), 415);
        }
    }

    @Test
    void aBodyThatIsNotExactlyUtf8IsMalformed() {
        byte[] utf8 = json(Hazards.report(Hazards.VILLAGE, "斜杠X")).getBytes(StandardCharsets.UTF_8);
        String text = new String(utf8, StandardCharsets.ISO_8859_1).replace("X", "\u00c0\u00af");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(text.getBytes(StandardCharsets.ISO_8859_1))
                .post("/hazards").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/malformed-request"));
    }

    @Test
    void anEnumIsItsExactName() {
        for (String level : List.of(" GENERAL", "GENERAL ", "GENERAL\u0000")) {
            Map<String, Object> body = Hazards.report(Hazards.VILLAGE, "等级带空格");
            body.put("level", level);
            post(body).statusCode(400).body("errors[0].field", equalTo("level"));
        }
    }

    @Test
    void aRegionClaimThatIsNotTextIsForbiddenNotAnError() {
        for (Object claim : List.of(500240213000L, List.of("500240213000"))) {
            String token = io.smallrye.jwt.build.Jwt.issuer(cn.hazardledger.testsupport.TestTokens.ISSUER)
                    .audience(cn.hazardledger.testsupport.TestTokens.AUDIENCE).subject("odd")
                    .groups(java.util.Set.of("INSPECTOR")).claim("region_code", claim)
                    .expiresIn(java.time.Duration.ofMinutes(5)).sign(cn.hazardledger.testsupport.TestTokens.key());
            given().auth().oauth2(token).get("/hazards").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aReviewNeedsItsBody() {
        String id = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "无正文核实")).post("/hazards").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(token("TOWNSHIP", Hazards.TOWNSHIP)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("null").post("/hazards/" + id + "/confirmation")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("stack");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return postRaw(json(body));
    }

    private static ValidatableResponse postRaw(String body) {
        ValidatableResponse answer = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/hazards").then()
                .contentType("application/problem+json").body("status", notNullValue());
        answer.header("Location", not(notNullValue()));
        return answer;
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
