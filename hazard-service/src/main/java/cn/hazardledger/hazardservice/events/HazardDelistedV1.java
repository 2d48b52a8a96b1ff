package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.delisted.v1} (schema: events/hazard.delisted.v1.schema.json): 摘牌: the listing authority delisted a closed hazard. */
public record HazardDelistedV1(HazardFacts hazard, StepTaken step, String note) implements HazardEvent {

    public static final String TYPE = "hazard.delisted.v1";

    public static HazardDelistedV1 of(Hazard h, HazardEntry entry, LocalDate today, String note) {
        return new HazardDelistedV1(HazardFacts.of(h, today), StepTaken.of(entry), note);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
