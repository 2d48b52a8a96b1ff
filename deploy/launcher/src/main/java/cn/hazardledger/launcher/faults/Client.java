package cn.hazardledger.launcher.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP side of a phone on a bad network: every write carries an Idempotency-Key, and a write that failed
 * in a way that may not have reached the server (no answer, 5xx) is sent again with the same key.
 */
public final class Client {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Each phone (thread) its own client and so its own connections, as phones are: behind a balancer that spreads
     * connections (deploy/scale-out's), one shared pool would put every phone on the replica of its first connection.
     */
    private final ThreadLocal<HttpClient> phone = ThreadLocal.withInitial(
            () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());

    /** {@code replayed}: the service answered a retry with the stored first answer (Idempotent-Replayed). */
    record Answer(int status, JsonNode body, String etag, boolean replayed) {

        boolean retryable() {
            return status < 0 || status >= 500 || status == 429;
        }
    }

    Answer post(String url, String token, String key, String ifMatch, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return answer(phone.get().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return new Answer(-1, null, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, false);
        }
    }

    /**
     * An evidence upload as a phone sends it: multipart/form-data with the part {@code file}, and an
     * Idempotency-Key, so that a retry of an upload that was kept answers that evidence instead of keeping another.
     */
    Answer upload(String url, String token, String key, String fileName, String type, byte[] file) {
        String boundary = "faults-" + key;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail))).build();
            return answer(phone.get().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return new Answer(-1, null, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, false);
        }
    }

    Answer get(String url, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).GET().build();
            return answer(phone.get().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return new Answer(-1, null, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, false);
        }
    }

    static Map<String, Object> report(String title, String region, boolean major) {
        return Map.of("title", title, "description", "故障演练：在故障期间上报，核对是否丢失或重复",
                "regionCode", region, "industry", major ? "FIREWORKS" : "GAS", "source", "GRID_PATROL",
                "level", major ? "MAJOR" : "GENERAL", "hazardType", "OBJECT", "riskColour", major ? "RED" : "YELLOW",
                "signature", "演练");
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        String text = response.body();
        JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
        return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false));
    }
}
