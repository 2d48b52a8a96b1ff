package cn.hazardledger.notifyservice.dualreport;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.notifyservice.inbox.Notification;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.NotificationRead;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The state of dual reports in the caller's region, from their notifications' receipts. */
@ApplicationScoped
public class DualReportQueries {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public DualReportView get(String hazardId) {
        DualReport report = DualReport.<DualReport>findByIdOptional(hazardId)
                .filter(r -> r.regionCode.startsWith(caller.region().scopePrefix()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no dual report of this hazard in your region"));
        return view(report);
    }

    /** Newest first; {@code done} narrows to done (true) or still waiting (false). */
    public DualReportPage list(Boolean done, String cursorToken, int limit) {
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        StringBuilder query = new StringBuilder("from DualReport d where d.regionCode like :scope");
        if (done != null) {
            // done: no DUAL_REPORT notification of it is still unacknowledged
            query.append(done ? " and not exists" : " and exists").append(" (from Notification n where n.subjectType = "
                    + "'hazard' and n.subjectId = d.hazardId and n.kind = :kind and n.acknowledgedAt is null)");
            params.and("kind", NotificationKind.DUAL_REPORT);
        }
        Keyset.newestFirstAfter(cursorToken, "d.openedAt", "d.openedByEvent", query, params);
        Keyset.Page<DualReport> page = Keyset.page(DualReport.<DualReport>find(query.toString(), params)
                .page(0, limit + 1).list(), limit, d -> d.openedAt, d -> d.openedByEvent);
        return new DualReportPage(page.rows().stream().map(this::view).toList(), page.nextCursor());
    }

    private DualReportView view(DualReport report) {
        List<Notification> sent = Notification.list("subjectType = 'hazard' and subjectId = ?1 and kind = ?2 "
                + "order by createdAt, id", report.hazardId, NotificationKind.DUAL_REPORT);
        Map<UUID, List<DualReportView.Reading>> reads = sent.isEmpty() ? Map.of()
                : NotificationRead.<NotificationRead>list("notificationId in ?1 order by readAt",
                        sent.stream().map(n -> n.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.notificationId,
                        Collectors.mapping(r -> new DualReportView.Reading(r.reader, ChinaTime.of(r.readAt)), Collectors.toList())));
        Map<UUID, Object[]> reminders = reminders(sent);
        List<DualReportView.Side> sides = new ArrayList<>();
        for (String side : List.of("TOWNSHIP_GOVERNMENT", "INDUSTRY_DEPARTMENT")) {
            List<DualReportView.Receipt> receipts = sent.stream().filter(n -> side.equals(n.dualReportSide))
                    .map(n -> receipt(n, reads.getOrDefault(n.id, List.of()), reminders.get(n.id))).toList();
            sides.add(new DualReportView.Side(side, !receipts.isEmpty()
                    && receipts.stream().allMatch(r -> r.acknowledgedAt() != null), receipts));
        }
        boolean done = sides.stream().allMatch(DualReportView.Side::acknowledged);
        Instant doneAt = done ? sent.stream().map(n -> n.acknowledgedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null) : null;
        return new DualReportView(report.hazardId, report.title, report.regionCode, report.industry,
                ChinaTime.of(report.openedAt), done, ChinaTime.of(doneAt), sides);
    }

    private static DualReportView.Receipt receipt(Notification n, List<DualReportView.Reading> readBy, Object[] reminded) {
        return new DualReportView.Receipt(n.id, n.recipientRole, n.recipientRegion,
                n.recipientParty.isEmpty() ? null : n.recipientParty, ChinaTime.of(n.deliveredAt), readBy,
                ChinaTime.of(n.acknowledgedAt), n.acknowledgedBy, n.acknowledgedByName, n.acknowledgementNote,
                reminded == null ? 0 : ((Number) reminded[1]).intValue(),
                reminded == null ? null : ChinaTime.of(instant(reminded[2])));
    }

    /** What the driver answers for timestamptz in a native query: an Instant, or a Timestamp in older setups. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Object[]> reminders(List<Notification> sent) {
        if (sent.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT notification_id, count(*), max(reminded_at) FROM dual_report_reminder
                        WHERE notification_id IN (:ids) GROUP BY notification_id""")
                .setParameter("ids", sent.stream().map(n -> n.id).toList()).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> r));
    }
}
