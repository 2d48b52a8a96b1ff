package cn.hazardledger.launcher;

import cn.hazardledger.launcher.demo.DemoData;
import cn.hazardledger.launcher.demo.HistoryClock;
import cn.hazardledger.launcher.faults.FaultSuite;
import cn.hazardledger.launcher.faults.Plan;
import cn.hazardledger.launcher.fuzz.FuzzCommand;
import cn.hazardledger.launcher.ledgerbench.LedgerBench;
import cn.hazardledger.launcher.load.LoadBenchmark;
import cn.hazardledger.launcher.notifylatency.NotifyLatency;
import cn.hazardledger.launcher.scaleout.ScaleOut;
import cn.hazardledger.launcher.scaleout.ScaleOutPlan;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code run}: the whole system with demo data until Ctrl-C. {@code token ROLE [REGION] [SUBJECT] [options]}: a
 * demo token (TokenCommand).
 * {@code bench [ROUNDS]}: report-to-inbox latency and memory of a running system.
 * {@code load [SECONDS] [RATE]}: a steady load on a running system. {@code faults [quick]} and
 * {@code fuzz [REQUESTS] [SEED]}: the fault and hostile-input suites, each on a system of its own (ignore --data).
 * {@code ledger-bench [options]}: a county-scale ledger loaded into a running system, and its speed (LedgerBench).
 * {@code scale-out [quick]}: two replicas of each service behind a round-robin, on a system of its own (ScaleOut).
 * {@code notify-latency [--hazards N]}: a running system's time from a hazard event to the inbox, an open SSE stream and
 * a webhook receiver (NotifyLatency).
 * The others take {@code --data DIR} (default .data under the repository).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // one line per message: this is a console program's progress, not a server log
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path repo = Path.of(System.getProperty("hazardledger.repo", ".")).toAbsolutePath().normalize();
        Path data = repo.resolve(".data");
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]).toAbsolutePath().normalize();
            } else {
                rest.add(args[i]);
            }
        }
        String command = rest.isEmpty() ? "run" : rest.get(0);
        switch (command) {
            case "run" -> run(repo, data, out);
            case "token" -> System.exit(token(data, rest.subList(1, rest.size()), out, System.err));
            case "bench" -> new WalkBenchmark().run(data, rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 50, out);
            case "load" -> new LoadBenchmark().run(data, Duration.ofSeconds(rest.size() > 1 ? Long.parseLong(rest.get(1)) : 180),
                    rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 100, out);
            case "faults" -> System.exit(faults(repo, rest.contains("quick") ? Plan.quick() : Plan.full(), out));
            case "scale-out" -> System.exit(scaleOut(repo, rest.contains("quick") ? ScaleOutPlan.quick() : ScaleOutPlan.full(), out));
            case "fuzz" -> System.exit(FuzzCommand.run(repo, rest.subList(1, rest.size()), out));
            case "ledger-bench" -> System.exit(LedgerBench.run(data, rest.subList(1, rest.size()), out));
            case "notify-latency" -> System.exit(NotifyLatency.run(data, rest.subList(1, rest.size()), out));
            default -> {
                System.err.println("usage: launcher [--data DIR] run | token ROLE [REGION] [SUBJECT] [--name N] [--unit CODE:NAME] [--credit-code C] | bench [ROUNDS]"
                        + " | load [SECONDS] [REPORTS_PER_SECOND] | faults [quick] | scale-out [quick] | fuzz [REQUESTS] [SEED] | ledger-bench [options]"
                        + " | notify-latency [--hazards N] [--warm-up N]");
                System.exit(2);
            }
        }
    }

    /** Runs the fault suite on a system of its own (fresh data, free ports); answers 0 if nothing was lost or doubled. */
    static int faults(Path repo, Plan plan, PrintStream out) throws Exception {
        Path scratch = java.nio.file.Files.createTempDirectory("hazard-ledger-faults");
        try {
            return new FaultSuite(repo, scratch, plan, out).run().passed() ? 0 : 1;
        } finally {
            Scratch.delete(scratch);
        }
    }

    /** Runs the scale-out drill on a system of its own; answers 0 if it passed. */
    static int scaleOut(Path repo, ScaleOutPlan plan, PrintStream out) throws Exception {
        Path scratch = java.nio.file.Files.createTempDirectory("hazard-ledger-scale-out");
        try {
            return new ScaleOut(repo, scratch, plan, out).run().passed() ? 0 : 1;
        } finally {
            Scratch.delete(scratch);
        }
    }

    /** Prints a token (TokenCommand has the arguments); answers the exit code: 2 for bad arguments, 1 without a key. */
    static int token(Path data, java.util.List<String> args, PrintStream out, PrintStream err) {
        return TokenCommand.run(data, args, out, err);
    }

    private static void run(Path repo, Path data, PrintStream out) throws Exception {
        Map<String, String> env = System.getenv();
        long started = System.nanoTime();
        LocalSystem system = new LocalSystem(repo, data, Ports.fromEnvironment(env), env);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping Hazard Ledger ...");
            system.close();
            out.println("Stopped.");
            stopped.countDown();
        }, "launcher-stop"));
        try {
            out.println("Starting PostgreSQL and Kafka ...");
            system.startInfrastructure();
            out.println("Starting hazard-service, task-service and notify-service ...");
            // the first run seeds the demo's history: hazard-service starts at its first day (HistoryClock)
            int startDay = DemoData.startDay(data);
            Map<String, Duration> startup = system.startServices(Duration.ofSeconds(120),
                    Map.of("hazard", HistoryClock.environment(startDay), "notify", LocalSystem.DEMO_RUN_WEBHOOK_TARGETS));
            PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
            DemoData.Outcome demo = DemoData.loadOnce(data, new HistoryClock(system, startDay), key);
            try {
                cn.hazardledger.launcher.demo.DemoCampaign.loadOnce(data, system.service("task").url(""), key);
            } catch (RuntimeException | java.io.IOException e) {
                // the hazards are there; a campaign that did not load is said, not a reason to stop the system
                System.err.println("The demo campaign was not loaded: " + e);
            }
            banner(out, system, startup, demo, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            System.err.println("Start-up failed: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private static void banner(PrintStream out, LocalSystem system, Map<String, Duration> startup,
                               DemoData.Outcome demo, Duration total) {
        out.println();
        out.println("Hazard Ledger is running (" + total.toMillis() / 100 / 10.0 + " s). Ctrl-C stops everything.");
        out.println();
        for (String s : LocalSystem.SERVICES) {
            ServiceProcess p = system.service(s);
            out.printf("  %-15s Swagger UI %s   (ready in %.1f s, pid %d)%n", p.name(), p.url("/q/swagger-ui"),
                    startup.get(p.name()).toMillis() / 1000.0, p.pid());
            out.printf("  %-15s OpenAPI    %s   health %s%n", "", p.url("/q/openapi"), p.url("/q/health"));
        }
        out.println();
        out.println("  Kafka      " + system.bootstrapServers());
        Arrays.asList("hazard", "task", "notify").forEach(s -> out.println("  PostgreSQL " + system.jdbcUrl(s)));
        out.println("  Data and logs under " + system.data());
        out.println(demo == null ? "  Demo data: loaded on an earlier run (delete .data to start afresh)"
                : "  Demo data: %d hazards, %d steps taken, %d already there, %d failed (see the log above)".formatted(
                demo.hazards(), demo.taken(), demo.replayed(), demo.failed()));
        out.println();
        out.println("  Tokens:  deploy/token TOWNSHIP 500240213000   (roles: " + String.join(", ", Tokens.ROLES) + ")");
        out.println("           deploy/token REGULATOR 500240000000 sees the whole demo ledger (README, \"The demo ledger\")");
        out.println("  Try:     curl -H \"Authorization: Bearer $(deploy/token TOWNSHIP 500240213000)\" "
                + system.service("notify").url("/inbox"));
        out.println();
    }
}
