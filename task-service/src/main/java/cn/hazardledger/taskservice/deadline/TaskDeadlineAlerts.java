package cn.hazardledger.taskservice.deadline;

import cn.hazardledger.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * One batch of task deadline alerts in one transaction, each exactly once: the alert row's key is the guard (a
 * second insert does nothing and only an inserted row publishes), and it commits with its outbox row.
 */
@ApplicationScoped
public class TaskDeadlineAlerts {

    static final int BATCH = 200;

    @Inject
    DueSubjects subjects;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Raises the alerts of one kind due on {@code today}; answers how many subjects it looked at. */
    @Transactional
    public int raise(boolean overdue, LocalDate today, int approachingDays) {
        String kind = overdue ? "OVERDUE" : "APPROACHING";
        LocalDate from = overdue ? LocalDate.of(1970, 1, 1) : today;
        LocalDate to = overdue ? today.minusDays(1) : today.plusDays(approachingDays);
        var due = subjects.due(from, to, kind, BATCH);
        for (DueSubject s : due) {
            int inserted = em.createNativeQuery("""
                            INSERT INTO task_deadline_alert (subject_type, subject_id, due, kind, raised_at)
                            VALUES (:type, :id, :due, :kind, now()) ON CONFLICT DO NOTHING""")
                    .setParameter("type", s.subjectType()).setParameter("id", s.subjectId()).setParameter("due", s.due())
                    .setParameter("kind", kind).executeUpdate();
            if (inserted == 1) {
                outbox.append(TaskDeadlineV1.of(overdue ? TaskDeadlineV1.OVERDUE : TaskDeadlineV1.APPROACHING, s, today));
            }
        }
        return due.size();
    }
}
