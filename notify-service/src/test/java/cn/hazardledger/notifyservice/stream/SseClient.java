package cn.hazardledger.notifyservice.stream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A client of the inbox stream as a phone's would be: java.net.http, the bearer token and Last-Event-ID in headers,
 * each frame kept with the time it arrived.
 */
final class SseClient implements AutoCloseable {

    /** One frame: an event (id, event, data), or only comments and an id. */
    record Frame(String id, String event, String data, List<String> comments, long arrivedNanos) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final int status;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final Stream<String> lines;
    private volatile boolean ended;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.lines = response.body();
        Thread reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(URI stream, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new IllegalStateException("could not open " + stream, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a stream and waits for its first frame, after which everything written is given to it. */
    static SseClient opened(URI stream, String token, String lastEventId) {
        SseClient client = open(stream, token, lastEventId);
        try {
            if (client.status != 200) {
                throw new IllegalStateException("the stream answered " + client.status);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.frames.isEmpty());
            Frame first = client.frames.get(0);
            if (!first.comments().equals(List.of("open")) || first.id() == null || first.event() != null) {
                throw new AssertionError("the first frame is not the opening one: " + first);
            }
            return client;
        } catch (RuntimeException | AssertionError e) {
            client.close();
            throw e;
        }
    }

    List<Frame> frames() {
        return List.copyOf(frames);
    }

    List<Frame> notifications() {
        return frames.stream().filter(f -> "notification".equals(f.event())).toList();
    }

    /** The notifications given so far, once there are {@code count}. */
    List<Frame> awaitNotifications(int count) {
        return await().atMost(Duration.ofSeconds(30)).until(this::notifications, n -> n.size() >= count);
    }

    String lastId() {
        List<Frame> all = frames();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).id() != null) {
                return all.get(i).id();
            }
        }
        return null;
    }

    /** The server ended the stream. */
    boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        lines.close();
    }

    private void read() {
        String id = null;
        String event = null;
        StringBuilder data = null;
        List<String> comments = new ArrayList<>();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (id != null || event != null || data != null || !comments.isEmpty()) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), List.copyOf(comments),
                                System.nanoTime()));
                    }
                    id = null;
                    event = null;
                    data = null;
                    comments.clear();
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "" -> comments.add(value);
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> { }
                }
            }
            ended = true;
        } catch (RuntimeException closed) {
            // the test closed the stream, or the server did
        }
    }
}
