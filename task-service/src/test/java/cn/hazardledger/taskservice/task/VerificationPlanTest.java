package cn.hazardledger.taskservice.task;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationPlanTest {

    private final VerificationPlan plan = new VerificationPlan(Duration.ofDays(3), Duration.ofDays(1));
    private final Instant reported = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void theTownshipOfTheHazardsVillageVerifiesIt() {
        var a = plan.plan("液化气钢瓶", "500240213001", false, reported);
        assertThat(a.regionCode()).isEqualTo("500240213000");
        assertThat(a.assigneeRole()).isEqualTo("TOWNSHIP");
        assertThat(a.title()).isEqualTo("核实隐患：液化气钢瓶");
        assertThat(a.dueAt()).isEqualTo(reported.plus(Duration.ofDays(3)));
    }

    @Test
    void aMajorHazardIsVerifiedSooner() {
        var a = plan.plan("自建房开裂", "500240213002", true, reported);
        assertThat(a.title()).startsWith("核实重大事故隐患");
        assertThat(a.dueAt()).isEqualTo(reported.plus(Duration.ofDays(1)));
    }

    @Test
    void aHazardReportedAtTownshipLevelStaysWithThatTownship() {
        assertThat(plan.plan("t", "500240213000", false, reported).regionCode()).isEqualTo("500240213000");
    }
}
