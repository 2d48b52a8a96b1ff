package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.outbox.OutgoingEvent;

/** An event about one hazard after its report: keyed by the hazard, carrying its {@link HazardFacts}. */
public interface HazardEvent extends OutgoingEvent {

    HazardFacts hazard();

    @Override
    default String aggregateType() {
        return "hazard";
    }

    @Override
    default String aggregateId() {
        return hazard().hazardId();
    }
}
