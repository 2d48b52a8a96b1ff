package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;
import java.util.List;

/** Payload of {@code hazard.fixed-on-spot.v1} (schema: events/hazard.fixed-on-spot.v1.schema.json): 即查即改: fixed during the inspection, with photos of the fix; waits for review (SUBMITTED). */
public record HazardFixedOnSpotV1(HazardFacts hazard, StepTaken step, String measures, List<EvidenceCited> evidence) implements HazardEvent {

    public static final String TYPE = "hazard.fixed-on-spot.v1";

    public static HazardFixedOnSpotV1 of(Hazard h, HazardEntry entry, LocalDate today, String measures, List<EvidenceCited> evidence) {
        return new HazardFixedOnSpotV1(HazardFacts.of(h, today), StepTaken.of(entry), measures, evidence);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
