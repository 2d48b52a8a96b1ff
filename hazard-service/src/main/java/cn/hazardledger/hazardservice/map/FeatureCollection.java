package cn.hazardledger.hazardservice.map;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.RiskColour;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** RFC 7946 GeoJSON, with one foreign member: {@code truncated} says more hazards matched than were answered. */
@Schema(name = "HazardFeatureCollection", description = "一张图图层 / hazards with a location as a GeoJSON FeatureCollection")
public record FeatureCollection(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features,
                                @Schema(description = "more hazards matched than maps.max-features; narrow by bbox or filters")
                                boolean truncated) {

    public static FeatureCollection of(List<Feature> features, boolean truncated) {
        return new FeatureCollection("FeatureCollection", features, truncated);
    }

    @Schema(name = "HazardFeature")
    public record Feature(@Schema(enumeration = "Feature") String type, UUID id, Point geometry, Properties properties) {

        static Feature of(HazardPoint p, LocalDate today) {
            boolean overdue = Hazard.isOverdue(p.deadline(), p.status(), today);
            return new Feature("Feature", p.id(), Point.of(p.longitude(), p.latitude()),
                    new Properties(p.ledgerNumber(), p.title(), p.regionCode(), p.level(), p.riskColour(), p.status(),
                            overdue, p.deadline()));
        }
    }

    @Schema(name = "GeoJsonPoint", description = "coordinates are [longitude, latitude] in WGS 84 (RFC 7946)")
    public record Point(@Schema(enumeration = "Point") String type, List<BigDecimal> coordinates) {
        static Point of(BigDecimal longitude, BigDecimal latitude) {
            return new Point("Point", List.of(longitude, latitude));
        }
    }

    @Schema(name = "HazardFeatureProperties", description = "what a layer styles and labels by")
    public record Properties(String ledgerNumber, String title, String regionCode, HazardLevel level,
                             RiskColour riskColour, HazardStatus status, boolean overdue, LocalDate deadline) {
    }
}
