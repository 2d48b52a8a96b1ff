package cn.hazardledger.taskservice.deadline;

import cn.hazardledger.taskservice.campaign.BreakdownItems;
import cn.hazardledger.taskservice.campaign.NativeValues;

import cn.hazardledger.chassis.web.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds what falls due between two dates and has no alert of that kind yet, locking it (SKIP LOCKED) so that two
 * replicas share the work instead of waiting on each other; the alert's key still decides who raises it.
 */
@ApplicationScoped
public class DueSubjects {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    List<DueSubject> due(LocalDate from, LocalDate to, String kind, int limit) {
        List<Object[]> tasks = em.createNativeQuery("""
                        SELECT t.id, t.title, t.region_code, t.assignee_role, t.assignee_code, t.hazard_id, t.due_at
                        FROM task t WHERE t.status = 'OPEN' AND t.due_at IS NOT NULL
                          AND (t.due_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM task_deadline_alert a WHERE a.subject_type = 'TASK'
                                          AND a.subject_id = t.id AND a.due = (t.due_at AT TIME ZONE 'Asia/Shanghai')::date
                                          AND a.kind = :kind)
                        ORDER BY t.due_at LIMIT :limit FOR UPDATE OF t SKIP LOCKED""")
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind).setParameter("limit", limit)
                .getResultList();
        List<Object[]> items = em.createNativeQuery("""
                        SELECT i.id, i.text, c.region_code, i.leaders, i.units, c.id, i.deadline
                        FROM campaign_item i JOIN campaign c ON c.id = i.campaign_id
                        WHERE c.status = 'PUBLISHED' AND i.level = 'SPECIFIC_TASK' AND i.status = 'OPEN'
                          AND i.deadline BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM task_deadline_alert a WHERE a.subject_type = 'CAMPAIGN_TASK'
                                          AND a.subject_id = i.id AND a.due = i.deadline AND a.kind = :kind)
                        ORDER BY i.deadline LIMIT :limit FOR UPDATE OF i SKIP LOCKED""")
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind).setParameter("limit", limit)
                .getResultList();
        List<Object[]> instances = em.createNativeQuery("""
                        SELECT n.id, i.text, c.region_code, i.leaders, i.units, c.id, n.due, n.period_key
                        FROM campaign_task_instance n JOIN campaign_item i ON i.id = n.item_id
                        JOIN campaign c ON c.id = n.campaign_id
                        WHERE c.status = 'PUBLISHED' AND n.status = 'OPEN' AND n.due BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM task_deadline_alert a WHERE a.subject_type = 'CAMPAIGN_TASK_INSTANCE'
                                          AND a.subject_id = n.id AND a.due = n.due AND a.kind = :kind)
                        ORDER BY n.due LIMIT :limit FOR UPDATE OF n SKIP LOCKED""")
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind).setParameter("limit", limit)
                .getResultList();
        List<DueSubject> due = new java.util.ArrayList<>();
        for (Object[] t : tasks) {
            due.add(new DueSubject(DueSubject.TASK, (UUID) t[0], (String) t[1], (String) t[2], (String) t[3],
                    (String) t[4], List.of(), List.of(), null, (UUID) t[5], null,
                    LocalDate.ofInstant(instant(t[6]), ChinaTime.ZONE)));
        }
        for (Object[] i : items) {
            due.add(new DueSubject(DueSubject.CAMPAIGN_TASK, (UUID) i[0], (String) i[1], (String) i[2], null, null,
                    split(i[3]), split(i[4]), (UUID) i[5], null, null, date(i[6])));
        }
        for (Object[] n : instances) {
            due.add(new DueSubject(DueSubject.INSTANCE, (UUID) n[0], (String) n[1], (String) n[2], null, null,
                    split(n[3]), split(n[4]), (UUID) n[5], null, (String) n[7], date(n[6])));
        }
        return due;
    }

    private static List<String> split(Object joined) {
        return BreakdownItems.split((String) joined);
    }

    private static LocalDate date(Object value) {
        return NativeValues.date(value);
    }

    private static java.time.Instant instant(Object value) {
        return NativeValues.instant(value);
    }
}
