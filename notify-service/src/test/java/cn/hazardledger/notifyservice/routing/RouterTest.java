package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.Recipient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped rule, and how regional rules replace them, over payloads valid against the producers' schemas. */
class RouterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VILLAGE = "500240213005";
    private static final String TOWNSHIP = "500240213000";
    private static final String COUNTY = "500240000000";
    private static final String CITY = "500200000000";
    private static final String CREDIT = "91350100M000100Y43";

    @Test
    void aGeneralHazardReportedReachesItsTownshipOnly() {
        assertThat(recipients("hazard.reported.v1", Events.hazardReported(id(), "灶具", VILLAGE, "GENERAL")))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP));
    }

    @Test
    void aMajorHazardIsReportedToBothSidesOfTheDualReport() {
        List<Route> routes = route(DefaultRules.ALL, "hazard.reported.v1",
                Events.hazardReported(id(), "墙体开裂", VILLAGE, "MAJOR"));
        assertThat(routes).extracting(Route::recipient).containsExactly(new Recipient("TOWNSHIP", TOWNSHIP),
                new Recipient("REGULATOR", COUNTY));
        assertThat(routes).extracting(r -> r.rule().dualReportSide())
                .containsExactly(DualReportSide.TOWNSHIP_GOVERNMENT, DualReportSide.INDUSTRY_DEPARTMENT);
        assertThat(routes).allMatch(r -> r.rule().kind() == NotificationKind.DUAL_REPORT);
        String confirmed = Events.hazardConfirmed(UUID.randomUUID().toString(), VILLAGE, "MAJOR",
                Events.hazard(id(), "墙体开裂", VILLAGE, "MAJOR", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null));
        assertThat(recipients("hazard.confirmed.v1", confirmed)).containsExactly(new Recipient("TOWNSHIP", TOWNSHIP),
                new Recipient("REGULATOR", COUNTY));
    }

    @Test
    void aCountyNamesTheIndustryDepartmentForItsGasHazardsAndNowhereElse() {
        List<Rule> rules = new ArrayList<>(DefaultRules.ALL);
        rules.add(unitRule("gas", COUNTY, "GAS", "500240-ZJW"));
        assertThat(recipients(rules, "hazard.reported.v1", Events.hazardReported(id(), "燃气", VILLAGE, "MAJOR")))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP), new Recipient("UNIT", COUNTY, "500240-ZJW"));
        // another county keeps the default
        assertThat(recipients(rules, "hazard.reported.v1", Events.hazardReported(id(), "燃气", "500241213005", "MAJOR")))
                .contains(new Recipient("REGULATOR", "500241000000"));
        // two rules equally specific both apply: two departments share an industry
        rules.add(unitRule("gas too", COUNTY, "GAS", "500240-CGJ"));
        assertThat(recipients(rules, "hazard.reported.v1", Events.hazardReported(id(), "燃气", VILLAGE, "MAJOR")))
                .contains(new Recipient("UNIT", COUNTY, "500240-ZJW"), new Recipient("UNIT", COUNTY, "500240-CGJ"))
                .doesNotContain(new Recipient("REGULATOR", COUNTY));
        // a township's rule without industry is deeper than the county's: region comes first
        rules.add(new Rule("t", "镇", "hazard.reported.v1", TOWNSHIP, null, "MAJOR", Audience.ROLE, "UNIT",
                RegionLevel.TOWNSHIP, "213-AJB", NotificationKind.DUAL_REPORT, "dual-report.industry-department",
                DualReportSide.INDUSTRY_DEPARTMENT, null));
        assertThat(recipients(rules, "hazard.reported.v1", Events.hazardReported(id(), "燃气", VILLAGE, "MAJOR")))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP), new Recipient("UNIT", TOWNSHIP, "213-AJB"));
    }

    @Test
    void aListingReachesTheEnterpriseTheResponsibleUnitAndTheListingAuthority() {
        String snapshot = Events.hazard(id(), "储罐区", VILLAGE, "MAJOR", "RECTIFYING", "UNIT", "500240-YJJ", CREDIT, "2026-12-31");
        assertThat(recipients("hazard.listed-for-supervision.v1", Events.listed(snapshot, "CITY"))).containsExactly(
                new Recipient("ENTERPRISE", VILLAGE, CREDIT), new Recipient("UNIT", VILLAGE, "500240-YJJ"),
                new Recipient("REGULATOR", CITY));
    }

    @Test
    void aRegionSilencesAShippedRuleWithNobody() {
        List<Rule> rules = new ArrayList<>(DefaultRules.ALL);
        rules.add(new Rule("n", "不通知企业", "hazard.listed-for-supervision.v1", COUNTY, null, null, Audience.NOBODY,
                null, null, null, NotificationKind.LISTED_FOR_SUPERVISION, "listed-enterprise", null, null));
        String snapshot = Events.hazard(id(), "储罐区", VILLAGE, "MAJOR", "RECTIFYING", "UNIT", "500240-YJJ", CREDIT, "2026-12-31");
        assertThat(recipients(rules, "hazard.listed-for-supervision.v1", Events.listed(snapshot, "COUNTY")))
                .containsExactly(new Recipient("UNIT", VILLAGE, "500240-YJJ"), new Recipient("REGULATOR", COUNTY));
    }

    @Test
    void deadlinesReachTheResponsibleSideThenItsSupervisorThenTheNextLevelUp() {
        String enterprise = Events.hazard(id(), "灭火器过期", VILLAGE, "GENERAL", "RECTIFYING", "ENTERPRISE", CREDIT, CREDIT, "2026-11-20");
        assertThat(recipients("hazard.deadline-approaching.v1",
                Events.hazardDeadline("hazard.deadline-approaching.v1", enterprise, "2026-11-20", 2)))
                .containsExactly(new Recipient("ENTERPRISE", VILLAGE, CREDIT));
        assertThat(recipients("hazard.overdue.v1", Events.hazardDeadline("hazard.overdue.v1", enterprise, "2026-11-20", -1)))
                .containsExactly(new Recipient("ENTERPRISE", VILLAGE, CREDIT), new Recipient("TOWNSHIP", TOWNSHIP));
        assertThat(recipients(DefaultRules.STILL_OVERDUE_HAZARD,
                Events.hazardDeadline("hazard.overdue.v1", enterprise, "2026-11-20", -1)))
                .containsExactly(new Recipient("REGULATOR", COUNTY));

        String township = Events.hazard(id(), "桥梁护栏缺失", VILLAGE, "GENERAL", "RECTIFYING", "TOWNSHIP", TOWNSHIP, null, "2026-11-20");
        assertThat(recipients("hazard.overdue.v1", Events.hazardDeadline("hazard.overdue.v1", township, "2026-11-20", -1)))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP), new Recipient("REGULATOR", COUNTY));
        assertThat(recipients(DefaultRules.STILL_OVERDUE_HAZARD,
                Events.hazardDeadline("hazard.overdue.v1", township, "2026-11-20", -1)))
                .containsExactly(new Recipient("REGULATOR", CITY));
    }

    @Test
    void aRectificationTasksDeadlineIsLeftToItsHazardsOwnEvents() {
        String overdue = Events.taskDeadline("task.overdue.v1", "TASK", id(), "整改隐患：灶具", VILLAGE, "ENTERPRISE",
                CREDIT, "[]", "[]", id(), "2026-11-20", -1);
        assertThat(recipients("task.overdue.v1", overdue)).isEmpty();
        String verify = Events.taskDeadline("task.overdue.v1", "TASK", id(), "核实隐患", TOWNSHIP, "TOWNSHIP",
                TOWNSHIP, "[]", "[]", null, "2026-11-20", -1);
        assertThat(recipients("task.overdue.v1", verify))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP), new Recipient("REGULATOR", COUNTY));
    }

    @Test
    void campaignTasksReachTheirUnitsAndProgressTheirLeadersByName() {
        String leaders = "[\"肖永富\",\"张三\"]";
        String units = "[\"党政办\",\"应急办\"]";
        assertThat(recipients("campaign.task-assigned.v1", Events.campaignTask("campaign.task-assigned.v1", id(), id(),
                "开展燃气安全排查", TOWNSHIP, leaders, units, null)))
                .containsExactly(Recipient.named("UNIT", TOWNSHIP, "党政办"), Recipient.named("UNIT", TOWNSHIP, "应急办"));
        assertThat(recipients("campaign.progress-reported.v1", Events.progressReported(id(), id(), "开展燃气安全排查",
                TOWNSHIP, leaders, units)))
                .containsExactly(Recipient.named("LEADER", TOWNSHIP, "肖永富"), Recipient.named("LEADER", TOWNSHIP, "张三"));
        String overdue = Events.taskDeadline("task.overdue.v1", "CAMPAIGN_TASK", id(), "开展燃气安全排查", TOWNSHIP,
                null, null, leaders, units, null, "2026-11-20", -3);
        assertThat(recipients("task.overdue.v1", overdue)).containsExactly(
                Recipient.named("UNIT", TOWNSHIP, "党政办"), Recipient.named("UNIT", TOWNSHIP, "应急办"),
                Recipient.named("LEADER", TOWNSHIP, "肖永富"), Recipient.named("LEADER", TOWNSHIP, "张三"));
        assertThat(recipients(DefaultRules.STILL_OVERDUE_TASK, overdue)).containsExactly(new Recipient("REGULATOR", COUNTY));
    }

    @Test
    void anEscalationReachesTheReceivingSide() {
        String snapshot = Events.hazard(id(), "河道护栏", VILLAGE, "GENERAL", "CONFIRMED", "TOWNSHIP", TOWNSHIP, null, null);
        assertThat(recipients("hazard.escalated.v1", Events.hazardStep("hazard.escalated.v1", snapshot, "ESCALATE",
                "\"to\":\"COUNTY_POOL\",\"poolRegionCode\":\"" + COUNTY + "\"")))
                .containsExactly(new Recipient("REGULATOR", COUNTY));
        assertThat(recipients("hazard.escalated.v1", Events.hazardStep("hazard.escalated.v1", snapshot, "PUSH_TO_DEPARTMENT",
                "\"to\":\"INDUSTRY_DEPARTMENT\",\"departmentCode\":\"500240-ZJW\",\"departmentName\":\"县住建委\"")))
                .containsExactly(new Recipient("UNIT", COUNTY, "500240-ZJW"));
    }

    @Test
    void nothingIsEverAddressedToThePublic() {
        List<Rule> rules = new ArrayList<>(DefaultRules.ALL);
        rules.add(new Rule("p", "绕过校验的规则", "hazard.reported.v1", null, null, null, Audience.ROLE, "PUBLIC",
                RegionLevel.EVENT_REGION, null, NotificationKind.HAZARD_REPORTED, null, null, null));
        assertThat(recipients(rules, "hazard.reported.v1", Events.hazardReported(id(), "举报", VILLAGE, "GENERAL")))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP));
    }

    @Test
    void everyShippedRuleHasASlotAndADistinctKey() {
        assertThat(DefaultRules.ALL).allMatch(r -> r.slot() != null && r.builtIn());
        assertThat(DefaultRules.ALL.stream().map(Rule::key).distinct()).hasSameSizeAs(DefaultRules.ALL);
        assertThat(DefaultRules.ALL).allMatch(r -> EventTypes.ROUTABLE.contains(r.eventType()));
    }

    private static Rule unitRule(String name, String region, String industry, String unit) {
        return new Rule(UUID.randomUUID().toString(), name, "hazard.reported.v1", region, industry, "MAJOR",
                Audience.ROLE, "UNIT", RegionLevel.COUNTY, unit, NotificationKind.DUAL_REPORT,
                "dual-report.industry-department", DualReportSide.INDUSTRY_DEPARTMENT, null);
    }

    private static List<Recipient> recipients(String type, String payload) {
        return recipients(DefaultRules.ALL, type, payload);
    }

    private static List<Recipient> recipients(List<Rule> rules, String type, String payload) {
        return route(rules, type, payload).stream().map(Route::recipient).toList();
    }

    private static List<Route> route(List<Rule> rules, String type, String payload) {
        try {
            return Router.routes(rules, new Occurrence(UUID.randomUUID(), type, JSON.readTree(payload)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
