package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Which notifications are the caller's: their role's inbox in their region, and, for a unit or an enterprise,
 * also their own party's inbox anywhere in their region (a county unit hears of a task in a village). Written
 * once as JPQL, once as SQL and once as a check, so that lists, counts and single reads agree.
 */
@RequestScoped
public class Inboxes {

    static final String ROLE_INBOX = "";

    @Inject
    Caller caller;

    /** The caller's own party: their unit code or credit code; '' when they speak for no party. */
    public String party() {
        return switch (caller.role()) {
            case Roles.UNIT -> caller.unitCode().orElse(ROLE_INBOX);
            case Roles.ENTERPRISE -> caller.creditCode().orElse(ROLE_INBOX);
            default -> ROLE_INBOX;
        };
    }

    String predicate(Parameters params) {
        params.and("role", caller.role()).and("region", caller.region().value());
        String roleInbox = "n.recipientRole = :role and (n.recipientParty = '' and n.recipientRegion = :region";
        if (party().isEmpty()) {
            return roleInbox + ")";
        }
        params.and("party", party()).and("scope", caller.region().scopePrefix() + "%");
        return roleInbox + " or n.recipientParty = :party and n.recipientRegion like :scope)";
    }

    /** The same for native SQL, with a leading space; binds :role, :region, :party and :scope. */
    String sql() {
        return " n.recipient_role = :role AND (n.recipient_party = '' AND n.recipient_region = :region"
                + " OR :party <> '' AND n.recipient_party = :party AND n.recipient_region LIKE :scope)";
    }

    boolean holds(Notification n) {
        if (!n.recipientRole.equals(caller.role())) {
            return false;
        }
        if (n.recipientParty.isEmpty()) {
            return n.recipientRegion.equals(caller.region().value());
        }
        return n.recipientParty.equals(party()) && n.recipientRegion.startsWith(caller.region().scopePrefix());
    }
}
