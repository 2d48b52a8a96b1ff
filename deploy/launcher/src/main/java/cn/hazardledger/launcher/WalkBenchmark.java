package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures, on a running system, the time from reporting a hazard to its notification being readable in
 * the township's inbox, one report at a time, and the resident memory of each service process.
 */
public final class WalkBenchmark {

    private static final String TOWNSHIP = "500240213000";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public void run(Path data, int rounds, PrintStream out) throws Exception {
        Ports ports = Ports.fromEnvironment(System.getenv());
        PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
        String inspector = Tokens.mint(key, "INSPECTOR", TOWNSHIP, "bench-inspector");
        String township = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "bench-township");
        List<Long> toInbox = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            String id = report(ports.hazardService(), inspector, i);
            long deadline = start + TimeUnit.SECONDS.toNanos(30);
            while (!inInbox(ports.notifyService(), township, id)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("hazard " + id + " never reached the inbox");
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
            toInbox.add(System.nanoTime() - start);
        }
        Collections.sort(toInbox);
        out.printf("report -> township inbox, %d sequential reports: p50 %d ms, p95 %d ms, max %d ms%n", rounds,
                ms(toInbox, 0.50), ms(toInbox, 0.95), toInbox.get(toInbox.size() - 1) / 1_000_000);
        for (Map.Entry<String, Long> rss : ProcessMemory.residentKb().entrySet()) {
            out.printf("%-16s resident %d MB%n", rss.getKey(), rss.getValue() / 1024);
        }
    }

    private String report(int port, String token, int i) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("title", "基准测试隐患 " + i, "description", "benchmark",
                "regionCode", "500240213009", "industry", "OTHER", "source", "GRID_PATROL", "level", "GENERAL",
                "hazardType", "OBJECT", "riskColour", "BLUE", "signature", "基准"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hazards"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("report answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body()).get("id").asText();
    }

    private boolean inInbox(int port, String token, String hazardId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inbox?limit=5"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return false;
        }
        for (JsonNode item : json.readTree(r.body()).get("items")) {
            if (hazardId.equals(item.path("subjectId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static long ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }
}
