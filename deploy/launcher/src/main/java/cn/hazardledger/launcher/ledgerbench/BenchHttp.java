package cn.hazardledger.launcher.ledgerbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bench's HTTP: HTTP/1.1 (what phones and browsers use against a plain-HTTP service; the client would otherwise
 * offer an h2c upgrade on every new connection), timed from send to the last byte read.
 */
final class BenchHttp {

    /** An answer, its body read to the end, and its time to the first and to the last byte in nanoseconds. */
    record Answer(int status, byte[] body, long firstByteNanos, long nanos) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** A 404 or 405: the endpoint is not there (yet); the bench skips it. */
        boolean absent() {
            return status == 404 || status == 405;
        }

        String text() {
            String s = new String(body, StandardCharsets.UTF_8);
            return s.length() > 300 ? s.substring(0, 300) + " ..." : s;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    BenchHttp(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String url(String path, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return base + path;
        }
        return base + path + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    Answer get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).GET().build());
    }

    Answer post(String url, String token, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime() - start;
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readAllBytes();
        }
        return new Answer(response.statusCode(), body, firstByte, System.nanoTime() - start);
    }
}
