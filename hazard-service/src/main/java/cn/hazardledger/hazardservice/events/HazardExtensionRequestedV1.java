package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.extension-requested.v1} (schema: events/hazard.extension-requested.v1.schema.json): 延期申请: the rectifying side asked for a later deadline. */
public record HazardExtensionRequestedV1(HazardFacts hazard, StepTaken step, String extensionId, String reason, String currentDeadline, String proposedDeadline) implements HazardEvent {

    public static final String TYPE = "hazard.extension-requested.v1";

    public static HazardExtensionRequestedV1 of(Hazard h, HazardEntry entry, LocalDate today, String extensionId, String reason, String currentDeadline, String proposedDeadline) {
        return new HazardExtensionRequestedV1(HazardFacts.of(h, today), StepTaken.of(entry), extensionId, reason, currentDeadline, proposedDeadline);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
