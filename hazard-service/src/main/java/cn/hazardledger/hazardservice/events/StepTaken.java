package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

/** Who took the step an event reports, and where it is in the hazard's ledger. */
public record StepTaken(String action, String by, String role, String unitCode, String unitName, String signature,
                        String at, int entrySequence) {

    public static StepTaken of(HazardEntry e) {
        return new StepTaken(e.action.name(), e.actor, e.actorRole, e.unitCode, e.unitName, e.signature,
                ChinaTime.format(e.recordedAt), e.sequence);
    }
}
