package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.extension-decided.v1} (schema: events/hazard.extension-decided.v1.schema.json): 延期审批: the closing side approved or refused an extension; hazard.deadline is the deadline now in force. */
public record HazardExtensionDecidedV1(HazardFacts hazard, StepTaken step, String extensionId, String decision, String note, String proposedDeadline) implements HazardEvent {

    public static final String TYPE = "hazard.extension-decided.v1";

    public static HazardExtensionDecidedV1 of(Hazard h, HazardEntry entry, LocalDate today, String extensionId, String decision, String note, String proposedDeadline) {
        return new HazardExtensionDecidedV1(HazardFacts.of(h, today), StepTaken.of(entry), extensionId, decision, note, proposedDeadline);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
