package cn.hazardledger.notifyservice.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * webhook_deliveries_total{outcome} (delivered, retry, gave-up), webhook_delivery_lag (event queued to delivered),
 * and the gauges webhook_backlog (PENDING deliveries) and webhook_subscriptions_suspended. The gauges are counted
 * every 15 s rather than on each scrape, so that a scraper never queries the database.
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    DeliveryQueue queue;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong suspended = new AtomicLong();
    private Timer lag;

    void start(@Observes StartupEvent event) {
        Gauge.builder("webhook.backlog", backlog, AtomicLong::get).description("deliveries waiting to be sent")
                .register(registry);
        Gauge.builder("webhook.subscriptions.suspended", suspended, AtomicLong::get).register(registry);
        lag = Timer.builder("webhook.delivery.lag").description("event queued to delivered, replays not counted")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    void settled(Claimed c, AttemptResult result, DeliveryQueue.Settled settled) {
        String outcome = switch (settled.outcome()) {
            case DELIVERED -> "delivered";
            case GAVE_UP -> "gave-up";
            case RETRY, NOT_OURS -> result.delivered() ? "delivered" : "retry";
        };
        registry.counter("webhook.deliveries", "outcome", outcome).increment();
        if (result.delivered() && !c.replayed()) {
            lag.record(Duration.between(c.createdAt(), result.finishedAt()));
        }
    }

    @Scheduled(every = "15s", delayed = "5s")
    void count() {
        try {
            backlog.set(queue.count("SELECT count(*) FROM webhook_delivery WHERE state = 'PENDING'"));
            suspended.set(queue.count("SELECT count(*) FROM webhook_subscription WHERE status = 'SUSPENDED'"));
        } catch (RuntimeException e) {
            LOG.debugf("webhook gauges not counted: %s", e.getMessage());
        }
    }
}
