package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Reports the demo hazards through the public API, as inspectors and enterprises would, so that the events
 * flow and tasks and inbox notifications follow. Fixed Idempotency-Keys make a second run change nothing.
 */
public final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String TOWNSHIP = "500240213000";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public record Outcome(int created, int replayed, int failed) {
    }

    /**
     * Loads the demo data unless an earlier run did; answers null when it was already there. The marker
     * outlives the services' 24-hour memory of Idempotency-Keys, which only guard a run cut short.
     */
    public static Outcome loadOnce(Path data, String hazardServiceUrl, PrivateKey key)
            throws IOException, InterruptedException {
        Path marker = data.resolve("demo-data-loaded");
        if (Files.exists(marker)) {
            return null;
        }
        Outcome outcome = new DemoData().load(hazardServiceUrl, key);
        if (outcome.failed() == 0) {
            Files.writeString(marker, Instant.now().toString());
        }
        return outcome;
    }

    public Outcome load(String hazardServiceUrl, PrivateKey signingKey) throws IOException, InterruptedException {
        JsonNode items;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-hazards.json")) {
            items = json.readTree(in);
        }
        int created = 0;
        int replayed = 0;
        int failed = 0;
        for (JsonNode item : items) {
            String key = item.get("key").asText();
            String title = item.get("hazard").get("title").asText();
            try {
                HttpResponse<String> response = post(hazardServiceUrl, signingKey, item);
                if (isReplay(response)) {
                    replayed++;
                    LOG.info(() -> "demo hazard " + key + " already reported: " + title);
                } else if (response.statusCode() == 201) {
                    created++;
                    LOG.info(() -> "demo hazard " + key + " reported: " + title);
                } else {
                    failed++;
                    LOG.warning("demo hazard " + key + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                failed++;
                LOG.warning("demo hazard " + key + " could not be sent: " + e);
            }
        }
        return new Outcome(created, replayed, failed);
    }

    private HttpResponse<String> post(String hazardServiceUrl, PrivateKey signingKey, JsonNode item)
            throws IOException, InterruptedException {
        String role = item.get("reporter").asText();
        String token = Tokens.mint(signingKey, role, TOWNSHIP, "demo-" + role.toLowerCase());
        HttpRequest request = HttpRequest.newBuilder(URI.create(hazardServiceUrl + "/hazards"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", item.get("key").asText())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(item.get("hazard")), StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** hazard-service repeats the first answer (201) for a known key and marks it; a plain 200 counts too. */
    private static boolean isReplay(HttpResponse<String> response) {
        return response.statusCode() == 200 || (response.statusCode() == 201
                && "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse("")));
    }
}
