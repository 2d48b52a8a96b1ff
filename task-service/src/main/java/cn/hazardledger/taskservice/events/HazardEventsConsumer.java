package cn.hazardledger.taskservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.InboundEvents;
import cn.hazardledger.chassis.events.Payloads;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.taskservice.task.TaskService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Opens a verification task for every reported hazard and completes it when the township has reviewed it. */
@ApplicationScoped
public class HazardEventsConsumer {

    static final String CONSUMER = "task-service.hazard-events";

    @Inject
    InboundEvents inbound;

    @Inject
    Payloads payloads;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @Incoming("hazard-events")
    @Blocking
    public void onHazardEvent(ConsumerRecord<String, String> record) {
        inbound.handle(CONSUMER, record, event -> switch (event.type()) {
            case HazardReported.TYPE -> {
                HazardReported r = payloads.read(event, HazardReported.class);
                if (r.title() == null || r.level() == null || !RegionCode.isValid(r.regionCode())) {
                    throw new UnprocessableEvent(event.type() + " " + event.id()
                            + " lacks hazardId, title, level or a valid regionCode");
                }
                UUID hazardId = uuid(event, r.hazardId());
                Instant reportedAt = instant(event, r.reportedAt());
                yield () -> tasks.openVerification(hazardId, r.title(), r.regionCode(), "MAJOR".equals(r.level()),
                        reportedAt, event.id());
            }
            case HazardReviewed.CONFIRMED, HazardReviewed.REJECTED -> {
                UUID hazardId = uuid(event, payloads.read(event, HazardReviewed.class).hazardId());
                String outcome = event.type().equals(HazardReviewed.CONFIRMED) ? "CONFIRMED" : "REJECTED";
                yield () -> tasks.completeVerification(hazardId, outcome);
            }
            default -> null;
        });
    }

    private static UUID uuid(CloudEvent event, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableEvent(event.type() + " " + event.id() + " has no valid hazardId");
        }
    }

    private Instant instant(CloudEvent event, String value) {
        if (value == null) {
            return Instant.now(clock);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnprocessableEvent(event.type() + " " + event.id() + " has a malformed reportedAt");
        }
    }
}
