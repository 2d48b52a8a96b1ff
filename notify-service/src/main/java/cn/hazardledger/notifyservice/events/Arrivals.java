package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.notifyservice.overdue.OverdueWatches;
import cn.hazardledger.notifyservice.routing.Occurrence;
import cn.hazardledger.notifyservice.routing.Routing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * What every consumed event does here, whatever its topic: the rules tell people, the overdue watches follow it,
 * and the channels that follow events (webhooks) hear of it ({@link EventArrived}); all in the one transaction
 * that records the event as processed.
 */
@ApplicationScoped
public class Arrivals {

    @Inject
    ObjectMapper json;

    @Inject
    Routing routing;

    @Inject
    OverdueWatches overdue;

    @Inject
    Event<EventArrived> arrived;

    /** Parses and checks first, so that poison is refused before any transaction starts. */
    Runnable effectOf(CloudEvent event) {
        JsonNode data = parse(event);
        EventChecks.check(event, data);
        EventArrived announcement = EventArrived.of(event, data);
        return () -> {
            if (announcement.regionCode().isPresent()) {
                Occurrence occurrence = new Occurrence(event.id(), event.type(), data);
                routing.deliver(occurrence);
                overdue.follow(occurrence);
            }
            arrived.fire(announcement);
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
