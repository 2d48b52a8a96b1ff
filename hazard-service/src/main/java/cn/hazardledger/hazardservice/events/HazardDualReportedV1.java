package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.dual-reported.v1} (schema: events/hazard.dual-reported.v1.schema.json): 双报告: a major hazard was reported to one side (township government or industry department); complete once both are. */
public record HazardDualReportedV1(HazardFacts hazard, StepTaken step, String recipient, String recipientName, boolean complete) implements HazardEvent {

    public static final String TYPE = "hazard.dual-reported.v1";

    public static HazardDualReportedV1 of(Hazard h, HazardEntry entry, LocalDate today, String recipient, String recipientName, boolean complete) {
        return new HazardDualReportedV1(HazardFacts.of(h, today), StepTaken.of(entry), recipient, recipientName, complete);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
