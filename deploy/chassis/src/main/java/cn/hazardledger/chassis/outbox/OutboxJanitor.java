package cn.hazardledger.chassis.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;

/**
 * Published rows are kept for a while (to answer "was it sent, and when?") and then removed, so that the
 * outbox stays small and the relay's query stays fast. Unpublished rows are never removed.
 */
@ApplicationScoped
@IfBuildProperty(name = Outbox.ENABLED, stringValue = "true")
public class OutboxJanitor {

    @Inject
    Clock clock;

    @ConfigProperty(name = "outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void removePublished() {
        OutboxEvent.delete("publishedAt < ?1", Instant.now(clock).minus(retention));
    }
}
