package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.security.RegionCode;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Every event this service consumes, of any type, fired synchronously inside the transaction that records it as
 * processed: an observer's writes commit with it exactly once, whatever the redeliveries. Channels that follow
 * events rather than people (webhooks) observe this; the consumers do not know them.
 *
 * @param regionCode where the event happened: its {@code regionCode}, or its hazard snapshot's; empty when it
 *                   names no valid one
 */
public record EventArrived(CloudEvent event, JsonNode data, Optional<String> regionCode) {

    static EventArrived of(CloudEvent event, JsonNode data) {
        JsonNode region = data.path("regionCode");
        if (!region.isTextual()) {
            region = data.path("hazard").path("regionCode");
        }
        return new EventArrived(event, data, RegionCode.isValid(region.asText(null))
                ? Optional.of(region.asText()) : Optional.empty());
    }
}
