package cn.hazardledger.hazardservice.publicreport;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 有奖举报 (002 §十, 004 §31): only the first valid report of a hazard is rewarded. "Valid" is a report the township
 * accepted or marked a duplicate of that hazard (both say the condition is real); "first" is the earliest received,
 * so a report that came in before the one accepted but was triaged later takes precedence. Ties on the received
 * time are broken by id, so that the rule always names one report.
 */
public final class RewardRule {

    /** What the rule looks at of each report of the hazard. */
    public record Candidate(UUID id, String trackingCode, PublicReportStatus status, Instant receivedAt,
                            boolean rewardProposed) {
    }

    private RewardRule() {
    }

    /** Why {@code report} may not be rewarded among the reports of its hazard, or empty when it may. */
    public static Optional<String> refusal(Candidate report, List<Candidate> reportsOfHazard) {
        if (report.status() != PublicReportStatus.ACCEPTED && report.status() != PublicReportStatus.DUPLICATE) {
            return Optional.of("only a report found valid (ACCEPTED or DUPLICATE) is rewarded; this one is " + report.status());
        }
        Optional<Candidate> first = reportsOfHazard.stream()
                .filter(c -> c.status() == PublicReportStatus.ACCEPTED || c.status() == PublicReportStatus.DUPLICATE)
                .min(Comparator.comparing(Candidate::receivedAt).thenComparing(Candidate::id));
        if (first.isPresent() && !first.get().id().equals(report.id())) {
            return Optional.of("only the first valid report of a hazard is rewarded: " + first.get().trackingCode()
                    + " was received earlier");
        }
        return reportsOfHazard.stream().filter(c -> !c.id().equals(report.id()) && c.rewardProposed()).findFirst()
                .map(c -> "a reward was already proposed for " + c.trackingCode() + " of the same hazard");
    }
}
