package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import java.util.List;

/**
 * What one action did to a hazard: the ledger entry it appended, the event that tells the others, and the
 * records it wrote beside the hazard (a plan revision, a deadline, an extension request).
 */
public record Transition(Hazard hazard, HazardEntry entry, OutgoingEvent event, List<PanacheEntityBase> records) {

    public Transition(Hazard hazard, HazardEntry entry, OutgoingEvent event) {
        this(hazard, entry, event, List.of());
    }
}
