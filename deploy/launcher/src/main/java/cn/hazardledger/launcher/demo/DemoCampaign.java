package cn.hazardledger.launcher.demo;

import cn.hazardledger.launcher.ApiClient;
import cn.hazardledger.launcher.Identity;
import cn.hazardledger.launcher.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The campaign of 三星府发〔2023〕76号 in the demo: created by the township, its breakdown table imported
 * as the office keeps it, published, and worked on: every dated task done by a final report of a unit it names,
 * except (2), which stays overdue; some ongoing tasks with progress. Through task-service's public API with fixed
 * Idempotency-Keys; a marker file says it is there.
 */
public final class DemoCampaign {

    private static final Logger LOG = Logger.getLogger(DemoCampaign.class.getName());
    static final String MARKER = "demo-campaign-loaded";
    static final String TOWNSHIP = "500240213000";
    /** The task the demo leaves overdue: （2）制定重大事故隐患专项排查整治行动方案，并报县安委办备案 (5月15日前). */
    static final String LEFT_OVERDUE = "2";

    private final ApiClient client = new ApiClient();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Answers the campaign's id, or null when an earlier run loaded it. */
    public static String loadOnce(Path data, String taskServiceUrl, PrivateKey key) throws IOException, InterruptedException {
        if (Files.exists(data.resolve(MARKER))) {
            return null;
        }
        String id = new DemoCampaign().load(taskServiceUrl, key);
        Files.writeString(data.resolve(MARKER), id);
        return id;
    }

    String load(String base, PrivateKey key) throws IOException, InterruptedException {
        String clerk = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "demo-township-clerk");
        String id = publish(base, clerk, 2023, "demo-campaign");
        String url = base + "/campaigns/" + id;
        int reports = 0;
        for (JsonNode task : expect(client.get(url + "/tasks", clerk), 200).body()) {
            String number = task.path("number").asText();
            if (task.path("done").asBoolean() || LEFT_OVERDUE.equals(number)) {
                continue;
            }
            boolean dated = task.hasNonNull("deadline");
            // a 2023 campaign published now has no open periods, so its recurring tasks take no reports here
            if (!dated && (task.hasNonNull("cadence") || Integer.parseInt(number) % 3 != 0)) {
                continue;
            }
            String unit = task.path("units").path(0).asText();
            String reporter = Tokens.mint(key, Identity.of("UNIT", TOWNSHIP, "demo-unit-" + Integer.toHexString(unit.hashCode()))
                    .ofUnit("SX-" + Integer.toHexString(unit.hashCode()), unit));
            ObjectNode report = json.createObjectNode().put("text", dated ? "已按期完成，材料已归档" : "本阶段工作已按要求开展")
                    .put("completes", dated);
            expect(client.post(url + "/tasks/" + task.get("id").asText() + "/reports", reporter,
                    "demo-campaign/report-" + number, null, report), 201);
            reports++;
        }
        LOG.info("demo campaign " + id + ": breakdown imported and published, " + reports + " progress reports");
        return id;
    }

    /**
     * The campaign of 三星府发〔2023〕76号 as of {@code year} (its phases and dated tasks fall in that year), created by
     * the township clerk of {@code clerkToken}, its breakdown imported and published; {@code keyPrefix} makes its
     * Idempotency-Keys, so that a second call with the same prefix answers the same campaign. Answers its id.
     */
    public static String publish(String base, String clerkToken, int year, String keyPrefix)
            throws IOException, InterruptedException {
        return new DemoCampaign().create(base, clerkToken, year, keyPrefix);
    }

    private String create(String base, String clerk, int year, String keyPrefix) throws IOException, InterruptedException {
        ObjectNode campaign = json.createObjectNode().put("title", "三星乡重大事故隐患专项排查整治" + year + "行动方案")
                .put("documentNumber", "三星府发〔2023〕76号").put("issuingBody", "三星乡人民政府")
                .put("regionCode", TOWNSHIP).put("year", year);
        campaign.set("phases", json.valueToTree(List.of(Map.of("name", "动员部署", "endsOn", year + "-05-20"),
                Map.of("name", "集中排查", "endsOn", year + "-08-31"), Map.of("name", "重点整治", "endsOn", year + "-11-30"),
                Map.of("name", "建章立制", "endsOn", year + "-12-31"))));
        ApiClient.Answer created = expect(client.post(base + "/campaigns", clerk, keyPrefix + "/01", null, campaign), 201);
        String id = created.body().get("id").asText();
        String url = base + "/campaigns/" + id;
        JsonNode current = expect(client.get(url, clerk), 200).body();
        if ("DRAFT".equals(current.get("status").asText())) {
            String etag = client.get(url, clerk).etag();
            expect(put(url + "/breakdown", clerk, etag, table()), 200);
            expect(client.post(url + "/publication", clerk, keyPrefix + "/publish", client.get(url, clerk).etag(),
                    json.createObjectNode()), 200);
        }
        return id;
    }

    private ApiClient.Answer put(String url, String token, String etag, byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Answer(r.statusCode(), r.body().isEmpty() ? null : json.readTree(r.body()), r.body(), false,
                r.headers().firstValue("ETag").orElse(null));
    }

    private static byte[] table() throws IOException {
        try (InputStream in = DemoCampaign.class.getResourceAsStream("/demo/sanxing-2023-task-breakdown.csv")) {
            return in.readAllBytes();
        }
    }

    private static ApiClient.Answer expect(ApiClient.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("task-service answered " + answer.status() + ": " + answer.text());
        }
        return answer;
    }
}
