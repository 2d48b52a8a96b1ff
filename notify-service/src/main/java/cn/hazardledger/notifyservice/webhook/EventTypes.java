package cn.hazardledger.notifyservice.webhook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscription may ask for: exact types from the catalogue (deploy/asyncapi.yaml; EventTypesTest keeps the
 * two equal) and prefixes ending in {@code .*}, which also take the types and versions producers add later.
 */
public final class EventTypes {

    /** Every type of deploy/asyncapi.yaml. */
    static final Set<String> CATALOGUE = Set.of(
            "hazard.reported.v1", "hazard.confirmed.v1", "hazard.rejected.v1", "hazard.fixed-on-spot.v1",
            "hazard.rectification-planned.v1", "hazard.plan-revised.v1", "hazard.submitted.v1", "hazard.closed.v1",
            "hazard.sent-back.v1", "hazard.reopened.v1", "hazard.imported.v1", "hazard.extension-requested.v1",
            "hazard.extension-decided.v1", "hazard.dual-reported.v1", "hazard.listed-for-supervision.v1",
            "hazard.delisted.v1", "hazard.escalated.v1", "hazard.deadline-approaching.v1", "hazard.overdue.v1",
            "campaign.breakdown-imported.v1", "campaign.published.v1", "campaign.progress-reported.v1",
            "task.deadline-approaching.v1", "task.overdue.v1", "campaign.task-assigned.v1",
            "campaign.task-completed.v1", "campaign.instance-opened.v1", "task.created.v1", "task.completed.v1");

    static final int MAX = 50;

    private EventTypes() {
    }

    /** Whether a type is asked for by any of the patterns (checked by {@link #problems}). */
    public static boolean matches(List<String> patterns, String type) {
        for (String p : patterns) {
            if (p.equals("*") || p.equals(type) || p.endsWith(".*") && type.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Each pattern that cannot be asked for, as (index, reason); empty when all can. */
    public static List<Problem> problems(List<String> patterns) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (!seen.add(p)) {
                problems.add(new Problem(i, "is given twice"));
                continue;
            }
            int index = i;
            reason(p).ifPresent(r -> problems.add(new Problem(index, r)));
        }
        return problems;
    }

    public record Problem(int index, String reason) {
    }

    private static Optional<String> reason(String p) {
        if (p.equals("*") || CATALOGUE.contains(p)) {
            return Optional.empty();
        }
        if (p.endsWith(".*")) {
            String prefix = p.substring(0, p.length() - 1);
            if (prefix.length() > 1 && CATALOGUE.stream().anyMatch(t -> t.startsWith(prefix))) {
                return Optional.empty();
            }
            return Optional.of("no event type of the catalogue starts with " + prefix + " (known families: hazard.*, "
                    + "task.*, campaign.*)");
        }
        return Optional.of("is not an event type of the catalogue (deploy/asyncapi.yaml), e.g. hazard.closed.v1, "
                + "nor a prefix such as hazard.*");
    }
}
