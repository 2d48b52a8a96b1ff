package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.hazardservice.events.EvidenceCited;
import cn.hazardledger.hazardservice.events.HazardClosedV1;
import cn.hazardledger.hazardservice.events.HazardFacts;
import cn.hazardledger.hazardservice.events.HazardPlannedV1;
import cn.hazardledger.hazardservice.events.HazardReportedV1;
import cn.hazardledger.hazardservice.events.HazardReviewedV1;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import cn.hazardledger.hazardservice.ledger.LedgerChain;
import cn.hazardledger.hazardservice.rectification.DeadlineChange;
import cn.hazardledger.hazardservice.rectification.ExtensionRequest;
import cn.hazardledger.hazardservice.rectification.FiveInPlacePlan;
import cn.hazardledger.hazardservice.rectification.PlanRevision;
import cn.hazardledger.hazardservice.supervision.DualReportRecipient;
import cn.hazardledger.hazardservice.supervision.SupervisionLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The aggregate's moves, without a server: each appends one numbered, signed entry and names its event. */
class HazardTest {

    private static final RegionCode VILLAGE = RegionCode.of("500240213001");
    private static final Actor INSPECTOR = actor("inspector-7", "INSPECTOR", "500240213000");
    private static final Actor TOWNSHIP = actor("clerk-1", "TOWNSHIP", "500240213000");
    private static final Actor OTHER_TOWNSHIP_CLERK = actor("clerk-2", "TOWNSHIP", "500240213000");
    private static final Actor ENTERPRISE = actor("boss-1", "ENTERPRISE", "500240213000");
    private static final Actor COUNTY_REGULATOR = actor("regulator-1", "REGULATOR", "500240000000");
    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private static final List<EvidenceCited> PHOTO = List.of(new EvidenceCited(UUID.randomUUID().toString(), "PHOTO",
            "image/jpeg", "a".repeat(64)));

    private final List<HazardEntry> ledger = new ArrayList<>();

    @Test
    void aReportOpensTheLedgerWithTheReportersSignedEntryAndWhatWasReported() {
        Transition t = Hazard.report(request("GENERAL"), VILLAGE, INSPECTOR.signedAs("李明"), T0);
        assertThat(t.hazard().status).isEqualTo(HazardStatus.REPORTED);
        assertThat(t.hazard().signature).isEqualTo("李明");
        assertThat(t.hazard().discoveredBy).isEqualTo("李明");
        assertThat(t.entry().sequence).isEqualTo(1);
        assertThat(t.entry().action).isEqualTo(LedgerAction.REPORT);
        assertThat(t.entry().signature).isEqualTo("李明");
        assertThat(t.entry().data).isEqualTo("{\"hazardType\":\"OBJECT\",\"industry\":\"GAS\",\"level\":\"GENERAL\",\"riskColour\":\"YELLOW\"}");
        assertThat(t.event().type()).isEqualTo("hazard.reported.v1");
        assertThat(((HazardReportedV1) t.event()).townshipCode()).isEqualTo("500240213000");
    }

    @Test
    void confirmingGivesTheLedgerNumberAndKeepsWhatWasReportedAndWhatWasDecided() {
        Hazard h = reported("GENERAL");
        Transition t = h.confirm(new Confirmation("纳入全量库", HazardLevel.MAJOR, null, RiskColour.RED, null, null,
                "MEM-2023-10", "第四条第（二）项"), "YH-500240-2026-000001", TOWNSHIP, T0.plusSeconds(60));
        keep(t);
        assertThat(h.status).isEqualTo(HazardStatus.CONFIRMED);
        assertThat(h.ledgerNumber).isEqualTo("YH-500240-2026-000001");
        assertThat(h.level).isEqualTo(HazardLevel.MAJOR);
        assertThat(t.entry().data).contains("\"level\":{\"from\":\"GENERAL\",\"to\":\"MAJOR\"}")
                .contains("\"riskColour\":{\"from\":\"YELLOW\",\"to\":\"RED\"}").doesNotContain("industry");
        HazardReviewedV1 event = (HazardReviewedV1) t.event();
        assertThat(event.type()).isEqualTo("hazard.confirmed.v1");
        assertThat(event.corrections()).containsOnlyKeys("level", "riskColour");
        assertThat(event.hazard().ledgerNumber()).isEqualTo("YH-500240-2026-000001");
    }

    @Test
    void aMajorHazardIsNotConfirmedWithoutItsStandardAndClause() {
        Hazard h = reported("MAJOR");
        InvalidStep refused = catchThrowableOfType(InvalidStep.class, () -> h.confirm(
                new Confirmation(null, null, null, null, null, null, null, null), "YH-500240-2026-000002", TOWNSHIP, T0));
        assertThat(refused.field()).isEqualTo("standardCode");
        assertThat(h.status).isEqualTo(HazardStatus.REPORTED);
        assertThat(h.ledgerLength).isEqualTo(1);
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedWithTheStateAndTheMove() {
        Hazard h = confirmed("GENERAL");
        IllegalTransition refused = catchThrowableOfType(IllegalTransition.class,
                () -> h.submit("done", PHOTO, ENTERPRISE, T0, TODAY));
        assertThat(refused.current()).isEqualTo(HazardStatus.CONFIRMED);
        assertThat(refused.refused()).isEqualTo(LedgerAction.SUBMIT_RECTIFICATION);
        assertThat(refused.getMessage()).contains("PLAN_RECTIFICATION");
        assertThat(h.ledgerLength).isEqualTo(2);
    }

    @Test
    void aGeneralHazardGoesFromPlanToClosureByItsTownshipAndTheChainHolds() {
        Hazard h = confirmed("GENERAL");
        Transition planned = keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null),
                ENTERPRISE, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(h.deadline).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(planned.records()).hasSize(2).hasAtLeastOneElementOfType(PlanRevision.class)
                .hasAtLeastOneElementOfType(DeadlineChange.class);
        HazardPlannedV1 event = (HazardPlannedV1) planned.event();
        assertThat(event.type()).isEqualTo("hazard.rectification-planned.v1");
        assertThat(event.hazard().responsible().kind()).isEqualTo(ResponsibleSide.ENTERPRISE);
        assertThat(event.toString()).doesNotContain("13800000000");

        keep(h.submit("已整改", PHOTO, ENTERPRISE, T0, TODAY));
        assertThat(h.submittedBy).isEqualTo("boss-1");
        Actor submitterAsTownship = actor("boss-1", "TOWNSHIP", "500240213000");
        assertThatThrownBy(() -> h.close(null, submitterAsTownship, T0, TODAY)).isInstanceOf(WrongSide.class)
                .hasMessageContaining("never the submitter");
        assertThatThrownBy(() -> h.close(null, COUNTY_REGULATOR, T0, TODAY)).isInstanceOf(WrongSide.class)
                .hasMessageContaining("general hazard is closed by its township");
        Transition closed = keep(h.close("整改到位", TOWNSHIP, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.CLOSED);
        assertThat(closed.event()).isInstanceOf(HazardClosedV1.class);
        assertThat(LedgerChain.verify(ledger.stream().map(HazardEntry::link).toList(), h.ledgerHead).intact()).isTrue();
    }

    @Test
    void aMajorHazardIsClosedOnlyByTheCountyRegulator() {
        Hazard h = confirmedMajor();
        keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY));
        keep(h.submit("已整改", PHOTO, ENTERPRISE, T0, TODAY));
        assertThatThrownBy(() -> h.close(null, TOWNSHIP, T0, TODAY)).isInstanceOf(WrongSide.class)
                .hasMessageContaining("验收销号");
        keep(h.close(null, COUNTY_REGULATOR, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.CLOSED);
    }

    @Test
    void aSendBackReturnsToRectifyingWithItsReasonsAndAReopeningSetsANewDeadline() {
        Hazard h = confirmed("GENERAL");
        keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY));
        keep(h.submit("已整改", PHOTO, ENTERPRISE, T0, TODAY));
        Transition back = keep(h.sendBack(List.of(" 报警器未接入值班室 "), null, TOWNSHIP, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(back.entry().data).isEqualTo("{\"reasons\":[\"报警器未接入值班室\"]}");
        keep(h.submit("已整改", PHOTO, ENTERPRISE, T0, TODAY));
        keep(h.close(null, OTHER_TOWNSHIP_CLERK, T0, TODAY));
        Transition reopened = keep(h.reopen("回头看发现反弹", LocalDate.parse("2027-01-15"), TOWNSHIP, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(h.closedAt).isNull();
        assertThat(h.deadline).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(reopened.records()).singleElement().isInstanceOf(DeadlineChange.class);
        assertThat(reopened.event().type()).isEqualTo("hazard.reopened.v1");
    }

    @Test
    void anOnTheSpotFixNeedsAPhotoAndGoesToReview() {
        Hazard h = confirmed("GENERAL");
        InvalidStep refused = catchThrowableOfType(InvalidStep.class, () -> h.fixOnSpot("当场整改",
                List.of(new EvidenceCited("d", "DOCUMENT", "application/pdf", "b".repeat(64))), INSPECTOR, T0, TODAY));
        assertThat(refused.field()).isEqualTo("evidenceIds");
        keep(h.fixOnSpot("当场整改", PHOTO, INSPECTOR, T0, TODAY));
        assertThat(h.status).isEqualTo(HazardStatus.SUBMITTED);
        assertThat(h.submittedBy).isEqualTo("inspector-7");
    }

    @Test
    void anExtensionIsDecidedByTheClosingSideAndTheHistoryKeepsEveryDeadline() {
        Hazard h = confirmed("GENERAL");
        keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY));
        assertThatThrownBy(() -> h.requestExtension("晚一点", LocalDate.parse("2026-12-30"), ENTERPRISE, T0, TODAY))
                .isInstanceOf(InvalidStep.class);
        Transition requested = keep(h.requestExtension("设备供货延迟", LocalDate.parse("2027-01-15"), ENTERPRISE, T0, TODAY));
        ExtensionRequest request = (ExtensionRequest) requested.records().get(0);
        assertThat(h.pendingExtension).isEqualTo(request.id);
        assertThatThrownBy(() -> h.requestExtension("再延", LocalDate.parse("2027-02-15"), ENTERPRISE, T0, TODAY))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("already pending");
        assertThatThrownBy(() -> h.decideExtension(request, true, null, COUNTY_REGULATOR, T0, TODAY))
                .isInstanceOf(WrongSide.class);
        Transition decided = keep(h.decideExtension(request, true, "同意", TOWNSHIP, T0, TODAY));
        assertThat(h.deadline).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(h.pendingExtension).isNull();
        assertThat(request.decision).isEqualTo(ExtensionRequest.Decision.APPROVED);
        DeadlineChange change = (DeadlineChange) decided.records().get(0);
        assertThat(change.previousDeadline).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(change.setByAction).isEqualTo(LedgerAction.APPROVE_EXTENSION);
    }

    @Test
    void aRevisionSaysWhyAndIsItsOwnEntry() {
        Hazard h = confirmed("GENERAL");
        keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY));
        assertThatThrownBy(() -> h.plan(LedgerAction.REVISE_PLAN, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("why");
        assertThatThrownBy(() -> h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), "x"), ENTERPRISE, T0, TODAY))
                .isInstanceOf(IllegalTransition.class);
        Transition revised = keep(h.plan(LedgerAction.REVISE_PLAN, plan(LocalDate.parse("2026-12-31"), "增加报警器"),
                ENTERPRISE, T0, TODAY));
        assertThat(h.planRevision).isEqualTo(2);
        assertThat(revised.event().type()).isEqualTo("hazard.plan-revised.v1");
        // the deadline did not move, so the history gains nothing
        assertThat(revised.records()).singleElement().isInstanceOf(PlanRevision.class);
    }

    @Test
    void aMajorHazardIsDualReportedToEachSideOnceAndListedOnlyByARegulatorAndDelistedOnlyWhenClosed() {
        Hazard h = confirmedMajor();
        keep(h.dualReport(DualReportRecipient.TOWNSHIP_GOVERNMENT, "三星乡人民政府", null, ENTERPRISE, T0, TODAY));
        assertThatThrownBy(() -> h.dualReport(DualReportRecipient.TOWNSHIP_GOVERNMENT, "三星乡人民政府", null, ENTERPRISE, T0, TODAY))
                .isInstanceOf(IllegalTransition.class);
        Transition second = keep(h.dualReport(DualReportRecipient.INDUSTRY_DEPARTMENT, "忠县城管局", null, ENTERPRISE, T0, TODAY));
        assertThat(h.dualReport.complete()).isTrue();
        assertThat(second.event().toString()).contains("complete=true");

        assertThatThrownBy(() -> h.listForSupervision(SupervisionLevel.COUNTY, "忠县安委办", "忠安办督〔2026〕1号",
                LocalDate.parse("2027-01-31"), TOWNSHIP, T0, TODAY)).isInstanceOf(WrongSide.class);
        keep(h.listForSupervision(SupervisionLevel.COUNTY, "忠县安委办", "忠安办督〔2026〕1号",
                LocalDate.parse("2027-01-31"), COUNTY_REGULATOR, T0, TODAY));
        assertThat(HazardFacts.of(h, TODAY).listedForSupervision()).isTrue();
        IllegalTransition early = catchThrowableOfType(IllegalTransition.class, () -> h.delist(null, COUNTY_REGULATOR, T0, TODAY));
        assertThat(early.refused()).isEqualTo(LedgerAction.DELIST);
        assertThat(early.current()).isEqualTo(HazardStatus.CONFIRMED);
    }

    @Test
    void aGeneralHazardIsNeitherDualReportedNorListed() {
        Hazard h = confirmed("GENERAL");
        assertThatThrownBy(() -> h.dualReport(DualReportRecipient.TOWNSHIP_GOVERNMENT, "乡政府", null, ENTERPRISE, T0, TODAY))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("only a major hazard");
        assertThatThrownBy(() -> h.listForSupervision(SupervisionLevel.COUNTY, "a", "b", TODAY, COUNTY_REGULATOR, T0, TODAY))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("only a major hazard");
    }

    @Test
    void escalationPutsTheHazardInTheCountyPoolAndAPushNamesTheDepartment() {
        Hazard h = confirmed("GENERAL");
        keep(h.escalateToCounty("乡镇无力解决", TOWNSHIP, T0, TODAY));
        assertThat(h.escalation.poolRegionCode).isEqualTo("500240000000");
        assertThatThrownBy(() -> h.escalateToCounty(null, TOWNSHIP, T0, TODAY)).isInstanceOf(IllegalTransition.class);
        Transition pushed = keep(h.pushToDepartment("500240-ZJW", "忠县住建委", null, TOWNSHIP, T0, TODAY));
        assertThat(HazardFacts.of(h, TODAY).departmentCode()).isEqualTo("500240-ZJW");
        assertThat(pushed.event().type()).isEqualTo("hazard.escalated.v1");
    }

    @Test
    void overdueIsAPassedDeadlineWhileRectifying() {
        Hazard h = confirmed("GENERAL");
        keep(h.plan(LedgerAction.PLAN_RECTIFICATION, plan(LocalDate.parse("2026-12-31"), null), ENTERPRISE, T0, TODAY));
        assertThat(h.isOverdue(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(h.isOverdue(LocalDate.parse("2027-01-01"))).isTrue();
        keep(h.submit("已整改", PHOTO, ENTERPRISE, T0, TODAY));
        assertThat(h.isOverdue(LocalDate.parse("2027-01-01"))).isFalse();
    }

    private Transition keep(Transition t) {
        ledger.add(t.entry());
        return t;
    }

    private Hazard reported(String level) {
        return keep(Hazard.report(request(level), VILLAGE, INSPECTOR, T0)).hazard();
    }

    private Hazard confirmed(String level) {
        Hazard h = reported(level);
        keep(h.confirm(new Confirmation(null, null, null, null, null, null, null, null), "YH-500240-2026-000009",
                TOWNSHIP, T0));
        return h;
    }

    private Hazard confirmedMajor() {
        Hazard h = reported("MAJOR");
        keep(h.confirm(new Confirmation(null, null, null, null, null, null, "MEM-2023-10", "第四条"),
                "YH-500240-2026-000010", TOWNSHIP, T0));
        return h;
    }

    static FiveInPlacePlan plan(LocalDate deadline, String revisionReason) {
        return new FiveInPlacePlan(new FiveInPlacePlan.Responsible("张建国", "安全主管", "13800000000"), null,
                "更换灶具", new FiveInPlacePlan.Funds(new BigDecimal("3500.00"), "企业自筹"), deadline,
                new FiveInPlacePlan.Contingency("停用燃气", null), revisionReason);
    }

    private static Actor actor(String subject, String role, String region) {
        return new Actor(subject, role, RegionCode.of(region), null, null, subject);
    }

    private static ReportHazardRequest request(String level) {
        ReportHazardRequest.EnterpriseDto enterprise = new ReportHazardRequest.EnterpriseDto("好再来餐馆",
                "91350100M000100Y43", null, null, "13900000000");
        return new ReportHazardRequest(" 液化气钢瓶与灶具同室存放 ", "未安装报警装置", null, "500240213001", Industry.GAS,
                HazardSource.GRID_PATROL, HazardLevel.valueOf(level), HazardType.OBJECT, RiskColour.YELLOW, null,
                enterprise, null, null, null);
    }
}
