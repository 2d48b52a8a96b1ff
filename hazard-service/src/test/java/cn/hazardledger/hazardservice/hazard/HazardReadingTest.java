package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Free text in Chinese, every sort with its cursor, and the fields selection of GET /hazards. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardReadingTest {

    static final String REGION = "500240216000";
    static final String INSPECTOR = token("INSPECTOR", REGION);
    static final String TOWNSHIP = token("TOWNSHIP", REGION, "reading-clerk");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String MARK = "阅读" + Long.toString(System.nanoTime(), 36);

    static Walk fireDoor;
    static Walk dust;
    static Walk gas;
    static Walk major;
    static Walk company;

    /** Once per class, but after Quarkus is up: @BeforeAll would run before the application listens. */
    @BeforeEach
    void ledger() {
        if (fireDoor != null) {
            return;
        }
        fireDoor = report("仓库消防通道堵塞", "二楼仓库的消防通道被货物堵塞，疏散指示标志损坏。", "GENERAL", null);
        dust = report("打磨车间粉尘超标", "打磨工位未设除尘器，粉尘浓度超标。", "GENERAL", null);
        gas = report("后厨燃气泄漏风险", "液化气钢瓶与灶具同室，未装报警器。", "GENERAL", null);
        major = report("配电房线路老化", "配电箱线路老化，绝缘层破损。", "MAJOR", null);
        company = report("堆场积水", "雨后堆场积水。", "GENERAL", "重庆东华五金制品有限公司");
        fireDoor.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        fireDoor.step(TOWNSHIP, "/rectification-plan", Walk.plan(TODAY.plusDays(20).toString()), 200);
        dust.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        dust.step(TOWNSHIP, "/rectification-plan", Walk.plan(TODAY.plusDays(5).toString()), 200);
    }

    @Test
    void aChineseWordMatchesAnywhereInTitleDescriptionOrEnterprise() {
        assertThat(search("通道")).containsExactly(fireDoor.id);
        assertThat(search("疏散指示")).containsExactly(fireDoor.id);
        assertThat(search("粉尘 除尘器")).containsExactly(dust.id);
        assertThat(search("粉尘 报警器")).isEmpty();
        assertThat(search("东华五金")).containsExactly(company.id);
        assertThat(search("绝缘层破")).containsExactly(major.id);
        // one character has no bigram: it is still found, by the substring check alone
        assertThat(search("泄")).containsExactly(gas.id);
        assertThat(search("ＡＢＣ不存在")).isEmpty();
        // more matches than the test profile's candidate cap: the one ordered query answers
        assertThat(search("")).containsExactly(company.id, major.id, gas.id, dust.id, fireDoor.id);
    }

    @Test
    void everySortPagesExactlyThroughTheSameHazards() {
        Map<String, List<String>> expected = Map.of(
                "-reportedAt", List.of(company.id, major.id, gas.id, dust.id, fireDoor.id),
                "reportedAt", List.of(fireDoor.id, dust.id, gas.id, major.id, company.id),
                "deadline", List.of(dust.id, fireDoor.id, company.id, major.id, gas.id),
                "-deadline", List.of(gas.id, major.id, company.id, fireDoor.id, dust.id),
                "-level", List.of(major.id, company.id, gas.id, dust.id, fireDoor.id),
                "level", List.of(fireDoor.id, dust.id, gas.id, company.id, major.id));
        expected.forEach((sort, order) -> {
            // the ones without a deadline tie on its key and fall back to the id
            List<String> all = pages(sort, 100);
            // pages of one fill from the windows of the order, pages of two from the ordered query
            assertThat(pages(sort, 1)).as(sort).isEqualTo(all);
            assertThat(pages(sort, 2)).as(sort).isEqualTo(all);
            if (sort.endsWith("deadline")) {
                assertThat(all.subList(sort.startsWith("-") ? 3 : 0, sort.startsWith("-") ? 5 : 2)).as(sort)
                        .isEqualTo(sort.startsWith("-") ? order.subList(3, 5) : order.subList(0, 2));
                assertThat(all).containsExactlyInAnyOrderElementsOf(order);
            } else {
                assertThat(all).as(sort).isEqualTo(order);
            }
        });
    }

    @Test
    void aCursorContinuesOnlyTheSortThatIssuedIt() {
        String cursor = given().auth().oauth2(TOWNSHIP).get("/hazards?limit=1&sort=deadline&q=" + MARK).then()
                .statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(TOWNSHIP).get("/hazards?limit=1&sort=-level&cursor=" + cursor + "&q=" + MARK).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void fieldsAnswerOnlyWhatWasAskedAndTheId() {
        JsonPath page = given().auth().oauth2(TOWNSHIP).get("/hazards?fields=title,status,rectification&q=通道 " + MARK)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = page.getMap("items[0]");
        assertThat(item).containsOnlyKeys("id", "title", "status", "rectification");
        assertThat(item.get("title")).isEqualTo(MARK + "仓库消防通道堵塞");
    }

    @Test
    void badReadingParametersAre400sNamingThem() {
        for (String bad : List.of("sort=priority", "fields=title,secret", "q=" + "长".repeat(101), "cursor=bm90LW91cnM")) {
            String name = bad.substring(0, bad.indexOf('='));
            given().auth().oauth2(TOWNSHIP).get("/hazards?" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo(name));
        }
        given().auth().oauth2(TOWNSHIP).get("/hazards?fields=secret").then().body("errors[0].reason", containsString("title"));
    }

    private static List<String> search(String words) {
        return given().auth().oauth2(TOWNSHIP).queryParam("q", words + " " + MARK).get("/hazards?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static List<String> pages(String sort, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TOWNSHIP).queryParam("q", MARK).queryParam("sort", sort)
                    .queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/hazards").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static Walk report(String title, String description, String level, String enterprise) {
        Map<String, Object> body = new HashMap<>(Hazards.report(REGION.substring(0, 9) + "001", MARK + title));
        body.put("description", description);
        body.put("level", level);
        if (enterprise != null) {
            body.put("enterprise", Map.of("name", enterprise, "creditCode", "91350100M000100Y43"));
        }
        return Walk.report(INSPECTOR, body);
    }
}
