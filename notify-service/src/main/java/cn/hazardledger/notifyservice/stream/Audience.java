package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.notifyservice.inbox.Inboxes;

import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Whose notifications one stream carries, taken once at connect from the caller's token by the inbox's own rules
 * ({@link Inboxes}): a stream outlives its request, so it cannot ask the request-scoped caller later. This is the one
 * place the stream knows those rules; {@link #holds} and {@link #sql} say the same as {@code Inboxes} does.
 *
 * @param reader      the person, for what they have read
 * @param scopePrefix the caller's region as a prefix: a party's inbox anywhere in it is theirs (by code; by name
 *                    only in exactly their region)
 * @param parties     the parties the caller speaks for (Inboxes#parties): codes, and names as name:<name>
 */
record Audience(String reader, String role, String region, String scopePrefix, Set<String> parties) {

    Audience {
        parties = Set.copyOf(parties);
    }

    static Audience of(Caller caller, Inboxes inboxes) {
        List<String> parties = inboxes.parties();
        return new Audience(caller.subject(), caller.role(), caller.region().value(), caller.region().scopePrefix(),
                Set.copyOf(parties));
    }

    /** A notification addressed to (role, region, party), '' being a role's inbox. */
    boolean holds(String recipientRole, String recipientRegion, String recipientParty) {
        if (!recipientRole.equals(role)) {
            return false;
        }
        if (recipientParty.isEmpty()) {
            return recipientRegion.equals(region);
        }
        // a party by name in exactly its region, by code anywhere inside it (Inboxes#named)
        return parties.contains(recipientParty) && (Inboxes.named(recipientParty) ? recipientRegion.equals(region)
                : recipientRegion.startsWith(scopePrefix));
    }

    /** The same as native SQL over {@code notification n}, with its parameters put into {@code params}. */
    String sql(Map<String, Object> params) {
        params.put("role", role);
        params.put("region", region);
        String roleInbox = "n.recipient_role = :role AND (n.recipient_party = '' AND n.recipient_region = :region";
        if (parties.isEmpty()) {
            return roleInbox + ")";
        }
        List<String> codes = parties.stream().filter(p -> !Inboxes.named(p)).toList();
        List<String> names = parties.stream().filter(Inboxes::named).toList();
        params.put("codes", codes.isEmpty() ? List.of("-none-") : codes);
        params.put("names", names.isEmpty() ? List.of("-none-") : names);
        params.put("scope", scopePrefix + "%");
        return roleInbox + " OR n.recipient_party IN (:codes) AND n.recipient_region LIKE :scope"
                + " OR n.recipient_party IN (:names) AND n.recipient_region = :region)";
    }
}
