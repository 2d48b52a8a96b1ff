package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces each consumed event to the channels that follow events ({@link EventArrived}). */
@ApplicationScoped
public class Arrivals {

    @Inject
    ObjectMapper json;

    @Inject
    Event<EventArrived> arrived;

    /** The effect of an event nobody in this service routes to people: only the event-following channels. */
    Runnable only(CloudEvent event) {
        return with(event, () -> {
        });
    }

    /** {@code routing} first, then the announcement, both inside the consumer's transaction. */
    Runnable with(CloudEvent event, Runnable routing) {
        JsonNode data = parse(event);
        return () -> {
            routing.run();
            arrived.fire(EventArrived.of(event, data));
        };
    }

    private JsonNode parse(CloudEvent event) {
        try {
            JsonNode data = json.readTree(event.data());
            if (data == null || !data.isObject()) {
                throw new UnprocessableEvent(event.type() + " " + event.id() + ": data is not a JSON object");
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new UnprocessableEvent(event.type() + " " + event.id() + " is not valid JSON");
        }
    }
}
