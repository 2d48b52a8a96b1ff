package cn.hazardledger.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows. A commit wakes it at once; the fallback poll catches rows committed by
 * another replica or left behind by a broker outage. One relay at a time holds a PostgreSQL advisory lock,
 * so that with two replicas one aggregate's events still leave in commit order.
 */
@ApplicationScoped
@IfBuildProperty(name = Outbox.ENABLED, stringValue = "true")
public class OutboxRelay {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** "outbox" in ASCII: one relay lock per service database. */
    public static final long RELAY_LOCK = 0x6f7574626f78L;
    /** Longer than a pass takes while the broker answers; a stop waits no longer than Kubernetes' grace allows. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    @Inject
    EntityManager em;

    @Inject
    OutboxPublisher publisher;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "outbox.fallback-poll", defaultValue = "PT2S")
    Duration fallbackPoll;

    @ConfigProperty(name = "outbox.topic")
    String topic;

    @ConfigProperty(name = "outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Counter published;
    private Counter failed;
    private Timer lag;

    void start(@Observes StartupEvent event) {
        published = metrics.counter("outbox.events.published");
        failed = metrics.counter("outbox.publish.failures");
        lag = Timer.builder("outbox.publish.lag").description("commit to broker acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Lets a pass in flight finish before the service goes: interrupted between sending its rows and committing their
     * marks, it would leave rows on the topic that the next relay sends again (found by deploy/scale-out, a replica
     * stopped mid-load). Only a pass that outlasts the grace (a broker away) is interrupted.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake.release();
        if (thread != null) {
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(5).toMillis());
            }
        }
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
        wake.release();
    }

    private void loop() {
        try {
            publisher.warmUp(topic);
        } catch (RuntimeException e) {
            LOG.infof("broker not reachable yet (%s); events wait in the outbox", e.getMessage());
        }
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                Batch batch = relayOnce();
                if (batch.failed()) {
                    backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), fallbackPoll);
                    wake.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                backoff = Duration.ZERO;
                if (!batch.more()) {
                    wake.tryAcquire(fallbackPoll.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay pass failed, retrying: %s", e.getMessage());
                try {
                    wake.tryAcquire(fallbackPoll.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One pass in one transaction; public so that tests can drive the relay deterministically. */
    public Batch relayOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Batch(0, false, false);
            }
            // marking rows sent need not wait for the disk: a mark lost in a crash only sends its row again, with
            // the same ce_id, which consumers apply once; it saves a flush on every event's way to its consumers
            em.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
            List<OutboxEvent> pending = OutboxEvent.find("publishedAt is null order by seq")
                    .page(0, batchSize).list();
            if (pending.isEmpty()) {
                return new Batch(0, false, false);
            }
            List<OutboxEvent> wave = firstOfEachAggregate(pending);
            Batch batch = publish(wave);
            return new Batch(batch.published(), batch.failed(), wave.size() < pending.size() || pending.size() == batchSize);
        });
    }

    /**
     * The oldest pending row of each aggregate. Sends are pipelined, and a producer that gives up on one
     * record may still deliver the ones sent after it; so that an aggregate's later event can never overtake
     * an earlier one that failed, a pass never has two of one aggregate's events in flight. The rest wait
     * for the next pass, which follows at once.
     */
    static List<OutboxEvent> firstOfEachAggregate(List<OutboxEvent> pending) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return pending.stream().filter(e -> seen.add(e.aggregateType + "/" + e.aggregateId)).toList();
    }

    private Batch publish(List<OutboxEvent> pending) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(pending.size());
        RuntimeException sendFailure = null;
        for (OutboxEvent event : pending) {
            try {
                sent.add(publisher.send(event));
            } catch (RuntimeException e) {
                sendFailure = e;
                break;
            }
        }
        publisher.flush();
        Instant now = Instant.now(clock);
        int done = 0;
        for (int i = 0; i < sent.size(); i++) {
            OutboxEvent event = pending.get(i);
            try {
                sent.get(i).get();
            } catch (Exception e) {
                // stop at the first failure: later rows of the same aggregate must not overtake it
                recordFailure(event, e);
                return new Batch(done, true, true);
            }
            event.publishedAt = now;
            lag.record(Duration.between(event.occurredAt, now));
            published.increment();
            done++;
        }
        if (sendFailure != null) {
            recordFailure(pending.get(sent.size()), sendFailure);
            return new Batch(done, true, true);
        }
        return new Batch(done, false, false);
    }

    private void recordFailure(OutboxEvent event, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        event.attempts++;
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        event.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
        failed.increment();
        LOG.warnf("outbox event %s (%s) not published yet: %s", event.id, event.type, event.lastError);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The outcome of one pass: how many rows went out, whether the broker refused the rest, and whether rows
     * are left that the next pass should take at once.
     */
    public record Batch(int published, boolean failed, boolean more) {
    }
}
