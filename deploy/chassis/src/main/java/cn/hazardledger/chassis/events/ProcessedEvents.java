package cn.hazardledger.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * The consumer-side inbox: recording an event id in the effect's own transaction makes redelivery harmless.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, CloudEvent event) {
        return em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (:consumer, :id, :type, :now) ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("now", Timestamp.from(Instant.now(clock)))
                .executeUpdate() == 1;
    }
}
