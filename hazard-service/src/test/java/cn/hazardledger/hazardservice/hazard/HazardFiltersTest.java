package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** GET /hazards filters combine, each within the caller's scope, and a bad value is a 400 naming its parameter. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardFiltersTest {

    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1");
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void filtersCombine() {
        String marker = "筛选" + System.nanoTime();
        Walk redFire = Walk.report(INSPECTOR, report(marker + "红色消防", "FIRE", "RED", Hazards.VILLAGE));
        Walk blueFire = Walk.report(INSPECTOR, report(marker + "蓝色消防", "FIRE", "BLUE", "500240213002"));
        Walk redGas = Walk.report(INSPECTOR, report(marker + "红色燃气", "GAS", "RED", Hazards.VILLAGE));
        redGas.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        redGas.step(TOWNSHIP, "/escalation", Map.of(), 200);

        assertThat(ids("industry=FIRE&riskColour=RED&reportedFrom=" + TODAY)).contains(redFire.id)
                .doesNotContain(blueFire.id, redGas.id);
        assertThat(ids("riskColour=RED&region=" + Hazards.VILLAGE)).contains(redFire.id, redGas.id).doesNotContain(blueFire.id);
        assertThat(ids("escalated=true&riskColour=RED")).contains(redGas.id).doesNotContain(redFire.id);
        assertThat(ids("industry=FIRE&reportedTo=2020-01-01")).doesNotContain(redFire.id, blueFire.id);
        assertThat(ids("source=GRID_PATROL&status=REPORTED&industry=FIRE")).contains(redFire.id, blueFire.id);
    }

    @Test
    void levelEnterpriseUnitDeadlineAndClosedDatesFilterToo() {
        String marker = "筛选二" + System.nanoTime();
        Map<String, Object> withEnterprise = report(marker + "企业的", "FIRE", "RED", Hazards.VILLAGE);
        withEnterprise.put("enterprise", Map.of("name", "忠县筛选测试有限公司", "creditCode", "91350100M000100Y43"));
        withEnterprise.put("level", "MAJOR");
        Walk enterprise = Walk.report(INSPECTOR, withEnterprise);
        Walk planned = Walk.report(INSPECTOR, report(marker + "有方案的", "FIRE", "RED", Hazards.VILLAGE));
        planned.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        Map<String, Object> plan = new HashMap<>(Walk.plan(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9).toString()));
        plan.put("responsibleUnit", Map.of("code", "500240-FILTER", "name", "忠县筛选局"));
        planned.step(TOWNSHIP, "/rectification-plan", plan, 200);
        String photo = planned.uploadPhoto(TOWNSHIP);
        planned.step(TOWNSHIP, "/submission", Map.of("summary", "已整改", "evidenceIds", List.of(photo)), 200);
        planned.step(token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-2"), "/closure", Map.of(), 200);
        String soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9).toString();

        String mine = "q=" + marker + "&";
        assertThat(ids(mine + "level=MAJOR")).containsExactly(enterprise.id);
        assertThat(ids(mine + "creditCode=91350100M000100Y43")).containsExactly(enterprise.id);
        assertThat(ids(mine + "responsibleUnit=500240-FILTER")).containsExactly(planned.id);
        assertThat(ids(mine + "deadlineFrom=" + soon + "&deadlineTo=" + soon)).containsExactly(planned.id);
        assertThat(ids(mine + "deadlineTo=" + TODAY)).isEmpty();
        assertThat(ids(mine + "closedFrom=" + TODAY + "&closedTo=" + TODAY)).containsExactly(planned.id);
        assertThat(ids(mine + "closedTo=2020-12-31")).isEmpty();
    }

    @Test
    void aBadFilterIsA400NamingIt() {
        for (String bad : List.of("industry=WOOD", "riskColour=PINK", "region=12345", "creditCode=91350100M000100Y44",
                "listed=maybe", "reportedFrom=2026-13-01", "deadlineTo=tomorrow",
                "closedFrom=2026/11/26", "overdue=yes", "escalated=1", "status=OPEN", "level=LOW", "source=RUMOUR")) {
            String name = bad.substring(0, bad.indexOf('='));
            given().auth().oauth2(TOWNSHIP).get("/hazards?" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo(name));
        }
    }

    private static List<String> ids(String query) {
        return given().auth().oauth2(TOWNSHIP).get("/hazards?limit=100&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private static Map<String, Object> report(String title, String industry, String colour, String region) {
        Map<String, Object> body = new HashMap<>(Hazards.report(region, title));
        body.put("industry", industry);
        body.put("riskColour", colour);
        return body;
    }
}
