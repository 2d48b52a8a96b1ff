package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.Cursor;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.notifyservice.routing.Message;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Delivering notifications to inboxes and reading them, each caller only their own inbox. */
@ApplicationScoped
public class InboxService {

    /** Matches no dual-report side, so that only the notification itself is acknowledged. */
    private static final String NO_SIDE = "-";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Inboxes inboxes;

    /** Delivers without a routing rule: for notices that follow no event (a bulletin, a reminder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Recipient to, NotificationKind kind, String title, String body, String subjectType,
                        String subjectId, UUID sourceEventId) {
        deliver(to, kind, new Message(title, body, subjectType, subjectId), "", null, sourceEventId);
    }

    /**
     * Once per source and recipient: a second delivery of the same source to the same inbox changes nothing, so
     * that a redelivered event or a job that runs on two replicas never tells anyone twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deliver(Recipient to, NotificationKind kind, Message message, String rule, String dualReportSide,
                           UUID sourceEventId) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        return em.createNativeQuery("""
                        INSERT INTO notification (id, recipient_role, recipient_region, recipient_party, kind, title, body,
                                                  subject_type, subject_id, source_event_id, created_at, delivered_at,
                                                  rule, dual_report_side)
                        VALUES (:id, :role, :region, :party, :kind, :title, :body, :subjectType, :subjectId, :source,
                                :now, :now, :rule, :side)
                        ON CONFLICT ON CONSTRAINT notification_once_per_recipient DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("role", to.role())
                .setParameter("region", to.regionCode()).setParameter("party", to.party())
                .setParameter("kind", kind.name()).setParameter("title", clip(message.title(), 300))
                .setParameter("body", clip(message.body(), 4000)).setParameter("subjectType", message.subjectType())
                .setParameter("subjectId", message.subjectId()).setParameter("source", sourceEventId)
                .setParameter("now", now).setParameter("rule", rule).setParameter("side", dualReportSide)
                .executeUpdate() == 1;
    }

    /**
     * Unread first (newest first within), then what the reader has read; or only newest first. The cursor names
     * its phase (u: unread, r: read), so that a page boundary falling between the phases resumes in the right one.
     */
    public InboxPage page(InboxFilter filter, boolean unreadOnly, boolean unreadFirst, String cursorToken, int limit) {
        String phase = cursorToken == null || cursorToken.isBlank() ? (unreadFirst || unreadOnly ? "u" : "a")
                : cursorToken.substring(0, Math.max(0, cursorToken.indexOf('~')));
        // "r~" alone: the read ones from their start
        String position = cursorToken == null || cursorToken.indexOf('~') < 0 ? null
                : cursorToken.substring(cursorToken.indexOf('~') + 1);
        if (!List.of("u", "r", "a").contains(phase) || cursorToken != null && !cursorToken.isBlank()
                && (unreadOnly && !phase.equals("u") || !unreadFirst && !unreadOnly && !phase.equals("a")
                || unreadFirst && phase.equals("a"))) {
            throw ProblemException.invalidField("cursor", "not a cursor of this order; start again without one");
        }
        List<Notification> rows = new ArrayList<>(read(filter, phase, position, limit + 1));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = phase + "~" + positionOf(rows.get(limit - 1));
        } else if (phase.equals("u") && unreadFirst && !unreadOnly) {
            // the unread ones ran out on this page: fill it from the read ones, from their start
            int room = limit - rows.size();
            List<Notification> read = read(filter, "r", null, room + 1);
            rows.addAll(read.subList(0, Math.min(room, read.size())));
            if (read.size() > room) {
                next = "r~" + (room == 0 ? "" : positionOf(rows.get(limit - 1)));
            }
        }
        Map<UUID, Instant> reads = readsOf(rows);
        return new InboxPage(rows.stream().map(n -> NotificationView.of(n, reads.get(n.id))).toList(), next, unreadCount());
    }

    private static String positionOf(Notification n) {
        return new Cursor(n.createdAt, n.id).encode();
    }

    private List<Notification> read(InboxFilter filter, String phase, String position, int max) {
        Parameters params = new Parameters();
        StringBuilder query = new StringBuilder("from Notification n where ").append(inboxes.predicate(params));
        filter.appendTo(query, params);
        if (!phase.equals("a")) {
            query.append(phase.equals("u") ? " and not exists" : " and exists")
                    .append(" (from NotificationRead r where r.notificationId = n.id and r.reader = :reader)");
            params.and("reader", caller.subject());
        }
        Keyset.newestFirstAfter(position, "n.createdAt", "n.id", query, params);
        return Notification.<Notification>find(query.toString(), params).page(0, max).list();
    }

    public NotificationView get(UUID id) {
        Notification n = mine(id);
        return NotificationView.of(n, readsOf(List.of(n)).get(n.id));
    }

    /** Marks it read for this caller; reading again keeps the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public NotificationView markRead(UUID id) {
        Notification n = mine(id);
        markRead(n, Instant.now(clock));
        return NotificationView.of(n, readsOf(List.of(n)).get(n.id));
    }

    private void markRead(Notification n, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO notification_read (notification_id, reader, read_at) VALUES (:id, :reader, :at)
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", n.id).setParameter("reader", caller.subject())
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /**
     * 回执: acknowledges it for the whole recipient side (the first of its people to do so is kept), and reads it
     * for the caller. A dual report's reminders are the same report: acknowledging one acknowledges them all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public NotificationView acknowledge(UUID id, String note) {
        Notification n = mine(id);
        Instant now = Instant.now(clock);
        markRead(n, now);
        em.createNativeQuery("""
                        UPDATE notification SET acknowledged_at = :at, acknowledged_by = :by, acknowledged_by_name = :name,
                                                acknowledgement_note = :note
                        WHERE acknowledged_at IS NULL AND (id = :id OR dual_report_side = :side
                              AND subject_type = :subjectType AND subject_id = :subjectId AND recipient_role = :role
                              AND recipient_region = :region AND recipient_party = :party)""")
                .setParameter("at", Timestamp.from(now)).setParameter("by", caller.subject())
                .setParameter("name", caller.name().orElse(null)).setParameter("note", note)
                .setParameter("id", n.id).setParameter("side", n.dualReportSide == null ? NO_SIDE : n.dualReportSide)
                .setParameter("subjectType", n.subjectType).setParameter("subjectId", n.subjectId)
                .setParameter("role", n.recipientRole).setParameter("region", n.recipientRegion)
                .setParameter("party", n.recipientParty)
                .executeUpdate();
        em.refresh(n);
        return NotificationView.of(n, readsOf(List.of(n)).get(n.id));
    }

    /** Fits the column; never splits a character outside the BMP (rare hanzi such as 𠮷 are two chars in Java). */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }

    private Notification mine(UUID id) {
        return Notification.<Notification>findByIdOptional(id)
                .filter(inboxes::holds)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such notification in your inbox"));
    }

    /**
     * Counted up to {@link InboxPage#UNREAD_COUNT_CAP}: a badge shows "999+" beyond that, and an exact count
     * would read a township's whole inbox (tens of thousands of rows) on every refresh of every phone.
     */
    private long unreadCount() {
        jakarta.persistence.Query count = em.createNativeQuery("""
                        SELECT count(*) FROM (SELECT 1 FROM notification n
                          WHERE """ + inboxes.sql() + """
                            AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.reader = :reader)
                          ORDER BY n.created_at DESC LIMIT :cap) unread""")
                .setParameter("reader", caller.subject()).setParameter("cap", InboxPage.UNREAD_COUNT_CAP);
        inboxes.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private Map<UUID, Instant> readsOf(List<Notification> rows) {
        Map<UUID, Instant> reads = new HashMap<>();
        if (rows.isEmpty()) {
            return reads;
        }
        List<NotificationRead> found = NotificationRead.list("notificationId in ?1 and reader = ?2",
                rows.stream().map(n -> n.id).toList(), caller.subject());
        found.forEach(r -> reads.put(r.notificationId, r.readAt));
        return reads;
    }
}
