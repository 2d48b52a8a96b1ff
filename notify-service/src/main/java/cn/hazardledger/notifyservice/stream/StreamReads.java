package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.notifyservice.inbox.Notification;
import cn.hazardledger.notifyservice.inbox.NotificationRead;
import cn.hazardledger.notifyservice.inbox.NotificationView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the stream reads of the notification table: positions (V5) in native SQL, the notifications as the inbox shows them. */
@ApplicationScoped
class StreamReads {

    private static final String COLUMNS = "n.id, n.stream_xid::text, n.stream_seq, n.recipient_role, n.recipient_region, n.recipient_party";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One notification's place and address. */
    record Row(UUID id, StreamPosition position, String role, String region, String party) {
    }

    /** Rows in position order, and the horizon: every transaction before it has ended. */
    record Batch(List<Row> rows, StreamPosition horizon) {
    }

    /** Where the stream stands now: before the oldest transaction still running. */
    StreamPosition horizon() {
        Object xmin = em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").getSingleResult();
        return StreamPosition.before(Long.parseLong((String) xmin));
    }

    /**
     * Up to {@code limit} notifications after {@code after}, of transactions that have all ended. The horizon is taken
     * in the same statement, hence from the same snapshot, as the rows: every row below it is visible to this read.
     */
    Batch after(StreamPosition after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
                        SELECT h.xmin::text, %s FROM horizon h LEFT JOIN LATERAL (
                            SELECT * FROM notification n
                            WHERE n.stream_xid < h.xmin AND (n.stream_xid, n.stream_seq) > (CAST(:tx AS xid8), :seq)
                            ORDER BY n.stream_xid, n.stream_seq LIMIT :n) n ON true
                        ORDER BY n.stream_xid, n.stream_seq""".formatted(COLUMNS))
                .setParameter("tx", Long.toString(after.transaction())).setParameter("seq", after.sequence())
                .setParameter("n", limit)
                .getResultList();
        StreamPosition horizon = StreamPosition.before(Long.parseLong((String) found.get(0)[0]));
        List<Row> rows = found.stream().filter(r -> r[1] != null).map(r -> row(r, 1)).toList();
        return new Batch(rows, horizon);
    }

    /** The audience's notifications after {@code after} up to {@code upTo} (which the poller has read past), in order. */
    List<Row> replay(Audience audience, StreamPosition after, StreamPosition upTo, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("""
                SELECT %s FROM notification n
                WHERE %s
                  AND (n.stream_xid, n.stream_seq) > (CAST(:tx AS xid8), :seq)
                  AND (n.stream_xid, n.stream_seq) <= (CAST(:upToTx AS xid8), :upToSeq)
                ORDER BY n.stream_xid, n.stream_seq LIMIT :n""".formatted(COLUMNS, audience.sql(params)));
        params.put("tx", Long.toString(after.transaction()));
        params.put("seq", after.sequence());
        params.put("upToTx", Long.toString(upTo.transaction()));
        params.put("upToSeq", upTo.sequence());
        params.put("n", limit);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(r -> row(r, 0)).toList();
    }

    /** The rows' notifications and who has read them, to be answered as GET /inbox/{id} answers each reader. */
    Views views(List<Row> rows) {
        if (rows.isEmpty()) {
            return new Views(Map.of(), Map.of());
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Notification> notifications = Notification.<Notification>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<UUID, Map<String, Instant>> reads = new HashMap<>();
        NotificationRead.<NotificationRead>list("notificationId in ?1", ids)
                .forEach(r -> reads.computeIfAbsent(r.notificationId, k -> new HashMap<>()).put(r.reader, r.readAt));
        return new Views(notifications, reads);
    }

    /** Notifications rendered for their readers; a new one is mostly unread by all, so that rendering is kept. */
    final class Views {

        private final Map<UUID, Notification> notifications;
        private final Map<UUID, Map<String, Instant>> reads;
        private final Map<UUID, String> unread = new HashMap<>();

        Views(Map<UUID, Notification> notifications, Map<UUID, Map<String, Instant>> reads) {
            this.notifications = notifications;
            this.reads = reads;
        }

        String json(UUID id, String reader) {
            Instant readAt = reads.getOrDefault(id, Map.of()).get(reader);
            if (readAt == null) {
                return unread.computeIfAbsent(id, k -> render(notifications.get(k), null));
            }
            return render(notifications.get(id), readAt);
        }

        private String render(Notification n, Instant readAt) {
            try {
                return json.writeValueAsString(NotificationView.of(n, readAt));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a notification could not be written as JSON", e);
            }
        }
    }

    private static Row row(Object[] r, int from) {
        return new Row((UUID) r[from], new StreamPosition(Long.parseLong((String) r[from + 1]), ((Number) r[from + 2]).longValue()),
                (String) r[from + 3], (String) r[from + 4], (String) r[from + 5]);
    }
}
