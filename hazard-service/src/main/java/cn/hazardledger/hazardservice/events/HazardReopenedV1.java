package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.reopened.v1} (schema: events/hazard.reopened.v1.schema.json): 回头看: a spot re-check reopened a closed hazard; RECTIFYING with a new deadline. */
public record HazardReopenedV1(HazardFacts hazard, StepTaken step, String reason) implements HazardEvent {

    public static final String TYPE = "hazard.reopened.v1";

    public static HazardReopenedV1 of(Hazard h, HazardEntry entry, LocalDate today, String reason) {
        return new HazardReopenedV1(HazardFacts.of(h, today), StepTaken.of(entry), reason);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
