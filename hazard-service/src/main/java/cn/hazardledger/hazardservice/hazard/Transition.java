package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.OutgoingEvent;

/** What one action did to a hazard: the ledger entry it appended and the event that tells the others. */
public record Transition(Hazard hazard, HazardEntry entry, OutgoingEvent event) {
}
