package cn.hazardledger.notifyservice.routing;

import java.util.Set;
import java.util.TreeSet;

/**
 * The event types a rule may name: those of the catalogue (deploy/asyncapi.yaml; a test keeps this list equal to
 * it) and this service's own follow-ups. hazard.imported.v1 is left out: an imported ledger tells nobody.
 */
public final class EventTypes {

    public static final Set<String> ROUTABLE = new TreeSet<>(Set.of(
            "hazard.reported.v1", "hazard.confirmed.v1", "hazard.rejected.v1", "hazard.fixed-on-spot.v1",
            "hazard.rectification-planned.v1", "hazard.plan-revised.v1", "hazard.submitted.v1", "hazard.sent-back.v1",
            "hazard.closed.v1", "hazard.reopened.v1", "hazard.dual-reported.v1", "hazard.listed-for-supervision.v1",
            "hazard.delisted.v1", "hazard.escalated.v1", "hazard.extension-requested.v1",
            "hazard.extension-decided.v1", "hazard.deadline-approaching.v1", "hazard.overdue.v1",
            "task.created.v1", "task.completed.v1", "task.deadline-approaching.v1", "task.overdue.v1",
            "campaign.breakdown-imported.v1", "campaign.published.v1", "campaign.task-assigned.v1",
            "campaign.instance-opened.v1", "campaign.progress-reported.v1", "campaign.task-completed.v1",
            DefaultRules.STILL_OVERDUE_HAZARD, DefaultRules.STILL_OVERDUE_TASK));

    /** Types whose events describe a hazard, so that industry and level conditions mean something. */
    public static boolean aboutHazards(String type) {
        return type.startsWith("hazard.");
    }

    private EventTypes() {
    }
}
