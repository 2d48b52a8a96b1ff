package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The streams open on this replica, within the limits of {@link StreamConfig}. */
@ApplicationScoped
class OpenStreams {

    static final String TOO_MANY_TYPE = "https://hazard-ledger.cn/problems/too-many-streams";
    static final String TOO_MANY_TITLE = "通知流过多 / too many open streams";
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    StreamConfig config;

    @Inject
    MeterRegistry meters;

    private final List<InboxStream> streams = new ArrayList<>();
    /** Set when shutdown begins: a stream opened after the others were closed would hold the shutdown up. */
    private boolean closing;

    @PostConstruct
    void measure() {
        Gauge.builder("inbox.stream.open", this, OpenStreams::size).description("inbox streams open on this replica")
                .register(meters);
    }

    /** Refused before anything is sent, so the client gets a problem rather than a stream that ends at once. */
    synchronized InboxStream open(Audience audience, Instant expiresAt, StreamPosition resumeAfter, SseEventSink sink,
                                  Sse sse) {
        streams.removeIf(InboxStream::isClosed);
        if (closing) {
            throw refused(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "this replica is stopping; reconnect in a few "
                    + "seconds (to another replica) with your Last-Event-ID"));
        }
        if (streams.size() >= config.maxOpen()) {
            throw refused(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "this replica holds as many streams as it "
                    + "may (" + config.maxOpen() + "); reconnect in a few seconds"));
        }
        long own = streams.stream().filter(s -> s.audience.reader().equals(audience.reader())).count();
        if (own >= config.maxPerReader()) {
            // no ProblemType for 429 in the chassis yet: the same shape, a type of its own
            throw refused(new Problem(TOO_MANY_TYPE, TOO_MANY_TITLE, 429, "you hold " + own + " open streams, the most "
                    + "one person may; close one (an old tab) or wait for a dropped one to time out", null, null));
        }
        InboxStream stream = new InboxStream(audience, expiresAt, resumeAfter, sink, sse);
        streams.add(stream);
        return stream;
    }

    /** The open streams, the closed ones forgotten. */
    synchronized List<InboxStream> all() {
        streams.removeIf(InboxStream::isClosed);
        return List.copyOf(streams);
    }

    synchronized void remove(InboxStream stream) {
        streams.remove(stream);
    }

    synchronized void closeAll() {
        closing = true;
        streams.forEach(InboxStream::close);
        streams.clear();
    }

    synchronized int size() {
        return streams.size();
    }

    private static WebApplicationException refused(Problem problem) {
        return new WebApplicationException(Response.status(problem.status()).type(Problem.MEDIA).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build());
    }
}
