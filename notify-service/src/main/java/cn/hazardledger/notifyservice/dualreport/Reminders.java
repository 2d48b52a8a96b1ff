package cn.hazardledger.notifyservice.dualreport;

import cn.hazardledger.notifyservice.inbox.InboxService;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.Recipient;
import cn.hazardledger.notifyservice.routing.FollowUpBatches;
import cn.hazardledger.notifyservice.routing.Message;
import cn.hazardledger.notifyservice.routing.RoutingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 催办: a dual-report side that has not acknowledged within {@code routing.dual-report.remind-after} is reminded,
 * again after each further interval, at most {@code reminders} times. The (notification, round) key makes each
 * reminder once, whichever replica's job reaches it first.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RoutingConfig config;

    @Inject
    InboxService inbox;

    @Scheduled(every = "${routing.follow-up-every:60s}", delayed = "${routing.follow-up-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        FollowUpBatches.drain(this::batch);
    }

    @SuppressWarnings("unchecked")
    int batch() {
        Instant now = Instant.now(clock);
        List<Object[]> due = em.createNativeQuery("""
                        SELECT n.id, n.recipient_role, n.recipient_region, n.recipient_party, n.title, n.subject_id,
                               n.dual_report_side, coalesce(max(r.round), 0) + 1 AS round
                        FROM notification n LEFT JOIN dual_report_reminder r ON r.notification_id = n.id
                        WHERE n.kind = 'DUAL_REPORT' AND n.acknowledged_at IS NULL
                        GROUP BY n.id
                        HAVING coalesce(max(r.round), 0) < :max
                           AND n.delivered_at + make_interval(secs => :seconds * (coalesce(max(r.round), 0) + 1)) <= :now
                        ORDER BY n.delivered_at LIMIT :batch""")
                .setParameter("max", config.dualReport().reminders())
                .setParameter("seconds", (double) config.dualReport().remindAfter().toSeconds())
                .setParameter("now", Timestamp.from(now)).setParameter("batch", FollowUpBatches.SIZE).getResultList();
        for (Object[] n : due) {
            int round = ((Number) n[7]).intValue();
            boolean first = em.createNativeQuery("""
                            INSERT INTO dual_report_reminder (notification_id, round, reminded_at) VALUES (:id, :round, :now)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("id", n[0]).setParameter("round", round).setParameter("now", Timestamp.from(now))
                    .executeUpdate() == 1;
            if (first) {
                String title = (String) n[4];
                inbox.deliver(new Recipient((String) n[1], (String) n[2], (String) n[3]), NotificationKind.DUAL_REPORT_REMINDER,
                        new Message("催办（第" + round + "次）：" + title, "您尚未确认收到双报告：" + title
                                + "。请尽快查看并确认（回执）。", "hazard", (String) n[5]),
                        "dual-report-reminder", (String) n[6],
                        UUID.nameUUIDFromBytes(("reminder|" + n[0] + "|" + round).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return due.size();
    }
}
