package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;

/**
 * Who did something to a hazard, as the ledger signs it (谁检查、谁签名、谁负责): the token's subject, role,
 * region and unit, and the name they sign with, which is the token's own name claim so that a signature is
 * bound to the subject that made it.
 */
public record Actor(String subject, String role, RegionCode region, String unitCode, String unitName,
                    String signature) {

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.role(), caller.region(), caller.unitCode().orElse(null),
                caller.unitName().orElse(null), caller.name().orElse(caller.subject()));
    }

    /** The actor signing with the name they wrote on the form (a report's signature, checked against the token). */
    public Actor signedAs(String name) {
        return new Actor(subject, role, region, unitCode, unitName, name);
    }
}
