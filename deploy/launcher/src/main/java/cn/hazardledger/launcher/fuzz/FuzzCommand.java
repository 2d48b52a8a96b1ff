package cn.hazardledger.launcher.fuzz;

import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.LocalSystem;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code fuzz [REQUESTS] [SEED]}: starts a system of its own (temporary data directory, free ports), runs the
 * hostile-input suite against it, prints the report, stops the system; exit code 0 only without violations.
 */
public final class FuzzCommand {

    public static final int DEFAULT_REQUESTS = 10_000;

    private FuzzCommand() {
    }

    public static int run(Path repo, List<String> args, PrintStream out) throws Exception {
        int requests;
        long seed;
        try {
            requests = args.isEmpty() ? DEFAULT_REQUESTS : Integer.parseInt(args.get(0).replace("_", ""));
            seed = args.size() > 1 ? Long.parseLong(args.get(1)) : new SecureRandom().nextLong() & Long.MAX_VALUE;
            if (requests < 1 || args.size() > 2) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            System.err.println("usage: deploy/fuzz [REQUESTS (default " + DEFAULT_REQUESTS + ")] [SEED (default random)]");
            return 2;
        }
        out.printf("Hostile-input suite: %d requests, seed %d (repeat with: deploy/fuzz %d %d)%n", requests, seed,
                requests, seed);
        Path data = Files.createTempDirectory("hazard-ledger-fuzz");
        LocalSystem system = new LocalSystem(repo, data, Ports.free(), Map.of());
        AtomicBoolean stopped = new AtomicBoolean();
        Thread stopper = new Thread(() -> stop(system, data, stopped), "fuzz-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            out.println("Starting PostgreSQL, Kafka and the three services under " + data + " ...");
            system.startInfrastructure();
            system.startServices(Duration.ofSeconds(180), cn.hazardledger.launcher.fuzz.HostileInputSuite.WITHOUT_WATCHES);
            FuzzReport report = suite(system, data).run(requests, seed, out);
            report.print(out, 3);
            String logs = "";
            if (!report.passed()) {
                Path kept = keepLogs(repo, data);
                Files.writeString(kept.resolve("violations.txt"), report.allViolations());
                logs = " All of them, and the service logs, are in " + kept + ".";
            }
            out.printf("%nSeed %d. %s%n", seed, report.passed() ? "PASSED: no violations."
                    : "FAILED: " + report.violations().size() + " violations." + logs);
            return report.passed() ? 0 : 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is stopping the system already
            }
            stop(system, data, stopped);
        }
    }

    /** The suite against a started {@link LocalSystem} whose keys are under {@code data/keys}. */
    public static HostileInputSuite suite(LocalSystem system, Path data) throws IOException, java.security.GeneralSecurityException {
        PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
        byte[] publicPem = Files.readAllBytes(data.resolve("keys").resolve(Keys.PUBLIC));
        List<HostileInputSuite.Service> services = new ArrayList<>();
        List<DatabaseSnapshot.Database> databases = new ArrayList<>();
        for (String s : LocalSystem.SERVICES) {
            ServiceProcess p = system.service(s);
            services.add(new HostileInputSuite.Service(s, p.url(""), p.port()));
            databases.add(new DatabaseSnapshot.Database(s, system.jdbcUrl(s), s, s));
        }
        return new HostileInputSuite(services, databases, key, publicPem, Scope.demo());
    }

    /** Copies the services' logs out of the temporary directory (the 500s' incident ids point into them). */
    private static Path keepLogs(Path repo, Path data) throws IOException {
        Path to = repo.resolve("deploy/launcher/target/fuzz-logs");
        if (Files.exists(to)) {
            try (Stream<Path> files = Files.walk(to)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.copy(log, to.resolve(log.getFileName()));
            }
        }
        return to;
    }

    private static void stop(LocalSystem system, Path data, AtomicBoolean stopped) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        system.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it eventually
        }
    }
}
