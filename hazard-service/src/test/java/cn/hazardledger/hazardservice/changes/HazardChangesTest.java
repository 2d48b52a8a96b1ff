package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * GET /hazards/changes: a phone that follows the tokens sees every change of its scope once, while others write,
 * and hears when a hazard leaves its scope. Each test works in a township of its own, so that only its own
 * hazards are in scope.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardChangesTest {

    @Inject
    AgroalDataSource db;

    /** One caught-up phone: the changes it was given, in order, and its token. */
    static final class Phone {
        final String token;
        final List<Map<String, Object>> seen = new ArrayList<>();
        String since;

        Phone(String token) {
            this.token = token;
        }

        /** Follows the feed until it says nothing more is waiting; answers what this catch-up brought. */
        List<Map<String, Object>> catchUp(int pageSize) {
            List<Map<String, Object>> brought = new ArrayList<>();
            boolean more;
            do {
                var request = given().auth().oauth2(token).queryParam("limit", pageSize);
                if (since != null) {
                    request.queryParam("since", since);
                }
                JsonPath page = request.get("/hazards/changes").then().statusCode(200).extract().jsonPath();
                brought.addAll(page.getList("changes"));
                since = page.getString("next");
                more = page.getBoolean("more");
            } while (more);
            seen.addAll(brought);
            return brought;
        }

        List<String> ids(List<Map<String, Object>> changes) {
            return changes.stream().map(c -> (String) c.get("id")).toList();
        }
    }

    @Test
    void everyHazardWrittenWhileThePhoneFollowsArrivesOnce() throws Exception {
        String township = "500240221000";
        String inspector = token("INSPECTOR", township);
        Phone phone = new Phone(token("TOWNSHIP", township, "feed-clerk"));
        assertThat(phone.catchUp(5)).isEmpty();

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<String>> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            reports.add(writers.submit(() -> Walk.report(inspector, Hazards.report("500240221001", "同步" + n)).id));
        }
        writers.shutdown();
        while (!writers.awaitTermination(50, TimeUnit.MILLISECONDS)) {
            phone.catchUp(5);
        }
        List<String> written = new ArrayList<>();
        for (Future<String> report : reports) {
            written.add(report.get());
        }
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            phone.catchUp(7);
            return phone.ids(phone.seen).size() >= written.size();
        });
        assertThat(phone.ids(phone.seen)).containsExactlyInAnyOrderElementsOf(written).doesNotHaveDuplicates();
        assertThat(phone.catchUp(5)).isEmpty();

        Walk.report(inspector, Hazards.report("500240221002", "新上报"));
        assertThat(phone.catchUp(5)).singleElement().satisfies(c -> {
            assertThat(c.get("kind")).isEqualTo("CHANGED");
            assertThat(((Map<?, ?>) c.get("hazard")).get("title")).isEqualTo("新上报");
        });
    }

    @Test
    void aTransactionStillRunningHoldsTheFeedBackUntilItCommits() throws Exception {
        String township = "500240222000";
        String inspector = token("INSPECTOR", township);
        Phone phone = new Phone(token("TOWNSHIP", township, "feed-clerk-2"));
        Walk early = Walk.report(inspector, Hazards.report("500240222001", "早写入"));
        assertThat(phone.ids(phone.catchUp(10))).containsExactly(early.id);

        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement touch = slow.prepareStatement("UPDATE hazard SET title = '慢事务改名' WHERE id = ?")) {
                touch.setObject(1, UUID.fromString(early.id));
                touch.executeUpdate();
            }
            Walk late = Walk.report(inspector, Hazards.report("500240222001", "后写入先提交"));
            // the later hazard is committed, but handing it out now would move the token past the slow change
            assertThat(phone.catchUp(10)).isEmpty();
            slow.commit();
            assertThat(phone.ids(phone.catchUp(10))).containsExactly(early.id, late.id);
        }
    }

    @Test
    void aUnitHearsThatAHazardLeftIt() {
        String township = "500240223000";
        String clerk = token("TOWNSHIP", township, "feed-clerk-3");
        Phone unitA = new Phone(token("UNIT", "500240000000", "unit-a-officer", Map.of("unit_code", "500240-FEEDA", "unit_name", "甲局")));
        Phone unitB = new Phone(token("UNIT", "500240000000", "unit-b-officer", Map.of("unit_code", "500240-FEEDB", "unit_name", "乙局")));
        Walk walk = Walk.report(token("INSPECTOR", township), Hazards.report("500240223001", "责任单位变更"));
        walk.step(clerk, "/confirmation", Map.of(), 200);
        walk.step(clerk, "/rectification-plan", withUnit("500240-FEEDA", "甲局", null), 200);
        unitA.catchUp(10);
        assertThat(unitA.ids(unitA.seen)).contains(walk.id);
        unitB.catchUp(10);

        walk.step(clerk, "/rectification-plan/revisions", withUnit("500240-FEEDB", "乙局", "改由乙局整改"), 200);
        assertThat(unitA.catchUp(10)).singleElement().satisfies(c -> {
            assertThat(c.get("id")).isEqualTo(walk.id);
            assertThat(c.get("kind")).isEqualTo("GONE");
            assertThat(c).doesNotContainKey("hazard");
        });
        assertThat(unitB.catchUp(10)).extracting(c -> c.get("id")).containsExactly(walk.id);
        given().auth().oauth2(unitB.token).get("/hazards/" + walk.id).then().statusCode(200);
        given().auth().oauth2(unitA.token).get("/hazards/" + walk.id).then().statusCode(404);
    }

    @Test
    void aTokenThisServiceDidNotIssueIsA400() {
        String clerk = token("TOWNSHIP", "500240224000", "feed-clerk-4");
        for (String bad : List.of("since=abc", "since=YzE6LTE6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", "limit=501")) {
            given().auth().oauth2(clerk).get("/hazards/changes?" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }

    private static Map<String, Object> withUnit(String code, String name, String reason) {
        Map<String, Object> plan = new java.util.HashMap<>(Walk.plan(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString()));
        plan.put("responsibleUnit", Map.of("code", code, "name", name));
        if (reason != null) {
            plan.put("revisionReason", reason);
        }
        return plan;
    }
}
