package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Payload of {@code hazard.confirmed.v1} and {@code hazard.rejected.v1}: the township's review of a reported
 * hazard (schemas: events/hazard.confirmed.v1.schema.json, events/hazard.rejected.v1.schema.json).
 */
public record HazardReviewedV1(@JsonIgnore String type, String hazardId, String regionCode, String townshipCode,
                               String level, String status, String reason, String note, String reviewedBy,
                               String reviewerRole, String reviewedAt) implements OutgoingEvent {

    public static final String CONFIRMED = "hazard.confirmed.v1";
    public static final String REJECTED = "hazard.rejected.v1";

    static HazardReviewedV1 of(Hazard h, HazardEntry entry, String reason, String note) {
        return new HazardReviewedV1(entry.action == LedgerAction.CONFIRM ? CONFIRMED : REJECTED, h.id.toString(),
                h.regionCode, RegionCode.of(h.regionCode).township().value(), h.level.name(), h.status.name(), reason,
                note, entry.actor, entry.actorRole, ChinaTime.format(entry.recordedAt));
    }

    @Override
    public String aggregateType() {
        return "hazard";
    }

    @Override
    public String aggregateId() {
        return hazardId;
    }
}
