package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.Caller;

/** Who did something to a hazard, as the ledger signs it: the token's subject and role. */
public record Actor(String subject, String role) {

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.role());
    }
}
