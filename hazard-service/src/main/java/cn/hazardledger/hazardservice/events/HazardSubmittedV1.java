package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;
import java.util.List;

/** Payload of {@code hazard.submitted.v1} (schema: events/hazard.submitted.v1.schema.json): 提交整改: the rectification was submitted with evidence; waits for review (复查). */
public record HazardSubmittedV1(HazardFacts hazard, StepTaken step, String summary, List<EvidenceCited> evidence) implements HazardEvent {

    public static final String TYPE = "hazard.submitted.v1";

    public static HazardSubmittedV1 of(Hazard h, HazardEntry entry, LocalDate today, String summary, List<EvidenceCited> evidence) {
        return new HazardSubmittedV1(HazardFacts.of(h, today), StepTaken.of(entry), summary, evidence);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
