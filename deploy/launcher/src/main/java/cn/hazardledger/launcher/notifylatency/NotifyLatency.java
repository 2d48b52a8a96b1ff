package cn.hazardledger.launcher.notifylatency;

import cn.hazardledger.launcher.ApiClient;
import cn.hazardledger.launcher.Identity;
import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.Tokens;
import cn.hazardledger.launcher.load.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code notify-latency [--hazards N] [--warm-up N]}: with deploy/run running, the time from a hazard event to the
 * three places notify-service tells of it. Hazards are reported one at a time (POST /hazards, an INSPECTOR of 三星乡);
 * t0 is the moment the 201 arrives at the client (the report and its event commit together, through the outbox, before
 * it is sent). From t0: until {@code GET /inbox?subjectId=} (the township's TOWNSHIP token, polled every 10 ms) shows
 * it, until an open {@code GET /inbox/stream} of the same township delivers it, until a webhook receiver of this
 * command's own (a subscription to {@code hazard.reported.v1} of the township, made by the county's REGULATOR, deleted
 * at the end) holds it with a valid signature. Prints p50/p95/max of each and writes the report to DATA/bench/.
 */
public final class NotifyLatency {

    private static final String COUNTY = "500240000000";
    private static final String TOWNSHIP = "500240213000";
    /** A village of its own, as deploy/bench's, so that the reports stay apart from the demo's hazards. */
    private static final String VILLAGE = "500240213009";
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String USAGE = "usage: notify-latency [--hazards N (default 100)] [--warm-up N (default 5, not measured)]";

    /** The measured paths, in the report's order. */
    private final Map<String, Latencies> paths = new LinkedHashMap<>();
    private final Map<String, Integer> missing = new LinkedHashMap<>();
    private final Map<String, Integer> early = new LinkedHashMap<>();
    private final ApiClient api = new ApiClient();
    private final String hazardService;
    private final String notifyService;
    private final String inspector;
    private final String township;
    private final String regulator;

    private NotifyLatency(Ports ports, PrivateKey key) {
        hazardService = "http://localhost:" + ports.hazardService();
        notifyService = "http://localhost:" + ports.notifyService();
        inspector = Tokens.mint(key, Identity.of("INSPECTOR", TOWNSHIP, "notify-latency-inspector").named("李明"));
        township = Tokens.mint(key, Identity.of("TOWNSHIP", TOWNSHIP, "notify-latency-clerk"));
        regulator = Tokens.mint(key, Identity.of("REGULATOR", COUNTY, "notify-latency-regulator"));
        for (String path : List.of(REPORT, INBOX, STREAM, WEBHOOK, STAMPED, POLL_TRIP)) {
            paths.put(path, new Latencies());
        }
    }

    private static final String REPORT = "POST /hazards round trip (sent -> 201)";
    private static final String INBOX = "t0 -> GET /inbox shows it (10 ms polls)";
    private static final String STREAM = "t0 -> open SSE stream delivers it";
    private static final String WEBHOOK = "t0 -> webhook receiver holds it (verified)";
    private static final String STAMPED = "reportedAt -> inbox row createdAt (stamps)";
    private static final String POLL_TRIP = "GET /inbox round trip (each poll)";

    /** Answers the exit code: 0 when every hazard reached all three, 1 when one did not or a signature failed, 2 for bad arguments. */
    public static int run(Path data, List<String> args, PrintStream out) throws Exception {
        int hazards = 100;
        int warmUp = 5;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : null;
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                switch (name) {
                    case "--hazards" -> hazards = positive(value);
                    case "--warm-up" -> warmUp = Integer.parseInt(value);
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
                if (!a.contains("=")) {
                    i++;
                }
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() == null ? USAGE : e.getMessage() + "\n" + USAGE);
            return 2;
        }
        NotifyLatency bench = new NotifyLatency(Ports.fromEnvironment(System.getenv()), Keys.loadPrivate(data.resolve("keys")));
        return bench.measure(data, hazards, warmUp, out);
    }

    private static int positive(String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException("--hazards must be at least 1");
        }
        return n;
    }

    private int measure(Path data, int hazards, int warmUp, PrintStream out) throws Exception {
        LocalDateTime started = LocalDateTime.now();
        String load = loadAverage();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            ApiClient.Answer created = api.post(notifyService + "/webhooks/subscriptions", regulator, UUID.randomUUID().toString(),
                    null, JSON.valueToTree(Map.of("url", receiver.url(), "eventTypes", List.of("hazard.reported.v1"),
                            "regionCode", TOWNSHIP, "description", "deploy/notify-latency: a measurement's own receiver")));
            if (created.status() != 201) {
                System.err.println("Could not subscribe " + receiver.url() + ": " + created.status() + " " + created.text());
                System.err.println("notify-service refuses http and loopback targets unless webhooks.targets.allow-http and "
                        + "allow-loopback are set, as deploy/run sets them for the local demo run (README, \"The two commands\").");
                return 1;
            }
            String subscription = created.body().get("id").asText();
            receiver.secret(created.body().get("secret").asText());
            out.printf("Subscribed %s to hazard.reported.v1 of %s (subscription %s).%n", receiver.url(), TOWNSHIP, subscription);
            try (InboxStreamReader stream = InboxStreamReader.open(notifyService, township, Duration.ofSeconds(10))) {
                out.printf("Inbox stream open. %d hazards to warm up, then %d measured, one at a time ...%n", warmUp, hazards);
                for (int i = 0; i < warmUp + hazards; i++) {
                    oneHazard(i, i >= warmUp, receiver, stream);
                    if (i >= warmUp && (i - warmUp + 1) % 25 == 0) {
                        out.printf("  %d of %d%n", i - warmUp + 1, hazards);
                    }
                }
                if (stream.ended() != null) {
                    out.println("The inbox stream ended early: " + stream.ended());
                }
            } finally {
                unsubscribe(subscription, out);
            }
            return report(data, started, load, hazards, warmUp, receiver, out);
        }
    }

    /** One report, then each path's arrival (at most 30 s each, after which it counts as missing). */
    private void oneHazard(int i, boolean measured, WebhookReceiver receiver, InboxStreamReader stream) throws Exception {
        long sent = System.nanoTime();
        ApiClient.Answer reported = api.post(hazardService + "/hazards", inspector, UUID.randomUUID().toString(), null,
                JSON.valueToTree(Map.of("title", "通知时延测量隐患 " + i, "description", "农家乐厨房燃气软管老化，未安装可燃气体报警装置",
                        "regionCode", VILLAGE, "industry", "GAS", "source", "GRID_PATROL", "level", "GENERAL",
                        "hazardType", "OBJECT", "riskColour", "YELLOW", "signature", "李明")));
        long t0 = System.nanoTime();
        if (reported.status() != 201) {
            throw new IllegalStateException("POST /hazards answered " + reported.status() + ": " + reported.text());
        }
        String id = reported.body().get("id").asText();
        OffsetDateTime reportedAt = OffsetDateTime.parse(reported.body().get("reportedAt").asText());

        // the inbox, as a client that polls sees it: the time its answer arrived
        JsonNode notification = null;
        long inboxSeen = 0;
        long deadline = t0 + PATIENCE.toNanos();
        List<Long> polls = new ArrayList<>();
        while (notification == null && System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            ApiClient.Answer page = api.get(notifyService + "/inbox?subjectType=hazard&subjectId=" + id + "&limit=1", township);
            inboxSeen = System.nanoTime();
            polls.add((inboxSeen - asked) / 1000);
            if (page.status() == 200 && page.body().path("items").size() > 0) {
                notification = page.body().path("items").get(0);
            } else {
                Thread.sleep(POLL.toMillis());
            }
        }
        Optional<Long> streamed = await(() -> stream.arrival(id), deadline);
        Optional<Long> hooked = await(() -> receiver.arrival(id), deadline);
        if (!measured) {
            return;
        }
        record(REPORT, Optional.of(t0), sent);
        polls.forEach(paths.get(POLL_TRIP)::add);
        record(INBOX, notification == null ? Optional.empty() : Optional.of(inboxSeen), t0);
        record(STREAM, streamed, t0);
        record(WEBHOOK, hooked, t0);
        if (notification != null) {
            Duration stamped = Duration.between(reportedAt, OffsetDateTime.parse(notification.get("createdAt").asText()));
            paths.get(STAMPED).add(stamped.toNanos() / 1000);
        }
    }

    private static Optional<Long> await(Supplier<Optional<Long>> arrival, long deadline) throws InterruptedException {
        while (true) {
            Optional<Long> at = arrival.get();
            if (at.isPresent() || System.nanoTime() >= deadline) {
                return at;
            }
            Thread.sleep(1);
        }
    }

    /** Keeps {@code at - from}; an arrival before the 201 reached the client counts as 0, and is counted. */
    private void record(String path, Optional<Long> at, long from) {
        if (at.isEmpty()) {
            missing.merge(path, 1, Integer::sum);
            return;
        }
        if (at.get() < from) {
            early.merge(path, 1, Integer::sum);
        }
        paths.get(path).add(Math.max(0, at.get() - from) / 1000);
    }

    private void unsubscribe(String subscription, PrintStream out) throws Exception {
        String url = notifyService + "/webhooks/subscriptions/" + subscription;
        ApiClient.Answer read = api.get(url, regulator);
        ApiClient.Answer deleted = read.etag() == null ? read : api.delete(url, regulator, read.etag());
        if (deleted.status() != 204) {
            out.println("The subscription " + subscription + " was not deleted: " + deleted.status() + " " + deleted.text());
        }
    }

    private int report(Path data, LocalDateTime started, String load, int hazards, int warmUp, WebhookReceiver receiver, PrintStream out)
            throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# notify-latency " + started.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
        lines.add("");
        lines.add("%d hazards (after %d unmeasured) reported one at a time by an INSPECTOR in %s; t0 = the 201 of POST /hazards "
                .formatted(hazards, warmUp, VILLAGE) + "arriving at the client. Inbox: GET /inbox?subjectType=hazard&subjectId= "
                + "with the township's TOWNSHIP token, polled every 10 ms (the time its answer arrived). Stream: GET "
                + "/inbox/stream of the same township, open throughout. Webhook: this command's receiver on 127.0.0.1, "
                + "subscribed to hazard.reported.v1 of " + TOWNSHIP + ", signature verified. Load average at the start: " + load + ".");
        lines.add("");
        lines.add("| path | n | p50 ms | p95 ms | max ms |");
        lines.add("|---|---|---|---|---|");
        paths.forEach((path, l) -> lines.add("| %s | %d | %.1f | %.1f | %.1f |".formatted(path, l.count(), l.millis(0.50),
                l.millis(0.95), l.millis(1.0))));
        lines.add("");
        missing.forEach((path, n) -> lines.add("Not arrived within 30 s: " + n + " (" + path + ")"));
        early.forEach((path, n) -> lines.add("Arrived before the 201 reached the client (counted as 0): " + n + " (" + path + ")"));
        lines.add("Webhook POSTs refused (bad signature or timestamp): %d; duplicates dropped: %d".formatted(
                receiver.refused(), receiver.duplicates()));
        String text = String.join("\n", lines) + "\n";
        Path dir = data.resolve("bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("notify-latency-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println();
        out.print(text);
        out.println();
        out.println("Written to " + file);
        return missing.isEmpty() && receiver.refused() == 0 ? 0 : 1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " (1 min)";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
