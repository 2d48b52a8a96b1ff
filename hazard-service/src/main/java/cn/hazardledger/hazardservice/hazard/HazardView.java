package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Hazard", description = "一条隐患的当前状态 / a hazard as it stands")
public record HazardView(
        UUID id,
        String title,
        String description,
        String regionCode,
        String townshipCode,
        Industry industry,
        HazardSource source,
        HazardLevel level,
        HazardStatus status,
        ReportHazardRequest.LocationDto location,
        String reportedBy,
        String reporterRole,
        OffsetDateTime reportedAt,
        OffsetDateTime updatedAt,
        long version) {

    static HazardView of(Hazard h) {
        ReportHazardRequest.LocationDto location = h.location == null ? null
                : new ReportHazardRequest.LocationDto(h.location.address, h.location.latitude, h.location.longitude);
        return new HazardView(h.id, h.title, h.description, h.regionCode,
                RegionCode.of(h.regionCode).township().value(), h.industry, h.source, h.level, h.status, location,
                h.reportedBy, h.reporterRole, ChinaTime.of(h.reportedAt), ChinaTime.of(h.updatedAt), h.version);
    }
}
