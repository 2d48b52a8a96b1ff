package cn.hazardledger.taskservice.events;

import cn.hazardledger.taskservice.rectification.RectificationTasks;

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

/**
 * Opens a verification task for every reported hazard and completes it when the township has reviewed it; and
 * keeps each rectifying hazard's task in step with the hazard (rectification.RectificationTasks).
 */
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
    RectificationTasks rectification;

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
                HazardReviewed review = payloads.read(event, HazardReviewed.class);
                UUID hazardId = uuid(event, review.hazardId());
                // a duplicate is no work of its own: its verification task is cancelled, not done
                String outcome = event.type().equals(HazardReviewed.CONFIRMED) ? "CONFIRMED"
                        : "DUPLICATE".equals(review.reason()) ? "DUPLICATE" : "REJECTED";
                yield () -> tasks.completeVerification(hazardId, outcome);
            }
            case "hazard.rectification-planned.v1", "hazard.plan-revised.v1", "hazard.extension-decided.v1",
                 "hazard.submitted.v1", "hazard.sent-back.v1", "hazard.closed.v1", "hazard.reopened.v1",
                 "hazard.listed-for-supervision.v1", "hazard.delisted.v1", "hazard.fixed-on-spot.v1" -> {
                HazardStep step = payloads.read(event, HazardStep.class);
                if (step.hazard() == null || step.step() == null || step.hazard().title() == null
                        || step.hazard().status() == null || !RegionCode.isValid(step.hazard().regionCode())) {
                    throw new UnprocessableEvent(event.type() + " " + event.id()
                            + " lacks hazard (title, status, a valid regionCode) or step");
                }
                uuid(event, step.hazard().hazardId());
                yield () -> rectification.follow(step, event.id());
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
