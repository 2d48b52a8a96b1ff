package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The launcher's HTTP to the services as a client would speak it: JSON steps with If-Match and Idempotency-Key,
 * multipart uploads, reads with their ETag. The demo data and the lifecycle walk use it.
 */
public final class ApiClient {

    /** An answer: its status, its JSON body (null when none), whether it was replayed, and its ETag (null when none). */
    public record Answer(int status, JsonNode body, String text, boolean replayed, String etag) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public Answer get(String url, String token) throws IOException, InterruptedException {
        return send(request(url, token).GET());
    }

    public Answer post(String url, String token, String idempotencyKey, String ifMatch, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(url, token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** DELETE with If-Match, as a subscription or rule is deleted. */
    public Answer delete(String url, String token, String ifMatch) throws IOException, InterruptedException {
        return send(request(url, token).header("If-Match", ifMatch).DELETE());
    }

    /** multipart/form-data with the part {@code file} (a JPEG) and the text part {@code caption}, as a phone sends it. */
    public Answer upload(String url, String token, String idempotencyKey, String fileName, String caption, byte[] jpeg)
            throws IOException, InterruptedException {
        String boundary = "demo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg);
        if (caption != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + caption).getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(url, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = response.body();
        JsonNode body = null;
        if (text != null && !text.isBlank()) {
            try {
                body = json.readTree(text);
            } catch (IOException notJson) {
                // kept as text for the log: an error page from a proxy is not the service's answer
            }
        }
        return new Answer(response.statusCode(), body, text,
                "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse("")),
                response.headers().firstValue("ETag").orElse(null));
    }
}
