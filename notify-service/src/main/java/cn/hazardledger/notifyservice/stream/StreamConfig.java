package cn.hazardledger.notifyservice.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The inbox's live stream (notify-service/docs/stream.md). */
@ConfigMapping(prefix = "stream")
public interface StreamConfig {

    /**
     * How often this replica's one poller reads notifications newer than it has seen. Also the longest a
     * notification written by another replica waits before it reaches a stream open here; one written here is
     * read at once when its transaction commits.
     */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** Notifications read per query, by the poller and by a stream catching up after Last-Event-ID. */
    @WithDefault("500")
    int batchSize();

    /** A comment sent on every stream this often, so that proxies and load balancers keep an idle connection. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** The {@code retry:} hint: how long a client waits before it reconnects after losing the stream. */
    @WithDefault("PT3S")
    Duration retry();

    /**
     * Events written to one stream and not yet taken by its client. A client this far behind is disconnected rather
     * than buffered for without limit; it resumes with Last-Event-ID and loses nothing.
     */
    @WithDefault("256")
    int maxPending();

    /** Streams one person may hold open on this replica (a phone, a desk, a few tabs); one more is a 429. */
    @WithDefault("5")
    int maxPerReader();

    /** Streams this replica holds open at most; one more is a 503, and the client retries, likely on another replica. */
    @WithDefault("2000")
    int maxOpen();
}
