package cn.hazardledger.notifyservice.bulletin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * hazard-service and task-service stood in for by one small HTTP server with canned answers in their shapes (the
 * real ones are walked in deploy/launcher's BulletinIT). It records the claims of the token each request carried
 * and can be told to answer 503 or 500, both through its own paths ({@code /stand-in/...}), since a test and this
 * resource need not share a class loader.
 */
public class StandInSources implements QuarkusTestResourceLifecycleManager {

    public enum Mode { OK, UNAVAILABLE, BROKEN }

    private volatile Mode mode = Mode.OK;
    /** The decoded claims of every token the stand-ins saw, and each request's path and query. */
    private final List<String> claims = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    static final String CAMPAIGN = "7a1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.hazard-service.url", url, "quarkus.rest-client.task-service.url", url,
                "quarkus.rest-client.hazard-service.read-timeout", "3000",
                "quarkus.rest-client.task-service.read-timeout", "3000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        if (uri.getPath().startsWith("/stand-in/")) {
            control(exchange, uri);
            return;
        }
        requests.add(uri.getPath() + "?" + uri.getRawQuery());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            claims.add(new String(Base64.getUrlDecoder().decode(auth.substring(7).split("\\.")[1]), StandardCharsets.UTF_8));
        }
        if (mode != Mode.OK) {
            send(exchange, mode == Mode.UNAVAILABLE ? 503 : 500, "{\"status\": " + (mode == Mode.UNAVAILABLE ? 503 : 500) + "}");
            return;
        }
        String path = uri.getPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String region = param(query, "region");
        if (path.equals("/statistics")) {
            send(exchange, 200, statistics(region, param(query, "from"), param(query, "to")));
        } else if (path.equals("/hazards") && query.contains("overdue=true")) {
            // two pages: the cursor is followed, and the count goes past the list limit of the test profile
            boolean second = query.contains("cursor=");
            send(exchange, 200, "{\"items\": [" + hazard(second ? "000002" : "000001", "RECTIFYING", null)
                    + (second ? "" : "," + hazard("000003", "CONFIRMED", null)) + "], \"nextCursor\": "
                    + (second ? "null" : "\"page-2\"") + "}");
        } else if (path.equals("/hazards")) {
            send(exchange, 200, "{\"items\": [" + hazard("000005", "SUBMITTED", """
                    {"listed": true, "level": "COUNTY", "authority": "县安委办", "documentNumber": "督〔2026〕1号",
                     "deadline": "2026-08-01", "listedAt": "2026-02-03T10:00:00+08:00", "unknownLater": 1}""")
                    + "], \"nextCursor\": null}");
        } else if (path.equals("/campaigns")) {
            send(exchange, 200, """
                    {"items": [
                      {"id": "%s", "title": "专项整治行动", "documentNumber": "府发〔2026〕1号", "regionCode": "%s",
                       "year": 2026, "status": "PUBLISHED", "phases": []},
                      {"id": "8a1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", "title": "上级方案", "regionCode": "500200000000",
                       "year": 2026, "status": "PUBLISHED"},
                      {"id": "9a1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", "title": "草稿", "regionCode": "%s",
                       "year": 2026, "status": "DRAFT"}],
                     "nextCursor": null}""".formatted(CAMPAIGN, claimedRegion(), claimedRegion()));
        } else if (path.equals("/campaigns/" + CAMPAIGN + "/tree")) {
            send(exchange, 200, "{\"total\": {\"actions\": 2, \"keyTasks\": 3, \"specificTasks\": 4, \"done\": 3, "
                    + "\"inTime\": 0, \"overdue\": 1}, \"actions\": []}");
        } else {
            send(exchange, 404, "{}");
        }
    }

    /** task-service scopes campaigns by the token's region: the stand-in answers one of the last token's region. */
    private String claimedRegion() {
        String last = claims.isEmpty() ? "" : claims.get(claims.size() - 1);
        int at = last.indexOf("\"region_code\":\"");
        return at < 0 ? "500250000000" : last.substring(at + 15, at + 27);
    }

    /** POST /stand-in/mode/{OK|UNAVAILABLE|BROKEN}; GET /stand-in/claims and /stand-in/requests, one a line. */
    private void control(HttpExchange exchange, URI uri) throws IOException {
        String path = uri.getPath();
        if (path.startsWith("/stand-in/mode/")) {
            mode = Mode.valueOf(path.substring("/stand-in/mode/".length()));
            send(exchange, 200, "{}");
        } else {
            send(exchange, 200, String.join("\n", path.endsWith("claims") ? claims : requests));
        }
    }

    static String statistics(String region, String from, String to) {
        String township = region.substring(0, 6) + "101000";
        return """
                {"region": "%s", "from": "%s", "to": "%s", "asOf": "2026-11-26T10:00:00+08:00",
                 "rows": [{"region": "%s", "figures": %s, "byIndustry": [{"industry": "GAS", "figures": %s}]}],
                 "total": {"region": "%s", "figures": %s, "byIndustry": [{"industry": "GAS", "figures": %s}]},
                 "addedLater": "ignored"}"""
                .formatted(region, from, to, township, FIGURES, FIGURES, region, FIGURES, FIGURES);
    }

    static final String FIGURES = """
            {"general": {"found": 3, "rectified": 2, "rectificationRate": 66.7},
             "major": {"found": 1, "rectified": 0, "rectificationRate": 0.0, "fiveInPlaceMet": 1, "listedForSupervision": 1},
             "closed": 2, "overdue": 3, "averageDaysToClose": 7.8, "fundsSpentYuan": 24200.00}""";

    private static String hazard(String seq, String status, String supervision) {
        return """
                {"id": "00000000-0000-4000-8000-000000%s", "ledgerNumber": "YH-500250-2026-%s", "title": "隐患%s",
                 "regionCode": "500250101001", "industry": "GAS", "level": "GENERAL", "riskColour": "YELLOW",
                 "status": "%s", "overdue": true, "reportedAt": "2026-03-01T09:00:00+08:00",
                 "rectification": {"planRevision": 1, "deadline": "2026-03-20",
                                   "responsible": {"kind": "TOWNSHIP", "code": "x", "name": "乡应急办", "personName": "张三"}},
                 "supervision": %s, "allowedActions": []}"""
                .formatted(seq, seq, seq, status, supervision == null ? "null" : supervision);
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
