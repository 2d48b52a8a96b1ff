package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/** Payload of {@code hazard.escalated.v1} (schema: events/hazard.escalated.v1.schema.json): 上交 / 推送: the township handed the hazard up to the county's pool (COUNTY_POOL) or pushed it to an industry department (INDUSTRY_DEPARTMENT); the receiving side now sees it in its ledger. */
public record HazardEscalatedV1(HazardFacts hazard, StepTaken step, String to, String poolRegionCode, String departmentCode, String departmentName, String note) implements HazardEvent {

    public static final String TYPE = "hazard.escalated.v1";

    public static HazardEscalatedV1 of(Hazard h, HazardEntry entry, LocalDate today, String to, String poolRegionCode, String departmentCode, String departmentName, String note) {
        return new HazardEscalatedV1(HazardFacts.of(h, today), StepTaken.of(entry), to, poolRegionCode, departmentCode, departmentName, note);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
