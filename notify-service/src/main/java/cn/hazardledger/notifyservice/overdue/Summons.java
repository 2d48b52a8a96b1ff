package cn.hazardledger.notifyservice.overdue;

import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.notifyservice.routing.FollowUpBatches;
import cn.hazardledger.notifyservice.routing.Occurrence;
import cn.hazardledger.notifyservice.routing.Routing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 约谈建议: a subject still overdue {@code routing.summon-after} after its overdue event is routed again as
 * hazard.still-overdue / task.still-overdue, whose default rules tell the next level up. Every replica runs it:
 * rows are claimed with SKIP LOCKED and the suggestion's id is derived from the subject, so it is made once.
 */
@ApplicationScoped
public class Summons {

    private static final Logger LOG = Logger.getLogger(Summons.class);
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Routing routing;

    @Inject
    ObjectMapper json;

    @Scheduled(every = "${routing.follow-up-every:60s}", delayed = "${routing.follow-up-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        FollowUpBatches.drain(this::batch);
    }

    @SuppressWarnings("unchecked")
    int batch() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> due = em.createNativeQuery("""
                        SELECT subject_type, subject_id, due, event_type, event_data FROM overdue_watch
                        WHERE summoned_at IS NULL AND cleared_at IS NULL AND summon_at <= :now
                        ORDER BY summon_at LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now).setParameter("batch", FollowUpBatches.SIZE).getResultList();
        for (Object[] w : due) {
            String key = "summons|" + w[0] + "|" + w[1] + "|" + w[2];
            try {
                routing.deliver(new Occurrence(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
                        (String) w[3], json.readTree((String) w[4])));
            } catch (JsonProcessingException | UnprocessableEvent | IllegalArgumentException e) {
                // the stored event was checked when it arrived; a row that cannot be read now is logged, not retried forever
                LOG.errorf("cannot suggest 约谈 for %s %s: %s", w[0], w[1], e.getMessage());
            }
            em.createNativeQuery("""
                            UPDATE overdue_watch SET summoned_at = :now
                            WHERE subject_type = :type AND subject_id = :id AND due = :due""")
                    .setParameter("now", now).setParameter("type", w[0]).setParameter("id", w[1]).setParameter("due", w[2])
                    .executeUpdate();
        }
        return due.size();
    }
}
