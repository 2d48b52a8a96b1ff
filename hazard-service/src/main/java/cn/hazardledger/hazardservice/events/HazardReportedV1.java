package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Hazard;

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
        String reportedAt,
        String hazardType,
        String riskColour,
        String cause,
        String enterpriseName,
        String enterpriseCreditCode,
        String discoveredAt,
        String discoveredBy,
        String signature) implements OutgoingEvent {

    public static final String TYPE = "hazard.reported.v1";

    public static HazardReportedV1 of(Hazard h) {
        RegionCode region = RegionCode.of(h.regionCode);
        Location location = h.location == null ? null
                : new Location(h.location.address, h.location.latitude, h.location.longitude);
        return new HazardReportedV1(h.id.toString(), h.title, h.description, h.regionCode, region.township().value(),
                region.county().value(), h.industry.name(), h.source.name(), h.level.name(), h.status.name(), location,
                h.reportedBy, h.reporterRole, ChinaTime.format(h.reportedAt), name(h.hazardType), name(h.riskColour),
                h.cause, h.enterprise == null ? null : h.enterprise.name,
                h.enterprise == null ? null : h.enterprise.creditCode, ChinaTime.format(h.discoveredAt),
                h.discoveredBy, h.signature);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "hazard";
    }

    @Override
    public String aggregateId() {
        return hazardId;
    }

    public record Location(String address, BigDecimal latitude, BigDecimal longitude) {
    }
}
