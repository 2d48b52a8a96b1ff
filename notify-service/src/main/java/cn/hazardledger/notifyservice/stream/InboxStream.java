package cn.hazardledger.notifyservice.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open stream: its client's connection, whose inbox it carries and how far it has been given. Only the poller's
 * thread moves its position, so that a notification is never given twice nor passed over while the stream goes from
 * catching up to live.
 */
final class InboxStream {

    static final String NOTIFICATION = "notification";

    final Audience audience;
    /** When the token it was opened with expires: the stream ends then, and the client comes back with a fresh one. */
    final Instant expiresAt;
    private final SseEventSink sink;
    private final Sse sse;
    /** Writes handed to the connection that it has not flushed yet: how far behind its client is. */
    private final AtomicInteger pending = new AtomicInteger();
    /** The last position given; null until the poller places a stream that starts from now. */
    private StreamPosition position;
    private boolean opened;
    private boolean live;

    InboxStream(Audience audience, Instant expiresAt, StreamPosition resumeAfter, SseEventSink sink, Sse sse) {
        this.audience = audience;
        this.expiresAt = expiresAt;
        this.position = resumeAfter;
        this.sink = sink;
        this.sse = sse;
    }

    StreamPosition position() {
        return position;
    }

    boolean isLive() {
        return live;
    }

    void goLive() {
        live = true;
    }

    /**
     * The first frame: no event, only its id, which a client keeps as its last event id, and the retry hint. A
     * client that loses the stream before any notification came resumes from here, so nothing sent meanwhile is lost.
     */
    void open(StreamPosition at, Duration retry) {
        position = at;
        opened = true;
        write(sse.newEventBuilder().comment("open").id(at.encode()).reconnectDelay(retry.toMillis()).build());
    }

    boolean isOpened() {
        return opened;
    }

    void give(StreamPosition at, String json) {
        position = at;
        write(sse.newEventBuilder().id(at.encode()).name(NOTIFICATION).data(String.class, json).build());
    }

    void heartbeat() {
        write(sse.newEventBuilder().comment("keep-alive").build());
    }

    int pending() {
        return pending.get();
    }

    boolean isClosed() {
        return sink.isClosed();
    }

    void close() {
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            // the client left first: nothing to close
        }
    }

    private void write(OutboundSseEvent event) {
        if (sink.isClosed()) {
            return;
        }
        pending.incrementAndGet();
        try {
            sink.send(event).whenComplete((done, failure) -> {
                pending.decrementAndGet();
                if (failure != null) {
                    close();
                }
            });
        } catch (IllegalStateException closedMeanwhile) {
            pending.decrementAndGet();
        }
    }
}
