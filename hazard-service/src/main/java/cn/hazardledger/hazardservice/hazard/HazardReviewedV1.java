package cn.hazardledger.hazardservice.hazard;

/**
 * Payload of {@code hazard.confirmed.v1} and {@code hazard.rejected.v1}: the township's review of a reported
 * hazard (schemas: events/hazard.confirmed.v1.schema.json, events/hazard.rejected.v1.schema.json).
 */
public record HazardReviewedV1(String hazardId, String regionCode, String townshipCode, String level,
                               String status, String reason, String note, String reviewedBy,
                               String reviewerRole, String reviewedAt) {

    public static final String CONFIRMED = "hazard.confirmed.v1";
    public static final String REJECTED = "hazard.rejected.v1";
}
