package cn.hazardledger.chassis.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends events in the caller's transaction, so that an event exists if and only if its change committed.
 */
@ApplicationScoped
@IfBuildProperty(name = Outbox.ENABLED, stringValue = "true")
public class Outbox {

    @Inject
    Clock clock;

    /** Set at build time by the services that publish; a consumer-only service has no outbox table. */
    public static final String ENABLED = "hazardledger.outbox.enabled";

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    @ConfigProperty(name = "outbox.topic")
    String topic;

    /** Appends {@code event} in the caller's transaction; answers the outbox row's id, the event's ce_id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutgoingEvent event) {
        return append(event.aggregateType(), event.aggregateId(), event.type(), event);
    }

    private UUID append(String aggregateType, String aggregateId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.type = type;
        event.occurredAt = Instant.now(clock);
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload " + type + " is not serialisable", e);
        }
        event.persist();
        written.fire(new OutboxWritten());
        return event.id;
    }
}
