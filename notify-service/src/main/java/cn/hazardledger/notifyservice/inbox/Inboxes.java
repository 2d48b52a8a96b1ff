package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which notifications are the caller's: their role's inbox in their region, and their own party's inbox anywhere
 * in their region (a county unit hears of a task in a village). A party is a unit by its code and by the name a
 * campaign's breakdown table gives it, an enterprise by its credit code, a leader by name (牵头领导). Written once
 * as JPQL, once as SQL and once as a check, so that lists, counts and single reads agree.
 */
@RequestScoped
public class Inboxes {

    static final String ROLE_INBOX = "";

    /** Every role that reads an inbox; PUBLIC reporters have none, so nothing may be addressed to them. */
    public static final Set<String> WITH_INBOX = Set.of(Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP,
            Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM);

    @Inject
    Caller caller;

    /** The caller's own parties; empty when they speak for none. */
    public List<String> parties() {
        List<String> parties = new ArrayList<>();
        switch (caller.role()) {
            case Roles.UNIT -> {
                caller.unitCode().ifPresent(parties::add);
                caller.unitName().ifPresent(name -> parties.add(Recipient.NAMED + name));
            }
            case Roles.ENTERPRISE -> caller.creditCode().ifPresent(parties::add);
            case Roles.LEADER -> caller.name().ifPresent(name -> parties.add(Recipient.NAMED + name));
            default -> {
            }
        }
        return parties;
    }

    /**
     * A party named by its code (a unit's, an enterprise's) reads its inbox anywhere inside its token's region: codes
     * are unique. A party named by its name (a unit or leader as a breakdown table names it) reads it in exactly its
     * token's region: names repeat from township to township (every one has its 党政办), and the county's 党政办 is
     * not the township's.
     */
    public static boolean named(String party) {
        return party.startsWith(Recipient.NAMED);
    }

    List<String> codes() {
        return parties().stream().filter(p -> !named(p)).toList();
    }

    List<String> names() {
        return parties().stream().filter(Inboxes::named).toList();
    }

    String predicate(Parameters params) {
        params.and("role", caller.role()).and("region", caller.region().value());
        StringBuilder where = new StringBuilder("n.recipientRole = :role and (n.recipientParty = '' and n.recipientRegion = :region");
        if (!codes().isEmpty()) {
            params.and("codes", codes()).and("scope", caller.region().scopePrefix() + "%");
            where.append(" or n.recipientParty in :codes and n.recipientRegion like :scope");
        }
        if (!names().isEmpty()) {
            params.and("names", names());
            where.append(" or n.recipientParty in :names and n.recipientRegion = :region");
        }
        return where.append(")").toString();
    }

    /** The same for native SQL, with a leading space; bind with {@link #bind}. */
    String sql() {
        return " n.recipient_role = :role AND (n.recipient_party = '' AND n.recipient_region = :region"
                + " OR n.recipient_party IN (:codes) AND n.recipient_region LIKE :scope"
                + " OR n.recipient_party IN (:names) AND n.recipient_region = :region)";
    }

    /** Binds what {@link #sql} names; a caller of no party binds a value no party can have. */
    void bind(jakarta.persistence.Query query) {
        query.setParameter("role", caller.role()).setParameter("region", caller.region().value())
                .setParameter("codes", codes().isEmpty() ? List.of("-none-") : codes())
                .setParameter("names", names().isEmpty() ? List.of("-none-") : names())
                .setParameter("scope", caller.region().scopePrefix() + "%");
    }

    boolean holds(Notification n) {
        if (!n.recipientRole.equals(caller.role())) {
            return false;
        }
        if (n.recipientParty.isEmpty()) {
            return n.recipientRegion.equals(caller.region().value());
        }
        return parties().contains(n.recipientParty) && (named(n.recipientParty)
                ? n.recipientRegion.equals(caller.region().value()) : n.recipientRegion.startsWith(caller.region().scopePrefix()));
    }
}
