package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;
import java.util.List;

/** Payload of {@code hazard.sent-back.v1} (schema: events/hazard.sent-back.v1.schema.json): 复查退回: the review sent the rectification back, with reasons; RECTIFYING again. */
public record HazardSentBackV1(HazardFacts hazard, StepTaken step, List<String> reasons, String note) implements HazardEvent {

    public static final String TYPE = "hazard.sent-back.v1";

    public static HazardSentBackV1 of(Hazard h, HazardEntry entry, LocalDate today, List<String> reasons, String note) {
        return new HazardSentBackV1(HazardFacts.of(h, today), StepTaken.of(entry), reasons, note);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
