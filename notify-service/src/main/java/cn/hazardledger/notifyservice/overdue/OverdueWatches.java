package cn.hazardledger.notifyservice.overdue;

import cn.hazardledger.notifyservice.routing.DefaultRules;
import cn.hazardledger.notifyservice.routing.Occurrence;
import cn.hazardledger.notifyservice.routing.RoutingConfig;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps each overdue subject in view until an event ends its overdue (closed, submitted, a new deadline, done),
 * so that {@link Summons} can suggest 约谈 to the next level up if it is still overdue days later. The producers
 * raise an overdue event once per deadline; whether it is still overdue is this service's to remember.
 */
@ApplicationScoped
public class OverdueWatches {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RoutingConfig config;

    /** What the event means for the watches: starts one, ends some, or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Occurrence o) {
        switch (o.type()) {
            case "hazard.overdue.v1", "task.overdue.v1" -> watch(o);
            case "hazard.closed.v1", "hazard.submitted.v1", "hazard.plan-revised.v1", "hazard.rejected.v1" ->
                    o.hazardId().ifPresent(this::clear);
            case "hazard.extension-decided.v1" -> {
                if ("APPROVED".equals(o.data().path("decision").asText())) {
                    o.hazardId().ifPresent(this::clear);
                }
            }
            case "task.completed.v1" -> o.text("taskId").ifPresent(this::clear);
            case "campaign.task-completed.v1" -> clear(o.data().path("periodKey").isTextual()
                    ? instanceKey(o.text("campaignId").orElse(""), o.data().path("periodKey").asText(),
                    o.text("taskText").orElse(""))
                    : o.text("taskId").orElse(""));
            default -> {
            }
        }
    }

    private void watch(Occurrence o) {
        boolean hazard = o.type().startsWith("hazard.");
        String subjectType = hazard ? "HAZARD" : o.text("subjectType").orElse("TASK");
        String subjectId = hazard ? o.hazardId().orElseThrow() : o.text("subjectId").orElseThrow();
        Optional<String> due = hazard ? o.text("deadline") : o.text("due");
        if (due.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                        INSERT INTO overdue_watch (subject_type, subject_id, due, clear_key, event_type, event_data,
                                                   overdue_event, watched_at, summon_at)
                        VALUES (:type, :id, :due, :key, :eventType, :data, :event, :now, :summonAt)
                        ON CONFLICT DO NOTHING""")
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .setParameter("due", LocalDate.parse(due.get().substring(0, 10)))
                .setParameter("key", clearKey(o, subjectType, subjectId))
                .setParameter("eventType", hazard ? DefaultRules.STILL_OVERDUE_HAZARD : DefaultRules.STILL_OVERDUE_TASK)
                .setParameter("data", o.data().toString()).setParameter("event", o.id())
                .setParameter("now", Timestamp.from(now))
                .setParameter("summonAt", Timestamp.from(now.plus(config.summonAfter())))
                .executeUpdate();
    }

    /** A period's instance is ended by its campaign task's completion for that period (the event names no instance). */
    private static String clearKey(Occurrence o, String subjectType, String subjectId) {
        if ("CAMPAIGN_TASK_INSTANCE".equals(subjectType)) {
            JsonNode d = o.data();
            return instanceKey(d.path("campaignId").asText(), d.path("periodKey").asText(), d.path("title").asText());
        }
        return subjectId;
    }

    private static String instanceKey(String campaignId, String periodKey, String text) {
        return campaignId + "|" + periodKey + "|" + text;
    }

    private void clear(String key) {
        em.createNativeQuery("UPDATE overdue_watch SET cleared_at = :now WHERE clear_key = :key AND cleared_at IS NULL")
                .setParameter("now", Timestamp.from(Instant.now(clock))).setParameter("key", key).executeUpdate();
    }
}
