package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.notifyservice.events.EventArrived;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
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
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one reader of new notifications in this replica, whatever the number of streams: every poll interval, or at
 * once when this replica has just written one, it reads the notifications after the last it read, in position order
 * and only below the horizon, and gives each to the open streams whose inbox holds it. Every replica reads the
 * database, so a notification written by one reaches a stream open on another. A stream that resumes is first given
 * what it missed, up to where this reader stands, then joins it; everything happens on this one thread, so nothing
 * falls between the two or comes twice.
 */
@ApplicationScoped
class StreamPoller {

    private static final Logger LOG = Logger.getLogger(StreamPoller.class);

    @Inject
    StreamConfig config;

    @Inject
    OpenStreams streams;

    @Inject
    StreamReads reads;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledExecutorService thread;
    private Counter polls;
    private Counter sent;
    private Counter droppedSlow;
    /** The last position read; null while no stream is open, so that an idle replica does not read at all. */
    private StreamPosition seen;
    private Instant lastHeartbeat;
    private boolean failing;

    void start(@Observes StartupEvent started) {
        polls = Counter.builder("inbox.stream.polls").description("reads of new notifications for open streams").register(meters);
        sent = Counter.builder("inbox.stream.sent").description("notifications given to open streams").register(meters);
        droppedSlow = Counter.builder("inbox.stream.dropped").tag("reason", "slow-client")
                .description("streams closed because their client fell behind by stream.max-pending events").register(meters);
        lastHeartbeat = clock.instant();
        thread = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread t = new Thread(run, "inbox-stream-poller");
            t.setDaemon(true);
            return t;
        });
        long every = config.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Closes every stream when shutdown begins, so that clients reconnect (to another replica) with their
     * Last-Event-ID at once. Before the graceful shutdown's wait for requests in flight (quarkus.shutdown.timeout),
     * which an open stream would otherwise hold up to its end: hence quarkus.shutdown.delay-enabled, whose only
     * effect without a delay is this event.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent stopping) throws InterruptedException {
        stop();
    }

    /** Where the shutdown had no first phase (a test's restart of the application). */
    void stopped(@Observes ShutdownEvent stopped) throws InterruptedException {
        stop();
    }

    private void stop() throws InterruptedException {
        if (thread != null && !thread.isShutdown()) {
            thread.shutdownNow();
            thread.awaitTermination(2, TimeUnit.SECONDS);
        }
        streams.closeAll();
    }

    /** A notification written here has committed, or a stream has opened: read now rather than at the next tick. */
    void wake() {
        if (thread != null && !thread.isShutdown() && woken.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    woken.set(false);
                    tick();
                });
            } catch (RejectedExecutionException stopping) {
                // shutting down: the streams are being closed anyway
            }
        }
    }

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventArrived arrived) {
        wake();
    }

    private void tick() {
        try {
            List<InboxStream> open = unexpired(streams.all());
            heartbeat(open);
            if (open.isEmpty()) {
                seen = null;
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                if (seen == null) {
                    seen = reads.horizon();
                }
                open.stream().filter(s -> !s.isLive()).forEach(this::catchUp);
                readNew(open.stream().filter(InboxStream::isLive).toList());
            });
            polls.increment();
            if (failing) {
                LOG.info("the inbox stream reads the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // the database away: streams stay open on heartbeats and are given everything once it is back
            if (!failing) {
                LOG.warnf("the inbox stream cannot read new notifications: %s", e.getMessage());
                failing = true;
            }
        }
    }

    /** A stream outlives the request that checked its token: it ends when that token does. */
    private List<InboxStream> unexpired(List<InboxStream> open) {
        Instant now = clock.instant();
        open.stream().filter(s -> !now.isBefore(s.expiresAt)).forEach(s -> {
            s.close();
            streams.remove(s);
        });
        return open.stream().filter(s -> now.isBefore(s.expiresAt)).toList();
    }

    private void heartbeat(List<InboxStream> open) {
        Instant now = clock.instant();
        if (Duration.between(lastHeartbeat, now).compareTo(config.heartbeat()) < 0) {
            return;
        }
        lastHeartbeat = now;
        open.forEach(s -> {
            // before its first frame a stream has no place yet, and its client waits for that frame first
            if (s.isOpened() && keptUp(s)) {
                s.heartbeat();
            }
        });
    }

    /**
     * A stream that starts from now is placed where this reader stands. One that resumes is given what it missed, up to
     * there, a page at a time as its client takes them; once nothing is left it is live.
     */
    private void catchUp(InboxStream s) {
        if (s.position() == null) {
            s.open(seen, config.retry());
            s.goLive();
            return;
        }
        if (!s.isOpened()) {
            s.open(s.position(), config.retry());
        }
        int room = Math.min(config.batchSize(), config.maxPending() - s.pending());
        if (room <= 0) {
            return;
        }
        List<StreamReads.Row> missed = reads.replay(s.audience, s.position(), seen, room);
        StreamReads.Views views = reads.views(missed);
        for (StreamReads.Row row : missed) {
            s.give(row.position(), views.json(row.id(), s.audience.reader()));
            sent.increment();
        }
        if (missed.size() < room) {
            s.goLive();
        }
    }

    private void readNew(List<InboxStream> live) {
        StreamReads.Batch batch;
        do {
            batch = reads.after(seen, config.batchSize());
            List<StreamReads.Row> wanted = batch.rows().stream()
                    .filter(row -> live.stream().anyMatch(s -> wants(s, row))).toList();
            StreamReads.Views views = reads.views(wanted);
            for (StreamReads.Row row : wanted) {
                for (InboxStream s : live) {
                    if (wants(s, row) && keptUp(s)) {
                        s.give(row.position(), views.json(row.id(), s.audience.reader()));
                        sent.increment();
                    }
                }
            }
            List<StreamReads.Row> rows = batch.rows();
            StreamPosition last = rows.isEmpty() ? seen : rows.get(rows.size() - 1).position();
            // a short batch read everything below the horizon: the horizon is where this reader stands
            seen = rows.size() < config.batchSize() ? StreamPosition.later(last, batch.horizon()) : last;
        } while (batch.rows().size() >= config.batchSize());
    }

    private static boolean wants(InboxStream s, StreamReads.Row row) {
        return !s.isClosed() && row.position().isAfter(s.position())
                && s.audience.holds(row.role(), row.region(), row.party());
    }

    /** False, after closing it, for a stream whose client has fallen too far behind: it resumes with Last-Event-ID. */
    private boolean keptUp(InboxStream s) {
        if (s.pending() < config.maxPending()) {
            return true;
        }
        LOG.debugf("closing the stream of %s: %d events not taken", s.audience.reader(), s.pending());
        s.close();
        streams.remove(s);
        droppedSlow.increment();
        return false;
    }
}
