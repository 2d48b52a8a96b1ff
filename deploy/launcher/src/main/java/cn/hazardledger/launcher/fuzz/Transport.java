package cn.hazardledger.launcher.fuzz;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Sends a {@link HostileRequest}: with java.net.http when it is well-formed HTTP that the client is willing to
 * send as it is, else over a raw socket ({@link RawHttp}). An event stream that is opened (notify-service's
 * GET /inbox/stream answers 2xx text/event-stream) never ends: its status and headers are the answer, and the
 * connection is dropped at once, as a client that goes away would ({@link #isEventStream}).
 */
public final class Transport {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> ports;

    /** @param ports each service's port on localhost, by service name */
    public Transport(Map<String, Integer> ports) {
        this.ports = new HashMap<>(ports);
    }

    public Response send(HostileRequest r) throws InterruptedException {
        int port = ports.get(r.service());
        if (r.wire() != null) {
            return RawHttp.exchange("localhost", port, r.wire(), r.method().equals("HEAD"), TIMEOUT);
        }
        if (r.socket() || needsSocket(r)) {
            return RawHttp.exchange("localhost", port, RawHttp.compose(r), r.method().equals("HEAD"), TIMEOUT);
        }
        long start = System.nanoTime();
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.target()))
                    .timeout(TIMEOUT)
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(h -> b.header(h.name(), h.value()));
            request = b.build();
        } catch (IllegalArgumentException refusedByTheClient) {
            return RawHttp.exchange("localhost", port, RawHttp.compose(r), r.method().equals("HEAD"), TIMEOUT);
        }
        try {
            HttpResponse<byte[]> response = client.send(request, Transport::bodyUnlessEventStream);
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Response(response.statusCode(), headers, response.body(), null, System.nanoTime() - start);
        } catch (IOException e) {
            return Response.failed("no answer: " + e, System.nanoTime() - start);
        }
    }

    /** True for the answer of an open event stream, whose body would never end. */
    static boolean isEventStream(int status, String contentType) {
        return status / 100 == 2 && contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }

    private static HttpResponse.BodySubscriber<byte[]> bodyUnlessEventStream(HttpResponse.ResponseInfo info) {
        if (isEventStream(info.statusCode(), info.headers().firstValue("content-type").orElse(null))) {
            return new Abandoned();
        }
        return HttpResponse.BodySubscribers.ofByteArray();
    }

    /** Takes no body: cancelling closes the connection, which is how the server learns the client went away. */
    private static final class Abandoned implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            body.complete(new byte[0]);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // cancelled: nothing more is read
        }

        @Override
        public void onError(Throwable throwable) {
            body.complete(new byte[0]);
        }

        @Override
        public void onComplete() {
            body.complete(new byte[0]);
        }
    }

    private static boolean needsSocket(HostileRequest r) {
        for (HostileRequest.Header h : r.headers()) {
            if (RESTRICTED.contains(h.name().toLowerCase(Locale.ROOT)) || h.value().isEmpty()) {
                return true;
            }
            for (char c : h.value().toCharArray()) {
                if (c < 0x20 && c != '\t' || c > 0x7E) {
                    return true;
                }
            }
        }
        long distinct = r.headers().stream().map(h -> h.name().toLowerCase(Locale.ROOT)).distinct().count();
        return distinct != r.headers().size();
    }
}
