package cn.hazardledger.chassis.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * What every consumer does with a record: check it is a CloudEvent, skip types it does not handle, apply the
 * effect once (processed_event in the same transaction), wait out passing failures ({@link InPlaceRetry}),
 * count the outcome. A poison record leaves as {@link UnprocessableEvent}, and an effect that keeps failing
 * leaves as its exception; the channel's failure strategy dead-letters both.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    InPlaceRetry retry;

    @Inject
    MeterRegistry metrics;

    /** {@code effectFor} answers the effect of an event (parsing it first), or null for types not handled. */
    public void handle(String consumer, ConsumerRecord<String, String> record, Function<CloudEvent, Runnable> effectFor) {
        CloudEvent event = null;
        try {
            event = CloudEvent.from(record);
            Runnable effect = effectFor.apply(event);
            if (effect == null) {
                LOG.debugf("%s skips %s %s", consumer, event.type(), event.id());
                count(consumer, "skipped", event.type());
                return;
            }
            CloudEvent e = event;
            boolean applied = retry.run(consumer, () -> QuarkusTransaction.requiringNew().call(() -> {
                if (!processed.firstTime(consumer, e)) {
                    return false;
                }
                effect.run();
                return true;
            }));
            count(consumer, applied ? "processed" : "duplicate", event.type());
        } catch (RuntimeException e) {
            count(consumer, "dead-lettered", event == null ? "unknown" : event.type());
            LOG.warnf("%s dead-letters %s-%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            throw e;
        }
    }

    private void count(String consumer, String outcome, String type) {
        metrics.counter("events.consumed", "consumer", consumer, "outcome", outcome, "type", type).increment();
    }
}
