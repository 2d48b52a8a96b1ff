package cn.hazardledger.task.events;

import cn.hazardledger.task.region.RegionCode;
import cn.hazardledger.task.task.TaskService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Opens a verification task for every reported hazard and completes it when the township has reviewed it. */
@ApplicationScoped
public class HazardEventsConsumer {

    static final String CONSUMER = "task-service.hazard-events";
    private static final Logger LOG = Logger.getLogger(HazardEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    ProcessedEvents processed;

    @Inject
    TaskService tasks;

    @Inject
    TransientRetry retry;

    @Inject
    MeterRegistry metrics;

    @Incoming("hazard-events")
    @Blocking
    public void onHazardEvent(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.from(record);
        } catch (UnprocessableEvent e) {
            count("dead-lettered", "unknown");
            LOG.warnf("dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
        Runnable effect = switch (event.type()) {
            case HazardReported.TYPE -> {
                HazardReported reported = parseReported(event);
                yield () -> tasks.openVerification(UUID.fromString(reported.hazardId()), reported.title(),
                        reported.regionCode(), "MAJOR".equals(reported.level()), reportedAt(reported), event.id());
            }
            case HazardReviewed.CONFIRMED, HazardReviewed.REJECTED -> {
                UUID hazardId = parseReviewed(event);
                String outcome = event.type().equals(HazardReviewed.CONFIRMED) ? "CONFIRMED" : "REJECTED";
                yield () -> tasks.completeVerification(hazardId, outcome);
            }
            default -> null;
        };
        if (effect == null) {
            LOG.debugf("skipping %s %s: not for task-service", event.type(), event.id());
            count("skipped", event.type());
            return;
        }
        boolean applied = retry.run(() -> QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstTime(CONSUMER, event)) {
                return false;
            }
            effect.run();
            return true;
        }));
        count(applied ? "processed" : "duplicate", event.type());
    }

    private UUID parseReviewed(CloudEvent event) {
        try {
            HazardReviewed r = json.readValue(event.data(), HazardReviewed.class);
            if (r.hazardId() == null) {
                throw new UnprocessableEvent(event.type() + " " + event.id() + " lacks hazardId");
            }
            return UUID.fromString(r.hazardId());
        } catch (JsonProcessingException e) {
            count("dead-lettered", event.type());
            throw new UnprocessableEvent(event.type() + " " + event.id() + " is not valid JSON");
        } catch (IllegalArgumentException e) {
            count("dead-lettered", event.type());
            throw new UnprocessableEvent(event.type() + " " + event.id() + " has a malformed hazardId");
        } catch (UnprocessableEvent e) {
            count("dead-lettered", event.type());
            throw e;
        }
    }

    private HazardReported parseReported(CloudEvent event) {
        try {
            HazardReported r = json.readValue(event.data(), HazardReported.class);
            if (r.hazardId() == null || r.title() == null || r.level() == null || !RegionCode.isValid(r.regionCode())) {
                throw new UnprocessableEvent(event.type() + " " + event.id() + " lacks hazardId, title, level or a valid regionCode");
            }
            UUID.fromString(r.hazardId());
            reportedAt(r);
            return r;
        } catch (JsonProcessingException e) {
            count("dead-lettered", event.type());
            throw new UnprocessableEvent(event.type() + " " + event.id() + " is not valid JSON");
        } catch (IllegalArgumentException e) {
            count("dead-lettered", event.type());
            throw new UnprocessableEvent(event.type() + " " + event.id() + " has a malformed field: " + e.getMessage());
        } catch (UnprocessableEvent e) {
            count("dead-lettered", event.type());
            throw e;
        }
    }

    private static Instant reportedAt(HazardReported r) {
        if (r.reportedAt() == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(r.reportedAt()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("reportedAt is not an ISO-8601 date-time");
        }
    }

    private void count(String outcome, String type) {
        metrics.counter("events.consumed", "consumer", CONSUMER, "outcome", outcome, "type", type).increment();
    }
}
