package cn.hazardledger.hazardservice.publicreport;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Request bodies and calls for the public report tests. */
final class PublicReports {

    static final String TOWNSHIP = "500240213000";
    static final String VILLAGE = "500240213001";

    static final String NAME = "欧阳举报人";
    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "50024019900101123X";
    static final String CONTACT = "微信 whistle-7781";

    private PublicReports() {
    }

    /** A client address of its own, named through the trusted loopback proxy, so that no two tests share a limit. */
    static String newClient() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    static Map<String, Object> anonymous(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PUBLIC_REPORT");
        body.put("title", title);
        body.put("description", "店铺后屋堆放大量烟花爆竹，紧邻居民住宅，无消防器材。");
        body.put("regionCode", VILLAGE);
        body.put("enterpriseName", "三星乡红火烟花爆竹经营部");
        return body;
    }

    static Map<String, Object> identified(String title) {
        Map<String, Object> body = anonymous(title);
        body.put("kind", "WHISTLEBLOWER");
        body.put("gps", Map.of("latitude", 30.987654, "longitude", 108.456789));
        body.put("reporter", Map.of("name", NAME, "phone", PHONE, "idNumber", ID_NUMBER, "otherContact", CONTACT));
        return body;
    }

    static ExtractableResponse<Response> send(Map<String, Object> body) {
        return given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON).body(body)
                .post("/public-reports").then().statusCode(201).extract();
    }

    /** The report's id, as staff find it by its tracking code. */
    static String idOf(String staffToken, String trackingCode) {
        return given().auth().oauth2(staffToken).get("/public-reports?limit=100").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.findAll { it.trackingCode == '" + trackingCode + "' }.id").get(0);
    }
}
