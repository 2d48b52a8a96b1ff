package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.listed-for-supervision.v1} (schema: events/hazard.listed-for-supervision.v1.schema.json): 挂牌督办: a regulator listed a major hazard for supervision. */
public record HazardListedV1(HazardFacts hazard, StepTaken step, String listingLevel, String authority, String documentNumber, String listingDeadline) implements HazardEvent {

    public static final String TYPE = "hazard.listed-for-supervision.v1";

    public static HazardListedV1 of(Hazard h, HazardEntry entry, LocalDate today, String listingLevel, String authority, String documentNumber, String listingDeadline) {
        return new HazardListedV1(HazardFacts.of(h, today), StepTaken.of(entry), listingLevel, authority, documentNumber, listingDeadline);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
