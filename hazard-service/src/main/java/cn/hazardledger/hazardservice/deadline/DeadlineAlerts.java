package cn.hazardledger.hazardservice.deadline;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.hazardservice.events.HazardDeadlineV1;
import cn.hazardledger.hazardservice.hazard.Hazard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One batch of deadline alerts in one transaction. Exactly once per hazard, deadline and kind, however many
 * replicas scan at once and however often they restart: the alert row's primary key is the guard (a second
 * insert does nothing, and only an inserted row publishes), and SKIP LOCKED keeps concurrent scanners off each
 * other's hazards so that they share the work rather than wait. The alert row and its event commit together.
 */
@ApplicationScoped
public class DeadlineAlerts {

    public enum Kind { APPROACHING, OVERDUE }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Raises up to {@code batch} alerts of {@code kind} due on {@code today}; answers how many it raised. */
    @Transactional
    public int raise(Kind kind, LocalDate today, int approachingDays, int batch) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                        SELECT h.id FROM hazard h
                        WHERE h.status = 'RECTIFYING' AND h.deadline BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM deadline_alert a
                                          WHERE a.hazard_id = h.id AND a.deadline = h.deadline AND a.kind = :kind)
                        ORDER BY h.deadline, h.id
                        LIMIT :batch
                        FOR UPDATE OF h SKIP LOCKED""", UUID.class)
                .setParameter("from", kind == Kind.OVERDUE ? LocalDate.of(1970, 1, 1) : today)
                .setParameter("to", kind == Kind.OVERDUE ? today.minusDays(1) : today.plusDays(approachingDays))
                .setParameter("kind", kind.name())
                .setParameter("batch", batch)
                .getResultList();
        int raised = 0;
        for (UUID id : due) {
            Hazard hazard = em.find(Hazard.class, id);
            int inserted = em.createNativeQuery("""
                            INSERT INTO deadline_alert (hazard_id, deadline, kind, raised_at) VALUES (:id, :deadline, :kind, now())
                            ON CONFLICT DO NOTHING""")
                    .setParameter("id", id).setParameter("deadline", hazard.deadline).setParameter("kind", kind.name())
                    .executeUpdate();
            if (inserted == 1) {
                outbox.append(kind == Kind.OVERDUE ? HazardDeadlineV1.overdue(hazard, today)
                        : HazardDeadlineV1.approaching(hazard, today));
                raised++;
            }
        }
        return raised;
    }
}
