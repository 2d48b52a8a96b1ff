package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.events.CloudEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The event as one JSON document (CloudEvents 1.0 structured mode, JSON format): its attributes beside {@code data},
 * which is the producer's payload as a JSON object, as the catalogue's schemas describe it.
 */
public final class StructuredCloudEvent {

    public static final String MEDIA_TYPE = "application/cloudevents+json; charset=utf-8";
    /** A CloudEvent must name its source; a producer that sent none is named by the service that forwarded it. */
    static final String FALLBACK_SOURCE = "/notify-service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredCloudEvent() {
    }

    public static String of(CloudEvent event, JsonNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("specversion", "1.0");
        body.put("id", event.id().toString());
        body.put("source", event.source() == null || event.source().isBlank() ? FALLBACK_SOURCE : event.source());
        body.put("type", event.type());
        if (event.subject() != null) {
            body.put("subject", event.subject());
        }
        if (event.time() != null) {
            body.put("time", event.time());
        }
        body.put("datacontenttype", "application/json");
        body.set("data", data);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
