package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * GET /statistics against a known ledger: every figure of every row, of each row's industries and of the total,
 * checked against numbers worked out by hand below. The hazards are walked through the API, so that status,
 * plan revisions, funds, listing and closure are what the lifecycle writes; the API stamps them today, so their
 * report and closure times (and two deadlines) are then moved into March 2025 behind the service's back, as the
 * overdue test does. County 500243 is this test's alone.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class StatisticsApiTest {

    static final String COUNTY = "500243000000";
    static final String T1 = "500243101000";
    static final String T2 = "500243102000";
    static final String V11 = "500243101001";
    static final String V12 = "500243101002";
    static final String V21 = "500243102001";
    static final String MARCH = "from=2025-03-01&to=2025-03-31";

    static final String INSPECTOR = token("INSPECTOR", COUNTY, "inspector-500243");
    static final String CLERK_1 = token("TOWNSHIP", T1, "clerk-t1-a");
    static final String REVIEWER_1 = token("TOWNSHIP", T1, "clerk-t1-b");
    static final String CLERK_2 = token("TOWNSHIP", T2, "clerk-t2-a");
    static final String REVIEWER_2 = token("TOWNSHIP", T2, "clerk-t2-b");
    static final String COUNTY_DESK = token("REGULATOR", COUNTY, "county-desk-500243");
    static final String FUTURE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();

    @Inject
    EntityManager em;

    /*
     * The ledger. T1 = 500243101000 (villages V11, V12), T2 = 500243102000 (village V21). Times are China time.
     *
     * T1 h1  V11 GAS  general  plan 3,500 revised to 4,200, closed   reported 03-03 10:00, closed 03-08 10:00 (5 d)
     *    h2  V11 FIRE general  fixed on the spot, awaiting 复查       reported 03-10
     *    h3  V12 GAS  general  plan, rectifying, deadline 2025-03-20 (overdue)   reported 03-05
     *    h4  V12 GAS  major    listed, plan 20,000, closed            reported 03-01 00:00:00 (first instant),
     *                                                                  closed 03-11 12:00 (10.5 d)
     *    h5  V11 GAS  general  awaiting review (REPORTED): not found
     *    h6  V11 GAS  general  rejected: not found
     *    h7  V11 GAS  general  confirmed, reported 02-28 23:59:59: before the period
     * T2 h8  V21 GAS  major    listed, plan 8,000, rectifying, deadline in 30 days   reported 03-31 23:59:59
     *    h9  V21 FIRE general  plan 1,000, submitted (not rectified), deadline 2025-03-20 (submitted: not overdue)
     *                                                                  reported 03-15
     *    h10 V21 FIRE general  plan 1,200, closed                     reported 03-20 08:00, closed 03-22 20:00 (2.5 d)
     *    h11 V21 GAS  major    confirmed only                         reported 03-25
     *    h12 V21 GAS  general  confirmed, reported 04-01 00:00:00: after the period
 *    h13 T2 itself (recorded at the township, in no village)  FIRE general  plan 500, closed, then reopened by a
 *                          回头看 (rectifying again, deadline in 30 days): not rectified, not closed   reported 03-12
     */
    private static boolean built;

    // once, before the first test: RestAssured knows the test port only from then on, not in @BeforeAll
    @BeforeEach
    void ledger() {
        if (!built) {
            buildTheLedger();
            built = true;
        }
    }

    private void buildTheLedger() {
        Walk h1 = planned(V11, "GAS", false, 3500);
        h1.step(CLERK_1, "/rectification-plan/revisions", plan(4200, FUTURE, "复查要求加装报警器"), 200);
        closed(h1, CLERK_1, REVIEWER_1);
        Walk h2 = confirmed(V11, "FIRE", false);
        h2.step(INSPECTOR, "/on-the-spot-fix", Map.of("measures", "当场清理疏散通道杂物",
                "evidenceIds", List.of(h2.uploadPhoto(INSPECTOR))), 200);
        Walk h3 = planned(V12, "GAS", false, 3500);
        Walk h4 = confirmed(V12, "GAS", true);
        listed(h4);
        h4.step(CLERK_1, "/rectification-plan", plan(20000, FUTURE, null), 200);
        closed(h4, CLERK_1, COUNTY_DESK);
        Walk h5 = Walk.report(INSPECTOR, report(V11, "GAS"));
        Walk h6 = Walk.report(INSPECTOR, report(V11, "GAS"));
        h6.step(CLERK_1, "/rejection", Map.of("reason", "NOT_TRUE"), 200);
        Walk h7 = confirmed(V11, "GAS", false);
        Walk h8 = confirmed(V21, "GAS", true);
        listed(h8);
        h8.step(CLERK_2, "/rectification-plan", plan(8000, FUTURE, null), 200);
        Walk h9 = planned(V21, "FIRE", false, 1000);
        h9.step(CLERK_2, "/submission", Map.of("summary", "已整改", "evidenceIds", List.of(h9.uploadPhoto(CLERK_2))), 200);
        Walk h10 = planned(V21, "FIRE", false, 1200);
        closed(h10, CLERK_2, REVIEWER_2);
        Walk h11 = confirmed(V21, "GAS", true);
        Walk h12 = confirmed(V21, "GAS", false);
        Walk h13 = planned(T2, "FIRE", false, 500);
        closed(h13, CLERK_2, REVIEWER_2);
        h13.step(CLERK_2, "/reopening", Map.of("reason", "回头看发现隐患反弹", "deadline", FUTURE), 200);

        at(h1, "2025-03-03T10:00:00+08", "2025-03-08T10:00:00+08");
        at(h2, "2025-03-10T09:00:00+08", null);
        at(h3, "2025-03-05T09:00:00+08", null);
        at(h4, "2025-03-01T00:00:00+08", "2025-03-11T12:00:00+08");
        at(h5, "2025-03-06T09:00:00+08", null);
        at(h6, "2025-03-06T09:00:00+08", null);
        at(h7, "2025-02-28T23:59:59+08", null);
        at(h8, "2025-03-31T23:59:59+08", null);
        at(h9, "2025-03-15T09:00:00+08", null);
        at(h10, "2025-03-20T08:00:00+08", "2025-03-22T20:00:00+08");
        at(h11, "2025-03-25T09:00:00+08", null);
        at(h12, "2025-04-01T00:00:00+08", null);
        at(h13, "2025-03-12T09:00:00+08", null);
        sql("UPDATE hazard SET deadline = DATE '2025-03-20' WHERE id IN (cast(?1 as uuid), cast(?2 as uuid))", h3.id, h9.id);
    }

    @Test
    void everyFigureOfTheCountysFormIsWhatTheLedgerSays() {
        JsonPath form = read(COUNTY_DESK, "region=" + COUNTY + "&" + MARCH);
        assertThat(form.getString("region")).isEqualTo(COUNTY);
        assertThat(form.getString("from")).isEqualTo("2025-03-01");
        assertThat(form.getString("to")).isEqualTo("2025-03-31");
        assertThat(form.getList("rows.region")).containsExactly(T1, T2);

        // general found/rectified/rate | major found/rectified/rate five-in-place listed | closed overdue days yuan
        assertThat(figures(form, "rows[0]")).isEqualTo("3/2/66.7 | 1/1/100.0 1 1 | 2 1 7.8 24200.00");
        assertThat(industries(form, "rows[0]")).containsExactly(
                "GAS 2/1/50.0 | 1/1/100.0 1 1 | 2 1 7.8 24200.00",
                "FIRE 1/1/100.0 | 0/0/null 0 0 | 0 0 null 0.00");
        assertThat(figures(form, "rows[1]")).isEqualTo("3/1/33.3 | 2/0/0.0 1 1 | 1 0 2.5 1200.00");
        assertThat(industries(form, "rows[1]")).containsExactly(
                "GAS 0/0/null | 2/0/0.0 1 1 | 0 0 null 0.00",
                "FIRE 3/1/33.3 | 0/0/null 0 0 | 1 0 2.5 1200.00");

        // the sum of the rows; rates and the average from the summed counts: 3/6, 1/3, (5 + 10.5 + 2.5) / 3 days
        assertThat(form.getString("total.region")).isEqualTo(COUNTY);
        assertThat(figures(form, "total")).isEqualTo("6/3/50.0 | 3/1/33.3 2 2 | 3 1 6.0 25400.00");
        assertThat(industries(form, "total")).containsExactly(
                "GAS 2/1/50.0 | 3/1/33.3 2 2 | 2 1 7.8 24200.00",
                "FIRE 4/2/50.0 | 0/0/null 0 0 | 1 0 2.5 1200.00");
    }

    @Test
    void aTownshipsRowsAreItsVillagesAndItsTotalIsItsRowInTheCountysForm() {
        // the township's own region is the default
        JsonPath form = read(CLERK_1, MARCH);
        assertThat(form.getString("region")).isEqualTo(T1);
        assertThat(form.getList("rows.region")).containsExactly(V11, V12);
        assertThat(figures(form, "rows[0]")).isEqualTo("2/2/100.0 | 0/0/null 0 0 | 1 0 5.0 4200.00");
        assertThat(figures(form, "rows[1]")).isEqualTo("1/0/0.0 | 1/1/100.0 1 1 | 1 1 10.5 20000.00");
        assertThat(figures(form, "total")).isEqualTo("3/2/66.7 | 1/1/100.0 1 1 | 2 1 7.8 24200.00");
        // a hazard recorded at the township itself is a row under the township's own code
        JsonPath t2 = read(CLERK_2, MARCH);
        assertThat(t2.getList("rows.region")).containsExactly(T2, V21);
        assertThat(figures(t2, "rows[0]")).isEqualTo("1/0/0.0 | 0/0/null 0 0 | 0 0 null 0.00");
        assertThat(figures(t2, "total")).isEqualTo("3/1/33.3 | 2/0/0.0 1 1 | 1 0 2.5 1200.00");
    }

    @Test
    void theFiltersCountOneIndustryOrOneLevel() {
        JsonPath major = read(COUNTY_DESK, MARCH + "&level=MAJOR");
        assertThat(major.getString("level")).isEqualTo("MAJOR");
        assertThat(figures(major, "total")).isEqualTo("0/0/null | 3/1/33.3 2 2 | 1 0 10.5 20000.00");
        JsonPath fire = read(COUNTY_DESK, MARCH + "&industry=FIRE");
        assertThat(fire.getList("rows.region")).containsExactly(T1, T2);
        assertThat(figures(fire, "total")).isEqualTo("4/2/50.0 | 0/0/null 0 0 | 1 0 2.5 1200.00");
        // a period in which nothing was found: no rows, a total of zeros, no rate
        JsonPath empty = read(COUNTY_DESK, "from=2024-01-01&to=2024-12-31");
        assertThat(empty.getList("rows")).isEmpty();
        assertThat(figures(empty, "total")).isEqualTo("0/0/null | 0/0/null 0 0 | 0 0 null 0.00");
    }

    @Test
    void aRegionOutsideYoursIsA404AndOnlyTheDesksAndLeadersReadStatistics() {
        given().auth().oauth2(CLERK_1).get("/statistics?region=" + T2).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(COUNTY_DESK).get("/statistics?region=500240000000").then().statusCode(404);
        given().auth().oauth2(token("LEADER", COUNTY)).get("/statistics?" + MARCH).then().statusCode(200)
                .body("total.figures.general.found", equalTo(6));
        for (String role : List.of("ENTERPRISE", "UNIT", "INSPECTOR")) {
            given().auth().oauth2(token(role, COUNTY)).get("/statistics").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/statistics").then().statusCode(401);
    }

    @Test
    void aServiceIdentityReadsTheFormAndTheOverdueAndListedHazardsOfItsRegionOnly() {
        // notify-service's bulletins: role SYSTEM, the region claim of the bulletin's region
        String system = token("SYSTEM", COUNTY, "notify-service");
        JsonPath form = read(system, MARCH);
        assertThat(figures(form, "total")).isEqualTo("6/3/50.0 | 3/1/33.3 2 2 | 3 1 6.0 25400.00");
        assertThat(figures(form, "total")).isEqualTo(figures(read(COUNTY_DESK, MARCH), "total"));
        String cohort = "region=" + COUNTY + "&reportedFrom=2025-03-01&reportedTo=2025-03-31&limit=100";
        List<String> overdue = given().auth().oauth2(system).get("/hazards?overdue=true&" + cohort).then().statusCode(200)
                .extract().path("items.id");
        // the list behind the form's overdue count, as the county desk reads it
        assertThat(overdue).hasSize(1).isEqualTo(given().auth().oauth2(COUNTY_DESK).get("/hazards?overdue=true&" + cohort)
                .then().extract().path("items.id"));
        List<Boolean> listed = given().auth().oauth2(system).get("/hazards?listed=true&" + cohort).then().statusCode(200)
                .extract().path("items.supervision.listed");
        assertThat(listed).isNotEmpty().containsOnly(true);
        // a township's identity reads its township only
        String townshipSystem = token("SYSTEM", T1, "notify-service");
        assertThat(figures(read(townshipSystem, MARCH), "total")).isEqualTo("3/2/66.7 | 1/1/100.0 1 1 | 2 1 7.8 24200.00");
        given().auth().oauth2(townshipSystem).get("/statistics?region=" + T2).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(townshipSystem).get("/hazards?region=" + T2).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        for (String bad : List.of("region=12345", "region=000000000000", "from=2025-13-01", "to=tomorrow",
                "to=" + tomorrow, "from=2025-04-01&to=2025-03-31", "from=1999-12-31", "industry=WOOD", "level=HUGE")) {
            String name = bad.contains("&") ? "from" : bad.substring(0, bad.indexOf('='));
            given().auth().oauth2(COUNTY_DESK).get("/statistics?" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(name));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperationDocumentsEachRefusalWithAProblemExample() {
        Map<String, Object> responses = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths.'/statistics'.get.responses");
        assertThat(responses).containsKeys("200", "400", "401", "403", "404", "503");
        for (String status : List.of("400", "401", "403", "404", "503")) {
            Map<String, Object> problem = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    responses.get(status)).get("content")).get("application/problem+json");
            assertThat(problem).as(status).containsKey("examples");
        }
    }

    /** One cell's figures on one line, in the order of the paper form. */
    private static String figures(JsonPath form, String row) {
        return line(form, row + ".figures");
    }

    private static List<String> industries(JsonPath form, String row) {
        int n = form.getList(row + ".byIndustry").size();
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> row + ".byIndustry[" + i + "]")
                .map(p -> form.getString(p + ".industry") + " " + line(form, p + ".figures")).toList();
    }

    private static String line(JsonPath form, String f) {
        return "%s/%s/%s | %s/%s/%s %s %s | %s %s %s %s".formatted(
                form.get(f + ".general.found"), form.get(f + ".general.rectified"), number(form, f + ".general.rectificationRate"),
                form.get(f + ".major.found"), form.get(f + ".major.rectified"), number(form, f + ".major.rectificationRate"),
                form.get(f + ".major.fiveInPlaceMet"), form.get(f + ".major.listedForSupervision"),
                form.get(f + ".closed"), form.get(f + ".overdue"), number(form, f + ".averageDaysToClose"),
                number(form, f + ".fundsSpentYuan"));
    }

    private static String number(JsonPath form, String path) {
        BigDecimal value = form.get(path);
        return value == null ? "null" : value.toPlainString();
    }

    private static JsonPath read(String token, String query) {
        return given().auth().oauth2(token).get("/statistics?" + query).then().statusCode(200).extract().jsonPath(
                JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> report(String village, String industry) {
        Map<String, Object> body = new HashMap<>(Hazards.report(village, "统计用隐患"));
        body.put("industry", industry);
        return body;
    }

    private static Walk confirmed(String village, String industry, boolean major) {
        Walk walk = Walk.report(INSPECTOR, report(village, industry));
        walk.step(clerk(village), "/confirmation", major ? Map.of("level", "MAJOR", "standardCode", "MOHURD-2023-4",
                "standardClause", "第六条第（三）项") : Map.of(), 200);
        return walk;
    }

    private static Walk planned(String village, String industry, boolean major, int fundsYuan) {
        Walk walk = confirmed(village, industry, major);
        walk.step(clerk(village), "/rectification-plan", plan(fundsYuan, FUTURE, null), 200);
        return walk;
    }

    private static void listed(Walk walk) {
        walk.step(COUNTY_DESK, "/supervision-listing", Map.of("level", "COUNTY", "authority", "县安委办",
                "documentNumber", "安办督〔2025〕3号", "deadline", FUTURE), 200);
    }

    /** Submitted by one clerk and closed by another: the submitter never closes. */
    private static void closed(Walk walk, String submitter, String reviewer) {
        walk.step(submitter, "/submission", Map.of("summary", "已整改", "evidenceIds", List.of(walk.uploadPhoto(submitter))), 200);
        walk.step(reviewer, "/closure", Map.of(), 200);
    }

    private static String clerk(String village) {
        return village.startsWith("500243101") ? CLERK_1 : CLERK_2;
    }

    private static Map<String, Object> plan(int fundsYuan, String deadline, String revisionReason) {
        Map<String, Object> plan = new HashMap<>(Walk.plan(deadline));
        plan.put("funds", Map.of("amountYuan", fundsYuan, "source", "企业自筹"));
        if (revisionReason != null) {
            plan.put("revisionReason", revisionReason);
        }
        return plan;
    }

    private void at(Walk walk, String reportedAt, String closedAt) {
        sql("UPDATE hazard SET reported_at = cast(?2 as timestamptz) WHERE id = cast(?1 as uuid)", walk.id, reportedAt);
        if (closedAt != null) {
            sql("UPDATE hazard SET closed_at = cast(?2 as timestamptz) WHERE id = cast(?1 as uuid)", walk.id, closedAt);
        }
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
