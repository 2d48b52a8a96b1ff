package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.closed.v1} (schema: events/hazard.closed.v1.schema.json): 复查销号: the review closed the hazard. */
public record HazardClosedV1(HazardFacts hazard, StepTaken step, String note) implements HazardEvent {

    public static final String TYPE = "hazard.closed.v1";

    public static HazardClosedV1 of(Hazard h, HazardEntry entry, LocalDate today, String note) {
        return new HazardClosedV1(HazardFacts.of(h, today), StepTaken.of(entry), note);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
