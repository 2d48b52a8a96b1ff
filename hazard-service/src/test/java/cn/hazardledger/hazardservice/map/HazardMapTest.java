package cn.hazardledger.hazardservice.map;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** GET /hazards.geojson: an RFC 7946 FeatureCollection of the filtered hazards that have a location. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardMapTest {

    static final String REGION = "500240225000";
    static final String CLERK = token("TOWNSHIP", REGION, "map-clerk");

    @Test
    void hazardsWithALocationAreFeaturesStyledByLevelColourAndStatus() {
        String inspector = token("INSPECTOR", REGION);
        Walk placed = Walk.report(inspector, report("有坐标", "RED", Map.of("address", "码头", "latitude", 30.3, "longitude", 108.05)));
        Walk unplaced = Walk.report(inspector, report("无坐标", "RED", Map.of("address", "码头")));
        Walk blue = Walk.report(inspector, report("蓝色", "BLUE", Map.of("latitude", 30.9, "longitude", 108.9)));

        var response = given().auth().oauth2(CLERK).get("/hazards.geojson?riskColour=RED&region=" + REGION).then()
                .statusCode(200).contentType(startsWith("application/geo+json"));
        JsonPath layer = response.extract().jsonPath();
        assertThat(layer.getString("type")).isEqualTo("FeatureCollection");
        assertThat(layer.getBoolean("truncated")).isFalse();
        assertThat(layer.getList("features.id", String.class)).containsExactly(placed.id).doesNotContain(unplaced.id, blue.id);
        Map<String, Object> feature = layer.getMap("features[0]");
        assertThat(feature.get("type")).isEqualTo("Feature");
        assertThat(layer.getString("features[0].geometry.type")).isEqualTo("Point");
        assertThat(layer.getList("features[0].geometry.coordinates", Float.class)).containsExactly(108.05f, 30.3f);
        assertThat(layer.getMap("features[0].properties")).containsEntry("level", "GENERAL")
                .containsEntry("riskColour", "RED").containsEntry("status", "REPORTED").containsEntry("overdue", false)
                .containsEntry("title", "有坐标");

        assertThat(given().auth().oauth2(CLERK).get("/hazards.geojson?region=" + REGION + "&bbox=108.5,30.5,109,31")
                .then().statusCode(200).extract().jsonPath().getList("features.id", String.class)).containsExactly(blue.id);
    }

    @Test
    void aBadBoxOrFilterIsA400NamingIt() {
        for (String bad : List.of("bbox=1,2,3", "bbox=109,30,108,31", "bbox=a,b,c,d", "level=HUGE")) {
            given().auth().oauth2(CLERK).get("/hazards.geojson?" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }

    private static Map<String, Object> report(String title, String colour, Map<String, Object> location) {
        Map<String, Object> body = new HashMap<>(Hazards.report("500240225001", title));
        body.put("riskColour", colour);
        body.put("location", location);
        return body;
    }
}
