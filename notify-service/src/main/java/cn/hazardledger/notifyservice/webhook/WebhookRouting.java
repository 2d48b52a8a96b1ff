package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.notifyservice.events.EventArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues each consumed event for the subscriptions that ask for its type in a region covering its own, inside the
 * consumer's transaction: the deliveries commit with the event's processed mark, so a redelivered event (already
 * marked) queues nothing, and the unique key (subscription, event) would refuse a second one anyway.
 * An event that names no region is sent to nobody: a subscription is a grant of one region's events, and an event
 * of unknown region cannot be shown to lie inside it.
 */
@ApplicationScoped
public class WebhookRouting {

    @Inject
    DeliveryQueue queue;

    @Inject
    Clock clock;

    void on(@Observes EventArrived arrived) {
        String region = arrived.regionCode().filter(RegionCode::isValid).orElse(null);
        if (region == null) {
            return;
        }
        String type = arrived.event().type();
        List<UUID> takers = queue.subscribers(region).stream()
                .filter(s -> EventTypes.matches(s.eventTypes(), type)).map(DeliveryQueue.Subscriber::id).toList();
        if (takers.isEmpty()) {
            return;
        }
        queue.enqueue(arrived.event().id(), type, StructuredCloudEvent.of(arrived.event(), arrived.data()), takers,
                Instant.now(clock));
    }
}
