package cn.hazardledger.notifyservice.events;

import java.util.Set;

/**
 * Every event type of the catalogue (deploy/asyncapi.yaml; EventCatalogueTest keeps the two equal): what a routing
 * rule or a webhook subscription may name exactly.
 */
public final class EventCatalogue {

    public static final Set<String> TYPES = Set.of(
            "hazard.reported.v1", "hazard.confirmed.v1", "hazard.rejected.v1", "hazard.fixed-on-spot.v1",
            "hazard.rectification-planned.v1", "hazard.plan-revised.v1", "hazard.submitted.v1", "hazard.closed.v1",
            "hazard.sent-back.v1", "hazard.reopened.v1", "hazard.imported.v1", "hazard.extension-requested.v1",
            "hazard.extension-decided.v1", "hazard.dual-reported.v1", "hazard.listed-for-supervision.v1",
            "hazard.delisted.v1", "hazard.escalated.v1", "hazard.deadline-approaching.v1", "hazard.overdue.v1",
            "campaign.breakdown-imported.v1", "campaign.published.v1", "campaign.progress-reported.v1",
            "task.deadline-approaching.v1", "task.overdue.v1", "campaign.task-assigned.v1",
            "campaign.task-completed.v1", "campaign.instance-opened.v1", "task.created.v1", "task.completed.v1");

    private EventCatalogue() {
    }
}
