package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import cn.hazardledger.hazardservice.rectification.PlanRevision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payload of {@code hazard.rectification-planned.v1} (revision 1: rectification starts under the five in place)
 * and {@code hazard.plan-revised.v1} (a later revision). The responsible person's phone stays in the service.
 */
public record HazardPlannedV1(@com.fasterxml.jackson.annotation.JsonIgnore String type, HazardFacts hazard,
                              StepTaken step, Plan plan) implements HazardEvent {

    public static final String PLANNED = "hazard.rectification-planned.v1";
    public static final String REVISED = "hazard.plan-revised.v1";

    public record Plan(int revision, String responsibleName, String responsiblePost, String unitCode, String unitName,
                       String measures, BigDecimal fundsYuan, String fundsSource, String deadline,
                       String contingencyPlan, String contingencyDocumentId, String revisionReason) {
    }

    public static HazardPlannedV1 of(Hazard h, HazardEntry entry, LocalDate today, PlanRevision p) {
        return new HazardPlannedV1(p.revision == 1 ? PLANNED : REVISED, HazardFacts.of(h, today), StepTaken.of(entry),
                new Plan(p.revision, p.responsibleName, p.responsiblePost, p.unitCode, p.unitName, p.measures,
                        p.fundsYuan, p.fundsSource, p.deadline.toString(), p.contingencyPlan,
                        p.contingencyDocumentId == null ? null : p.contingencyDocumentId.toString(), p.revisionReason));
    }
}
