package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Measures, on a running system, hazards walked one at a time from report to closure ({@link LifecycleWalk}): each
 * step's HTTP round trip, the time from a commit to its effect in the other services (from the times they stamp),
 * the time from sending a report to reading it in the township's inbox, and the resident memory of each process.
 */
public final class WalkBenchmark {

    private static final String TOWNSHIP = "500240213000";
    /** A village of its own, so that the bench's hazards stay apart from the demo's. */
    private static final String VILLAGE = "500240213009";

    public void run(Path data, int rounds, PrintStream out) throws Exception {
        Ports ports = Ports.fromEnvironment(System.getenv());
        PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
        LifecycleWalk walker = new LifecycleWalk(new LifecycleWalk.Services("http://localhost:" + ports.hazardService(),
                "http://localhost:" + ports.taskService(), "http://localhost:" + ports.notifyService()), key, TOWNSHIP,
                VILLAGE, "bench");
        Map<String, List<Duration>> samples = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
            LifecycleWalk.Walk walk = walker.walk("基准测试隐患 " + i, WalkBenchmark::poll);
            walk.roundTrips().forEach((step, took) -> add(samples, "HTTP " + step, took));
            add(samples, "commit -> verification task", walk.commitToTask());
            add(samples, "commit -> township inbox", walk.commitToInbox());
            add(samples, "confirm commit -> task done", walk.confirmToTaskDone());
            add(samples, "report sent -> read in inbox", walk.reportToInboxSeen());
        }
        out.printf("%d hazards walked one at a time (report, confirm, plan, photo, submit, close):%n", rounds);
        samples.forEach((what, took) -> {
            took.sort(Duration::compareTo);
            out.printf("  %-30s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", what, ms(took, 0.50), ms(took, 0.95),
                    ms(took, 1.0));
        });
        for (Map.Entry<String, Long> rss : ProcessMemory.residentKb().entrySet()) {
            out.printf("%-16s resident %d MB%n", rss.getKey(), rss.getValue() / 1024);
        }
    }

    /** The bench's way of waiting: look every 5 ms, for at most 30 s. */
    private static JsonNode poll(String what, Callable<Optional<JsonNode>> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = probe.call();
            if (found.isPresent()) {
                return found.get();
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        throw new IllegalStateException(what + " did not arrive within 30 s");
    }

    private static void add(Map<String, List<Duration>> samples, String what, Duration took) {
        samples.computeIfAbsent(what, w -> new ArrayList<>()).add(took);
    }

    private static double ms(List<Duration> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)).toNanos() / 1_000_000.0;
    }
}
