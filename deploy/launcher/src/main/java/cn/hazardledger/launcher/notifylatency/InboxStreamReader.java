package cn.hazardledger.launcher.notifylatency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code GET /inbox/stream} held open as an app holds it (notify-service/docs/stream.md), read line by line with the
 * JDK client: the moment each {@code notification} event arrived is kept by its {@code subjectId}. The stream is
 * placed once its first frame (a comment and an {@code id}) has come: whatever commits after that comes down it.
 */
final class InboxStreamReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> arrivedBySubject = new ConcurrentHashMap<>();
    private final CountDownLatch placed = new CountDownLatch(1);
    private final Stream<String> lines;
    private final Thread reader;
    private volatile String ended;

    private InboxStreamReader(Stream<String> lines) {
        this.lines = lines;
        this.reader = new Thread(this::read, "inbox-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream with {@code token} and waits until it is placed; fails if it answers anything but 200. */
    static InboxStreamReader open(String notifyService, String token, Duration timeout)
            throws IOException, InterruptedException {
        // HTTP/1.1 as a phone's client holds an SSE connection; the request has no timeout, the stream never ends
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(notifyService + "/inbox/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            String body = String.join("\n", response.body().limit(20).toList());
            throw new IOException("GET /inbox/stream answered " + response.statusCode() + ": " + body);
        }
        InboxStreamReader stream = new InboxStreamReader(response.body());
        if (!stream.placed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stream.close();
            throw new IOException("GET /inbox/stream sent no first frame within " + timeout.toSeconds() + " s");
        }
        return stream;
    }

    /** When (System.nanoTime) the first notification about {@code subjectId} came down the stream, if it has. */
    Optional<Long> arrival(String subjectId) {
        return Optional.ofNullable(arrivedBySubject.get(subjectId));
    }

    /** Why the stream ended early, or null while it is open. */
    String ended() {
        return ended;
    }

    /** SSE framing (the parts this stream uses): {@code event:} and {@code data:} lines, dispatched at a blank line. */
    private void read() {
        String event = null;
        StringBuilder data = new StringBuilder();
        long firstLine = 0;
        try {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                long now = System.nanoTime();
                if (line.isEmpty()) {
                    if ("notification".equals(event) && data.length() > 0) {
                        JsonNode n = JSON.readTree(data.toString());
                        String subject = n.path("subjectId").asText(null);
                        if (subject != null) {
                            arrivedBySubject.putIfAbsent(subject, firstLine);
                        }
                    }
                    event = null;
                    data.setLength(0);
                    firstLine = 0;
                    continue;
                }
                if (firstLine == 0) {
                    firstLine = now;
                }
                if (line.startsWith("id:")) {
                    placed.countDown();
                } else if (line.startsWith("event:")) {
                    event = field(line, "event:");
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(field(line, "data:"));
                }
            }
            ended = "the server closed the stream";
        } catch (IOException | RuntimeException e) {
            ended = e.toString();
        }
    }

    private static String field(String line, String name) {
        String value = line.substring(name.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        if (ended == null) {
            ended = "closed";
        }
        lines.close();
    }
}
