package cn.hazardledger.notifyservice.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what the queue holds: claims as many due deliveries as it has free senders, sends each outside the claiming
 * transaction (a slow receiver holds no database connection), and settles it. Woken by each commit that queued
 * something, and otherwise every webhooks.worker.poll for retries that fell due and other replicas' work.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    WebhookConfig config;

    @Inject
    DeliveryQueue queue;

    @Inject
    DeliveryChannel channel;

    @Inject
    WebhookMetrics metrics;

    @Inject
    Clock clock;

    private final Semaphore wake = new Semaphore(0);
    private Semaphore senders;
    private ExecutorService pool;
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.worker().enabled()) {
            return;
        }
        int concurrency = config.worker().concurrency();
        senders = new Semaphore(concurrency);
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        thread = new Thread(this::loop, "webhook-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
        // an attempt cut short here is not settled: its lease runs out and it is sent again (at least once)
        pool.shutdownNow();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued event) {
        wake.release();
    }

    private void loop() {
        long poll = config.worker().poll().toMillis();
        while (running) {
            try {
                int free = senders.availablePermits();
                List<Claimed> claimed = free == 0 ? List.of() : queue.claim(free, Instant.now(clock));
                for (Claimed c : claimed) {
                    senders.acquire();
                    pool.execute(() -> send(c));
                }
                // a full batch means more may be due: look again as soon as a sender is free
                if (claimed.isEmpty() || claimed.size() < free) {
                    wake.tryAcquire(poll, TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } else {
                    senders.acquire();
                    senders.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("webhook worker pass failed, retrying: %s", e.getMessage());
                try {
                    // the database is away: one warning a second, not one a poll
                    wake.tryAcquire(Math.max(poll, 1000), TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void send(Claimed c) {
        try {
            AttemptResult result = channel.attempt(c);
            DeliveryQueue.Settled settled = queue.settle(c, result);
            metrics.settled(c, result, settled);
            if (settled.suspended()) {
                LOG.warnf("webhook subscription %s suspended after %d failed attempts in a row; the last: %s",
                        c.subscriptionId(), config.suspendAfter(), result.error());
            }
        } catch (RuntimeException e) {
            // not settled (the database went away): the lease runs out and the delivery is sent again
            LOG.warnf("webhook delivery %s not settled, sent again after its lease: %s", c.deliveryId(), e.getMessage());
        } finally {
            senders.release();
            // a freed sender may take work waiting behind a full batch
            wake.release();
        }
    }
}
