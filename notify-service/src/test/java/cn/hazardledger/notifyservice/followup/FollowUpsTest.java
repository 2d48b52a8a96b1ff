package cn.hazardledger.notifyservice.followup;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The follow-ups no event triggers, with their timings shortened: an unacknowledged dual report is reminded, at
 * most as often as configured; a subject still overdue is suggested for 约谈 to the next level up, once, unless an
 * event ended its overdue first.
 */
@QuarkusTest
@TestProfile(FollowUpsTest.Quick.class)
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class FollowUpsTest {

    public static class Quick implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("routing.follow-up-every", "0.3s", "routing.follow-up-delay", "0s",
                    "routing.dual-report.remind-after", "PT2S", "routing.dual-report.reminders", "2",
                    "routing.summon-after", "PT3S");
        }
    }

    private static final String TOWNSHIP = "500240224000";
    private static final String VILLAGE = "500240224002";
    private static final String COUNTY = "500240000000";
    private static final String CREDIT = "91350100M000100Y43";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anUnacknowledgedSideIsRemindedAtMostAsOftenAsConfigured() {
        String hazardId = Events.id();
        TestEvents.send(bootstrap, "hazard.events", hazardId, "hazard.reported.v1", Events.id(),
                Events.hazardReported(hazardId, "粉尘涉爆车间未除尘", VILLAGE, "MAJOR"));
        String township = token("TOWNSHIP", TOWNSHIP, "clerk-224");
        String regulator = token("REGULATOR", COUNTY, "reg-224");
        String townshipCopy = await().atMost(Duration.ofSeconds(20)).until(() -> kind(about(township, hazardId),
                "DUAL_REPORT"), l -> l.size() == 1).get(0).get("id").toString();
        String acknowledgedAt = given().auth().oauth2(township).post("/inbox/{id}/acknowledge", townshipCopy).then()
                .statusCode(200).extract().path("acknowledgement.at");

        // two reminders, then no more, to the silent side only
        List<Map<String, Object>> reminders = await().atMost(Duration.ofSeconds(20)).during(Duration.ofSeconds(2))
                .until(() -> kind(about(regulator, hazardId), "DUAL_REPORT_REMINDER"), l -> l.size() == 2);
        assertThat(reminders).extracting(r -> r.get("title").toString())
                .anyMatch(t -> t.startsWith("催办（第1次）")).anyMatch(t -> t.startsWith("催办（第2次）"));
        // a slow machine may have reminded the township before it acknowledged, never after
        assertThat(kind(about(township, hazardId), "DUAL_REPORT_REMINDER")).allMatch(r -> java.time.OffsetDateTime
                .parse(r.get("createdAt").toString()).isBefore(java.time.OffsetDateTime.parse(acknowledgedAt)));
        given().auth().oauth2(regulator).get("/dual-reports/{id}", hazardId).then()
                .body("sides[1].recipients[0].reminders", equalTo(2)).body("done", equalTo(false));

        // acknowledging a reminder acknowledges the report
        given().auth().oauth2(regulator).post("/inbox/{id}/acknowledge", reminders.get(0).get("id")).then().statusCode(200);
        given().auth().oauth2(regulator).get("/dual-reports/{id}", hazardId).then().body("done", equalTo(true));
    }

    @Test
    void aSubjectStillOverdueIsSuggestedForSummonsToTheNextLevelUpOnce() {
        String still = Events.id();
        String ended = Events.id();
        for (String id : List.of(still, ended)) {
            TestEvents.send(bootstrap, "hazard.events", id, "hazard.overdue.v1", Events.id(),
                    Events.hazardDeadline("hazard.overdue.v1", Events.hazard(id, "消防设施损坏", VILLAGE, "GENERAL",
                            "RECTIFYING", "ENTERPRISE", CREDIT, CREDIT, "2026-11-20"), "2026-11-20", -1));
        }
        TestEvents.send(bootstrap, "hazard.events", ended, "hazard.closed.v1", Events.id(),
                Events.hazardStep("hazard.closed.v1", Events.hazard(ended, "消防设施损坏", VILLAGE, "GENERAL",
                        "CLOSED", "ENTERPRISE", CREDIT, CREDIT, "2026-11-20"), "CLOSE", null));
        String county = token("REGULATOR", COUNTY, "reg-224b");
        String township = token("TOWNSHIP", TOWNSHIP);
        // the township supervises (督办) at once; the county hears only when it is still overdue
        assertThat(kind(await().atMost(Duration.ofSeconds(20)).until(() -> about(township, still), l -> !l.isEmpty()),
                "OVERDUE")).hasSize(1);
        List<Map<String, Object>> summons = await().atMost(Duration.ofSeconds(20)).during(Duration.ofSeconds(1))
                .until(() -> kind(about(county, still), "SUMMONS_SUGGESTED"), l -> l.size() == 1);
        assertThat(summons.get(0).get("title").toString()).startsWith("约谈建议：");
        assertThat(about(county, ended)).isEmpty();
    }

    private static List<Map<String, Object>> kind(List<Map<String, Object>> items, String kind) {
        return items.stream().filter(i -> kind.equals(i.get("kind"))).toList();
    }

    private static List<Map<String, Object>> about(String token, String subjectId) {
        return given().auth().oauth2(token).queryParam("subjectId", subjectId).get("/inbox")
                .then().statusCode(200).extract().path("items");
    }
}
