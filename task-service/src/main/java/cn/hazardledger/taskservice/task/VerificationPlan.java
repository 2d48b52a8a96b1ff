package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.security.RegionCode;

import java.time.Duration;
import java.time.Instant;

/**
 * Who verifies a reported hazard and by when: the township of the hazard's region (纳入全量库 needs its
 * review, 三星府发〔2023〕76号 §八; docs/domain.md), sooner for a major hazard. Plain Java so that the rule is tested without a server.
 */
public final class VerificationPlan {

    private final Duration generalWithin;
    private final Duration majorWithin;

    public VerificationPlan(Duration generalWithin, Duration majorWithin) {
        this.generalWithin = generalWithin;
        this.majorWithin = majorWithin;
    }

    public Assignment plan(String hazardTitle, String hazardRegion, boolean major, Instant reportedAt) {
        RegionCode township = RegionCode.of(hazardRegion).township();
        Duration within = major ? majorWithin : generalWithin;
        String title = (major ? "核实重大事故隐患：" : "核实隐患：") + hazardTitle;
        return new Assignment(title, township.value(), "TOWNSHIP", reportedAt.plus(within));
    }

    public record Assignment(String title, String regionCode, String assigneeRole, Instant dueAt) {
    }
}
