package cn.hazardledger.notifyservice.inbox;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.Set;

/**
 * What a reader narrows their inbox to; every part optional.
 *
 * @param kinds        any of these kinds
 * @param acknowledged true: only acknowledged ones; false: only those still waiting for an acknowledgement
 * @param from         created at or after
 * @param to           created before
 */
public record InboxFilter(Set<NotificationKind> kinds, String subjectType, String subjectId, Boolean acknowledged,
                          Instant from, Instant to) {

    public static final InboxFilter NONE = new InboxFilter(Set.of(), null, null, null, null, null);

    void appendTo(StringBuilder query, Parameters params) {
        if (!kinds.isEmpty()) {
            query.append(" and n.kind in :kinds");
            params.and("kinds", kinds);
        }
        if (subjectType != null) {
            query.append(" and n.subjectType = :subjectType");
            params.and("subjectType", subjectType);
        }
        if (subjectId != null) {
            query.append(" and n.subjectId = :subjectId");
            params.and("subjectId", subjectId);
        }
        if (acknowledged != null) {
            query.append(acknowledged ? " and n.acknowledgedAt is not null" : " and n.acknowledgedAt is null");
        }
        if (from != null) {
            query.append(" and n.createdAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and n.createdAt < :to");
            params.and("to", to);
        }
    }
}
