package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Delivering notifications to inboxes and reading them, each caller only their own inbox. */
@ApplicationScoped
public class InboxService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Inboxes inboxes;

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Recipient to, NotificationKind kind, String title, String body, String subjectType,
                        String subjectId, UUID sourceEventId) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientRole = to.role();
        n.recipientRegion = to.regionCode();
        n.recipientParty = to.party();
        n.kind = kind;
        n.title = clip(title, 300);
        n.body = clip(body, 4000);
        n.subjectType = subjectType;
        n.subjectId = subjectId;
        n.sourceEventId = sourceEventId;
        n.createdAt = Instant.now(clock);
        n.persist();
    }

    public InboxPage page(boolean unreadOnly, String cursorToken, int limit) {
        Parameters params = new Parameters();
        StringBuilder query = new StringBuilder("from Notification n where ").append(inboxes.predicate(params));
        if (unreadOnly) {
            query.append(" and not exists (from NotificationRead r where r.notificationId = n.id and r.reader = :reader)");
            params.and("reader", caller.subject());
        }
        Keyset.newestFirstAfter(cursorToken, "n.createdAt", "n.id", query, params);
        Keyset.Page<Notification> page = Keyset.page(Notification.<Notification>find(query.toString(), params)
                .page(0, limit + 1).list(), limit, n -> n.createdAt, n -> n.id);
        Map<UUID, Instant> reads = readsOf(page.rows());
        return new InboxPage(page.rows().stream().map(n -> NotificationView.of(n, reads.get(n.id))).toList(),
                page.nextCursor(), unreadCount());
    }

    public NotificationView get(UUID id) {
        Notification n = mine(id);
        return NotificationView.of(n, readsOf(List.of(n)).get(n.id));
    }

    /** Marks it read for this caller; reading again keeps the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public NotificationView markRead(UUID id) {
        Notification n = mine(id);
        em.createNativeQuery("""
                        INSERT INTO notification_read (notification_id, reader, read_at) VALUES (:id, :reader, :at)
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", n.id).setParameter("reader", caller.subject())
                .setParameter("at", Timestamp.from(Instant.now(clock)))
                .executeUpdate();
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
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM (SELECT 1 FROM notification n
                          WHERE """ + inboxes.sql() + """
                            AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.reader = :reader)
                          ORDER BY n.created_at DESC LIMIT :cap) unread""")
                .setParameter("role", caller.role()).setParameter("region", caller.region().value())
                .setParameter("party", inboxes.party()).setParameter("scope", caller.region().scopePrefix() + "%")
                .setParameter("reader", caller.subject()).setParameter("cap", InboxPage.UNREAD_COUNT_CAP)
                .getSingleResult()).longValue();
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
