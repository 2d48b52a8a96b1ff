package cn.hazardledger.hazardservice.hazard;

import java.math.BigDecimal;

/**
 * Payload of {@code hazard.reported.v1} (schema: events/hazard.reported.v1.schema.json). Field names and
 * meanings are a public contract: add optional fields freely, anything else needs a v2 type.
 */
public record HazardReportedV1(
        String hazardId,
        String title,
        String description,
        String regionCode,
        String townshipCode,
        String countyCode,
        String industry,
        String source,
        String level,
        String status,
        Location location,
        String reportedBy,
        String reporterRole,
        String reportedAt) {

    public static final String TYPE = "hazard.reported.v1";

    public record Location(String address, BigDecimal latitude, BigDecimal longitude) {
    }
}
