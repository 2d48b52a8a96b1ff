package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo hazards against a stand-in for hazard-service that, like the real one, answers a repeated
 * Idempotency-Key with the first answer marked as replayed.
 */
class DemoDataTest {

    private static final Set<String> INDUSTRIES = Set.of("ROAD_TRAFFIC", "CONSTRUCTION", "GAS", "FIRE",
            "HAZARDOUS_CHEMICALS", "INDUSTRY_TRADE", "FIREWORKS", "MINING", "SELF_BUILT_HOUSING", "WATER_TRAFFIC", "OTHER");
    private static final Set<String> SOURCES = Set.of("ENTERPRISE_SELF_CHECK", "DEPARTMENT_INSPECTION",
            "SUPERVISION_INSPECTION", "COVERT_INSPECTION", "GRID_PATROL", "PUBLIC_REPORT", "WHISTLEBLOWER",
            "ASSIGNED_BY_SUPERIOR");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private HttpServer server;
    private final Map<String, String> seenKeys = new ConcurrentHashMap<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final List<JsonNode> claims = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hazards", this::answer);
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void everyDemoHazardIsValidAndASecondLoadOnlyReplays() throws Exception {
        Keys.ensure(data.resolve("keys"));
        var key = Keys.loadPrivate(data.resolve("keys"));

        DemoData.Outcome first = new DemoData().load(url(), key);
        DemoData.Outcome second = new DemoData().load(url(), key);

        assertThat(first.created()).isBetween(6, 12);
        assertThat(first.replayed()).isZero();
        assertThat(first.failed()).isZero();
        assertThat(second).isEqualTo(new DemoData.Outcome(0, first.created(), 0));
        assertThat(seenKeys).hasSize(first.created()).allSatisfy((k, v) -> assertThat(k).matches("demo-hazard-\\d{3}"));

        assertThat(bodies).allSatisfy(b -> {
            assertThat(b.get("regionCode").asText()).matches("500240213\\d{3}").isNotEqualTo(DemoData.TOWNSHIP);
            assertThat(INDUSTRIES).contains(b.get("industry").asText());
            assertThat(SOURCES).contains(b.get("source").asText());
            assertThat(b.get("level").asText()).isIn("GENERAL", "MAJOR");
            assertThat(b.get("title").asText()).isNotBlank();
            assertThat(b.get("description").asText()).isNotBlank();
        });
        assertThat(bodies).extracting(b -> b.get("level").asText()).contains("MAJOR");
        assertThat(bodies.stream().map(b -> b.get("regionCode").asText()).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bodies.stream().map(b -> b.get("industry").asText()).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.get("groups").get(0).asText()).isIn("INSPECTOR", "ENTERPRISE");
            assertThat(c.get("region_code").asText()).isEqualTo(DemoData.TOWNSHIP);
        });
    }

    @Test
    void anErrorAnswerIsCountedNotThrown() throws Exception {
        server.removeContext("/hazards");
        server.createContext("/hazards", exchange -> respond(exchange, 503, "{}", false));
        Keys.ensure(data.resolve("keys"));

        DemoData.Outcome outcome = new DemoData().load(url(), Keys.loadPrivate(data.resolve("keys")));

        assertThat(outcome.created()).isZero();
        assertThat(outcome.failed()).isPositive();
    }

    @Test
    void loadOnceLeavesAMarkerAndThenDoesNothing() throws Exception {
        Keys.ensure(data.resolve("keys"));
        var key = Keys.loadPrivate(data.resolve("keys"));

        assertThat(DemoData.loadOnce(data, url(), key)).isNotNull();
        assertThat(DemoData.loadOnce(data, url(), key)).isNull();
        assertThat(Files.exists(data.resolve("demo-data-loaded"))).isTrue();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        claims.add(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
        String earlier = seenKeys.putIfAbsent(idempotencyKey, body.toString());
        if (earlier == null) {
            bodies.add(body);
        }
        respond(exchange, 201, earlier == null ? body.toString() : earlier, earlier != null);
    }

    private static void respond(HttpExchange exchange, int status, String body, boolean replayed) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Idempotent-Replayed", Boolean.toString(replayed));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
