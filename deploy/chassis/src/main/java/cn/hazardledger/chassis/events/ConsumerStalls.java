package cn.hazardledger.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are holding a record while a passing failure lasts ({@link ConsumersProcessingCheck} puts
 * readiness down meanwhile). The log says so once when it starts, every tenth wait, and once when it is over,
 * rather than at every try.
 */
@ApplicationScoped
public class ConsumerStalls {

    private static final Logger LOG = Logger.getLogger(ConsumerStalls.class);

    /** Since when a consumer has held its record, how many waits so far, and the last failure. */
    public record Stall(Instant since, int waits, String reason) {
    }

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    void waiting(String consumer, Throwable failure, int waits) {
        String reason = String.valueOf(failure.getMessage());
        Stall stall = stalls.compute(consumer, (c, s) -> new Stall(s == null ? Instant.now() : s.since, waits, reason));
        if (waits == 1 || waits % 10 == 0) {
            LOG.warnf("%s holds its record while the database is away (wait %d, since %s): %s", consumer, waits,
                    stall.since, reason);
        }
    }

    void cleared(String consumer) {
        Stall stall = stalls.remove(consumer);
        if (stall != null) {
            LOG.infof("%s goes on after waiting %d s for the database", consumer,
                    Duration.between(stall.since, Instant.now()).toSeconds());
        }
    }

    public Map<String, Stall> current() {
        return Map.copyOf(stalls);
    }
}
