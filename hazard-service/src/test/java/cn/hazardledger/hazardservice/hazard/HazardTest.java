package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The aggregate's moves, without a server: each appends one numbered, signed entry and names its event. */
class HazardTest {

    private static final Actor INSPECTOR = new Actor("inspector-7", "INSPECTOR");
    private static final Actor TOWNSHIP = new Actor("clerk-1", "TOWNSHIP");
    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void aReportOpensTheLedgerWithTheReportersEntry() {
        Transition t = Hazard.report(request("GENERAL"), RegionCode.of("500240213001"), INSPECTOR, T0);
        assertThat(t.hazard().status).isEqualTo(HazardStatus.REPORTED);
        assertThat(t.hazard().ledgerLength).isEqualTo(1);
        assertThat(t.entry().sequence).isEqualTo(1);
        assertThat(t.entry().action).isEqualTo(LedgerAction.REPORT);
        assertThat(t.entry().actor).isEqualTo("inspector-7");
        assertThat(t.event().type()).isEqualTo("hazard.reported.v1");
        assertThat(t.event().aggregateId()).isEqualTo(t.hazard().id.toString());
        assertThat(((HazardReportedV1) t.event()).townshipCode()).isEqualTo("500240213000");
    }

    @Test
    void aReviewMovesTheHazardAndSignsTheNextEntry() {
        Hazard hazard = Hazard.report(request("MAJOR"), RegionCode.of("500240213001"), INSPECTOR, T0).hazard();
        Transition t = hazard.review(LedgerAction.REJECT, "DUPLICATE", "与上一条重复", TOWNSHIP, T0.plusSeconds(60));
        assertThat(hazard.status).isEqualTo(HazardStatus.REJECTED);
        assertThat(hazard.updatedAt).isEqualTo(T0.plusSeconds(60));
        assertThat(t.entry().sequence).isEqualTo(2);
        assertThat(t.entry().note).isEqualTo("DUPLICATE: 与上一条重复");
        assertThat(t.entry().statusAfter).isEqualTo(HazardStatus.REJECTED);
        HazardReviewedV1 event = (HazardReviewedV1) t.event();
        assertThat(event.type()).isEqualTo("hazard.rejected.v1");
        assertThat(event.reviewedBy()).isEqualTo("clerk-1");
        assertThat(event.reviewedAt()).isEqualTo("2026-11-26T10:01:00+08:00");
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedWithTheStateAndTheMove() {
        Hazard hazard = Hazard.report(request("GENERAL"), RegionCode.of("500240213001"), INSPECTOR, T0).hazard();
        hazard.review(LedgerAction.CONFIRM, null, null, TOWNSHIP, T0);
        IllegalTransition refused = catchThrowableOfType(IllegalTransition.class,
                () -> hazard.review(LedgerAction.CONFIRM, null, null, TOWNSHIP, T0));
        assertThat(refused.current()).isEqualTo(HazardStatus.CONFIRMED);
        assertThat(refused.refused()).isEqualTo(LedgerAction.CONFIRM);
        assertThat(refused.getMessage()).contains("START_RECTIFICATION");
        assertThat(hazard.ledgerLength).isEqualTo(2);
    }

    private static ReportHazardRequest request(String level) {
        return new ReportHazardRequest(" 液化气钢瓶与灶具同室存放 ", "未安装报警装置", "500240213001", Industry.GAS,
                HazardSource.GRID_PATROL, HazardLevel.valueOf(level), null);
    }
}
