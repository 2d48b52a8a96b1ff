package cn.hazardledger.hazardservice.map;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.RiskColour;
import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a map shows of a hazard: read as a projection, so a layer of thousands never loads whole hazards. */
public record HazardPoint(UUID id, String ledgerNumber, String title, String regionCode, HazardLevel level,
                          RiskColour riskColour, HazardStatus status, LocalDate deadline,
                          @ProjectedFieldName("location.latitude") BigDecimal latitude,
                          @ProjectedFieldName("location.longitude") BigDecimal longitude) {
}
