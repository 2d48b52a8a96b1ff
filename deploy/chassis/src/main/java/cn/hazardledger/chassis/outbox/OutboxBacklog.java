package cn.hazardledger.chassis.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * outbox_backlog (rows not yet published) and outbox_oldest_age_seconds (how long the oldest of them has waited,
 * 0 when none): what the publish lag cannot show, since it is recorded only once an event gets out. Counted in
 * the background every few seconds, never on a scrape, so that scraping neither loads the database nor fails
 * with it; while the database is away the gauges keep their last values. The figures are the database's, so
 * every replica of a service reports the same ones: aggregate them with max, not sum.
 */
@ApplicationScoped
@IfBuildProperty(name = Outbox.ENABLED, stringValue = "true")
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    // the partial index outbox_event_unpublished_idx holds exactly these rows, so this stays cheap while the
    // table keeps a week of published ones
    private static final String COUNT =
            "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    void start(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("outbox rows not yet published").register(metrics);
        Gauge.builder("outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("time the oldest unpublished outbox row has waited, 0 when none").register(metrics);
    }

    @Scheduled(every = "${outbox.backlog.refresh:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Counts now; answers whether it could. Public so that tests need not wait for the schedule. */
    public boolean refresh() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setQueryTimeout(5);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                long rows = row.getLong(1);
                OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
                backlog.set(rows);
                // the service's clock stamped occurred_at, so it measures the wait (a demo offset cancels out)
                oldestAgeSeconds.set(oldest == null ? 0
                        : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toSeconds()));
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("outbox gauges not counted, keeping the last values: %s", e.getMessage());
            return false;
        }
    }
}
