package cn.hazardledger.launcher.load;

import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.ProcessMemory;
import cn.hazardledger.launcher.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * deploy/load: a steady, open-loop load on a running system. Requests are sent at fixed intended times by 8
 * client threads, and a latency counts from the intended time, so that a stalled server shows as latency
 * rather than as fewer requests. Afterwards the time from each report's commit to its task and to its
 * township inbox is read from the rows' own timestamps ({@link Propagation}), and each process's memory.
 */
public final class LoadBenchmark {

    private static final String TOWNSHIP = "500240213000";
    private static final int CLIENTS = 8;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Operation, Latencies> latencies = new EnumMap<>(Operation.class);
    private final ConcurrentLinkedDeque<String[]> reported = new ConcurrentLinkedDeque<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private String inspector;
    private String township;
    private Ports ports;

    public void run(Path data, Duration length, int reportsPerSecond, PrintStream out) throws Exception {
        ports = Ports.fromEnvironment(System.getenv());
        PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
        inspector = Tokens.mint(key, "INSPECTOR", TOWNSHIP, "load-inspector");
        township = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "load-township");
        for (Operation op : Operation.values()) {
            latencies.put(op, new Latencies());
        }
        String run = "负载 " + UUID.randomUUID().toString().substring(0, 8);
        List<Operation> schedule = schedule(reportsPerSecond);
        out.printf("Load: %d reports/s with reads and reviews (%d requests/s), %d clients, %d s, run \"%s\"%n",
                reportsPerSecond, schedule.size(), CLIENTS, length.toSeconds(), run);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / schedule.size();
        long total = length.toSeconds() * schedule.size();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Operation op = schedule.get((int) (i % schedule.size()));
            clients.submit(() -> send(op, intended, run));
        }
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(out, seconds);
        new Propagation(ports, System.getenv()).print(run, out);
        out.println();
        ProcessMemory.residentKb().forEach((name, kb) -> out.printf("%-16s resident %d MiB%n", name, kb / 1024));
        out.println("measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version"));
    }

    /** One second's operations, interleaved so that each kind is spread over the second. */
    private static List<Operation> schedule(int reportsPerSecond) {
        List<Operation> second = new ArrayList<>();
        int slots = 0;
        for (Operation op : Operation.values()) {
            slots += op.perHundredReports * reportsPerSecond / 100;
        }
        for (int slot = 0; slot < slots; slot++) {
            for (Operation op : Operation.values()) {
                int n = op.perHundredReports * reportsPerSecond / 100;
                if (n > 0 && (long) slot * n / slots != (long) (slot + 1) * n / slots) {
                    second.add(op);
                }
            }
        }
        return second;
    }

    private void send(Operation op, long intended, String run) {
        try {
            HttpResponse<String> response = http.send(request(op, run), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long micros = (System.nanoTime() - intended) / 1000;
            int expected = op == Operation.REPORT ? 201 : 200;
            if (response.statusCode() != expected) {
                latencies.get(op).error();
                return;
            }
            latencies.get(op).add(micros);
            if (op == Operation.REPORT) {
                JsonNode body = json.readTree(response.body());
                reported.add(new String[] {body.get("id").asText(), response.headers().firstValue("ETag").orElse("")});
                while (reported.size() > 2000) {
                    reported.pollFirst();
                }
            }
        } catch (Exception e) {
            latencies.get(op).error();
        }
    }

    private HttpRequest request(Operation op, String run) throws Exception {
        String hazards = "http://localhost:" + ports.hazardService() + "/hazards";
        String[] recent = recent();
        HttpRequest.Builder r = switch (op) {
            case REPORT -> HttpRequest.newBuilder(URI.create(hazards)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                            "title", run + " #" + sequence.incrementAndGet(), "description", "负载测试：持续上报",
                            "regionCode", "500240213009", "industry", "INDUSTRY_TRADE", "source", "GRID_PATROL",
                            "level", "GENERAL", "hazardType", "OBJECT", "riskColour", "BLUE", "signature", "负载")), StandardCharsets.UTF_8));
            case READ_HAZARD -> HttpRequest.newBuilder(URI.create(hazards + "/" + (recent == null ? UUID.randomUUID() : recent[0])));
            case LIST_HAZARDS -> HttpRequest.newBuilder(URI.create(hazards + "?limit=20"));
            case READ_INBOX -> HttpRequest.newBuilder(URI.create("http://localhost:" + ports.notifyService() + "/inbox?limit=20"));
            case LIST_TASKS -> HttpRequest.newBuilder(URI.create("http://localhost:" + ports.taskService() + "/tasks?limit=20"));
            case CONFIRM -> {
                String[] target = reported.pollFirst();
                String id = target == null ? UUID.randomUUID().toString() : target[0];
                yield HttpRequest.newBuilder(URI.create(hazards + "/" + id + "/confirmation"))
                        .header("Content-Type", "application/json").header("If-Match", target == null ? "\"0\"" : target[1])
                        .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"负载测试核实\"}", StandardCharsets.UTF_8));
            }
        };
        String token = op == Operation.REPORT || op == Operation.READ_HAZARD ? inspector : township;
        return r.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
    }

    private String[] recent() {
        String[] last = reported.peekLast();
        if (last == null) {
            return null;
        }
        // any of the recent reports, not only the newest
        int skip = ThreadLocalRandom.current().nextInt(Math.min(50, reported.size()));
        var it = reported.descendingIterator();
        String[] pick = last;
        for (int i = 0; i <= skip && it.hasNext(); i++) {
            pick = it.next();
        }
        return pick;
    }

    private void report(PrintStream out, double seconds) {
        out.printf("%n%-34s %9s %7s %9s %9s %9s %9s %7s%n", "operation", "requests", "per s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        for (Operation op : Operation.values()) {
            Latencies l = latencies.get(op);
            out.printf("%-34s %9d %7.1f %9.1f %9.1f %9.1f %9.1f %7d%n", op.label, l.count(), l.count() / seconds,
                    l.millis(0.50), l.millis(0.95), l.millis(0.99), l.millis(1.0), l.errors());
        }
    }
}
