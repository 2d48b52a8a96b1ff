package cn.hazardledger.launcher.notifylatency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver as another government system would run one (notify-service/docs/webhooks.md, "For the
 * receiver"): plain HTTP on 127.0.0.1 and a free port, each POST's Standard-Webhooks signature verified, each event
 * de-duplicated on {@code webhook-id}, and the moment each verified event arrived kept by its {@code subject} (for a
 * hazard event, the hazard id).
 */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/hooks/notify-latency";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Long> arrivedBySubject = new ConcurrentHashMap<>();
    private final Set<String> seenIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private volatile String secret;

    private WebhookReceiver(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // notify-service sends up to 8 at once; a few threads keep one slow answer from delaying the next arrival
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        });
        WebhookReceiver receiver = new WebhookReceiver(server, workers);
        server.createContext(PATH, receiver::handle);
        server.setExecutor(workers);
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The subscription's secret ({@code whsec_…}), known once the subscription is created. */
    void secret(String secret) {
        this.secret = secret;
    }

    /** When (System.nanoTime) the first verified event about {@code subject} arrived, if it has. */
    Optional<Long> arrival(String subject) {
        return Optional.ofNullable(arrivedBySubject.get(subject));
    }

    int refused() {
        return refused.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String key = secret;
            if (!"POST".equals(exchange.getRequestMethod()) || key == null || id == null
                    || !verify(key, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, Instant.now())) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (seenIds.add(id)) {
                JsonNode event = JSON.readTree(body);
                String subject = event.path("subject").asText(null);
                if (subject != null) {
                    arrivedBySubject.putIfAbsent(subject, arrived);
                }
            } else {
                duplicates.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /**
     * The receiver's check of docs/webhooks.md, "Verifying it": a timestamp within 5 minutes of {@code now}, and one of
     * the space-separated {@code v1,<base64>} equal (in constant time) to base64(HMAC-SHA256(key, "id.timestamp.body"))
     * with the key the base64 after {@code whsec_}.
     */
    static boolean verify(String secret, String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - ts) > 300) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = Base64.getEncoder().encode(mac.doFinal(body));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
