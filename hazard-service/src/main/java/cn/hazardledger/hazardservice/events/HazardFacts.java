package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.ResponsibleSide;

/**
 * What every hazard event after the report carries about the hazard, so that a consumer can route and act
 * without calling back: where it is, how serious, who must act, by when. No phone numbers (docs/domain.md).
 */
public record HazardFacts(String hazardId, String ledgerNumber, String title, String regionCode,
                          String townshipCode, String countyCode, String industry, String level, String riskColour,
                          String hazardType, String status, String deadline, boolean overdue,
                          ResponsibleSide responsible, String enterpriseName, String enterpriseCreditCode,
                          String poolRegionCode, String departmentCode, String departmentName,
                          boolean listedForSupervision) {

    public static HazardFacts of(Hazard h, java.time.LocalDate today) {
        RegionCode region = RegionCode.of(h.regionCode);
        return new HazardFacts(h.id.toString(), h.ledgerNumber, h.title, h.regionCode, region.township().value(),
                region.county().value(), h.industry.name(), h.level.name(), name(h.riskColour), name(h.hazardType),
                h.status.name(), h.deadline == null ? null : h.deadline.toString(), h.isOverdue(today),
                h.responsibleSide(), h.enterprise == null ? null : h.enterprise.name,
                h.enterprise == null ? null : h.enterprise.creditCode,
                h.escalation == null ? null : h.escalation.poolRegionCode,
                h.escalation == null ? null : h.escalation.departmentCode,
                h.escalation == null ? null : h.escalation.departmentName,
                h.listing != null && h.listing.isListed());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
