package cn.hazardledger.chassis.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads an event's JSON data into the consumer's own view of it; anything unreadable is poison. */
@ApplicationScoped
public class Payloads {

    @Inject
    ObjectMapper json;

    public <T> T read(CloudEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEvent(event.type() + " " + event.id() + " is not valid JSON of its type");
        }
    }
}
