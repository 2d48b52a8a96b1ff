package cn.hazardledger.chassis.events;

import cn.hazardledger.chassis.database.PassingFailures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a consumer's effect until it succeeds, holding the record (and so its partition, in order) meanwhile.
 * A passing failure is waited out however long it lasts, with backoff, and the consumer reports itself stalled
 * so that readiness says so; any other failure is tried {@link RetryConfig#attempts()} times and then leaves
 * to the dead-letter topic. A poison record ({@link UnprocessableEvent}) is not retried at all.
 */
@ApplicationScoped
public class InPlaceRetry {

    private static final Logger LOG = Logger.getLogger(InPlaceRetry.class);

    @Inject
    RetryConfig config;

    @Inject
    PassingFailures passing;

    @Inject
    ConsumerStalls stalls;

    @Inject
    MeterRegistry metrics;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public <T> T run(String consumer, Supplier<T> effect) {
        int failures = 0;
        int waits = 0;
        Duration wait = config.backoff();
        while (true) {
            try {
                T result = effect.get();
                stalls.cleared(consumer);
                return result;
            } catch (RuntimeException e) {
                if (isPoison(e)) {
                    throw e;
                }
                if (stopping) {
                    holdUntilExit(consumer);
                }
                if (passing.isPassing(e)) {
                    waits++;
                    stalls.waiting(consumer, e, waits);
                } else if (++failures >= config.attempts()) {
                    stalls.cleared(consumer);
                    throw e;
                } else {
                    LOG.warnf("%s: effect failed (try %d of %d), retrying: %s", consumer, failures, config.attempts(),
                            e.getMessage());
                }
                metrics.counter("events.retried", "consumer", consumer).increment();
                LockSupport.parkNanos(wait.toNanos());
                wait = wait.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait.multipliedBy(2);
            }
        }
    }

    private static boolean isPoison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprocessableEvent) {
                return true;
            }
        }
        return false;
    }

    /**
     * While the service stops, a failing effect is most likely the closing pool. The record must be neither
     * acknowledged (it would be lost) nor dead-lettered: it stays uncommitted and the next start reads it again.
     */
    private static void holdUntilExit(String consumer) {
        LOG.infof("%s: stopping; the record in hand is left uncommitted for the next start", consumer);
        while (true) {
            LockSupport.park();
        }
    }
}
