package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * Payload of {@code hazard.confirmed.v1} and {@code hazard.rejected.v1}: the township's review of a reported
 * hazard (schemas: events/hazard.confirmed.v1.schema.json, events/hazard.rejected.v1.schema.json). The flat
 * fields are the first contract; {@code hazard} and the fields after {@code reviewedAt} were added later.
 */
public record HazardReviewedV1(@JsonIgnore String type, String hazardId, String regionCode, String townshipCode,
                               String level, String status, String reason, String note, String reviewedBy,
                               String reviewerRole, String reviewedAt, HazardFacts hazard, String ledgerNumber,
                               Map<String, Object> corrections, String standardCode, String standardClause,
                               String duplicateOf) implements OutgoingEvent {

    public static final String CONFIRMED = "hazard.confirmed.v1";
    public static final String REJECTED = "hazard.rejected.v1";

    public static HazardReviewedV1 confirmed(Hazard h, HazardEntry entry, String note, Map<String, Object> data) {
        Map<String, Object> corrections = new java.util.LinkedHashMap<>(data);
        corrections.keySet().removeAll(java.util.Set.of("ledgerNumber", "standardCode", "standardClause"));
        return new HazardReviewedV1(CONFIRMED, h.id.toString(), h.regionCode, township(h), h.level.name(),
                h.status.name(), null, note, entry.actor, entry.actorRole, ChinaTime.format(entry.recordedAt),
                facts(h, entry), h.ledgerNumber, corrections, h.standardCode, h.standardClause, null);
    }

    public static HazardReviewedV1 rejected(Hazard h, HazardEntry entry, String reason, String note) {
        return new HazardReviewedV1(REJECTED, h.id.toString(), h.regionCode, township(h), h.level.name(),
                h.status.name(), reason, note, entry.actor, entry.actorRole, ChinaTime.format(entry.recordedAt),
                facts(h, entry), null, Map.of(), null, null, h.duplicateOf == null ? null : h.duplicateOf.toString());
    }

    private static HazardFacts facts(Hazard h, HazardEntry entry) {
        return HazardFacts.of(h, entry.recordedAt.atZone(ChinaTime.ZONE).toLocalDate());
    }

    private static String township(Hazard h) {
        return RegionCode.of(h.regionCode).township().value();
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
