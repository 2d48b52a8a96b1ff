package cn.hazardledger.launcher.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hostile-input suite against running services: reads each service's OpenAPI document, makes the fixtures,
 * snapshots every table, sends {@code requests} generated hostile requests one after the other, judges every
 * answer with the {@link Oracle}, then checks that no table changed.
 */
public final class HostileInputSuite {

    /**
     * The services' scheduled watches (deadlines, recurring instances, scheduled bulletins) write on their own clock; the suite checks
     * that no hostile request changed a table, so it runs the services with those watches off.
     */
    public static final java.util.Map<String, java.util.Map<String, String>> WITHOUT_WATCHES = java.util.Map.of(
            // the public endpoints' rate limit would answer 429 to most of the suite's requests to them: it is
            // tested in hazard-service (PublicReportApiTest); here the requests must meet the endpoints' own checks
            "hazard", java.util.Map.of("DEADLINES_EVERY", "off", "FIELD_ENCRYPTION_RESEAL_EVERY", "off",
                    "PUBLIC_REPORTS_RATE_LIMIT_CLEANUP_EVERY", "off", "PUBLIC_REPORTS_RATE_LIMIT_REPORTS", "1000000",
                    "PUBLIC_REPORTS_RATE_LIMIT_STATUS_READS", "1000000", "PUBLIC_REPORTS_RATE_LIMIT_PHOTOS", "1000000"),
            "task", java.util.Map.of("TASK_DEADLINES_EVERY", "off", "CAMPAIGNS_INSTANCES_EVERY", "off"),
            "notify", java.util.Map.of("BULLETINS_EVERY", "off", "FIELD_ENCRYPTION_RESEAL_EVERY", "off"));


    /** A running service: its name (hazard, task, notify), base URL and port. */
    public record Service(String name, String url, int port) {
    }

    private final List<Service> services;
    private final List<DatabaseSnapshot.Database> databases;
    private final PrivateKey key;
    private final byte[] publicKeyPem;
    private final Scope scope;

    public HostileInputSuite(List<Service> services, List<DatabaseSnapshot.Database> databases, PrivateKey key,
                             byte[] publicKeyPem, Scope scope) {
        this.services = services;
        this.databases = databases;
        this.key = key;
        this.publicKeyPem = publicKeyPem;
        this.scope = scope;
    }

    public FuzzReport run(int requests, long seed, PrintStream log) throws IOException, InterruptedException, SQLException {
        Random rnd = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        for (Service s : services) {
            ops.addAll(ApiDocument.parse(openApi(s)).operations(s.name()));
        }
        log.printf("OpenAPI: %d operations in %d services%n", ops.size(), services.size());
        Values values = new Values(scope);
        BadTokens tokens = new BadTokens(key, publicKeyPem);
        Map<String, String> urls = new java.util.HashMap<>();
        Map<String, Integer> ports = new java.util.HashMap<>();
        services.forEach(s -> {
            urls.put(s.name(), s.url());
            ports.put(s.name(), s.port());
        });
        Transport transport = new Transport(ports);
        Fixtures fixtures = Fixtures.prepare(ops, values, tokens, rnd, urls, transport, () -> settled(), log);
        List<Target> targets = new ArrayList<>();
        Map<String, Target> byOperation = new java.util.HashMap<>();
        for (Operation op : ops) {
            Target t = new Target(op, Baseline.of(op, fixtures, values, tokens, rnd), values, tokens, rnd);
            targets.add(t);
            byOperation.put(op.key(), t);
        }
        Generator generator = new Generator(targets, Families.all(), rnd);
        DatabaseSnapshot before = settled();
        log.printf("Snapshot: %d tables; sending %d hostile requests (seed %d) ...%n", before.tables().size(), requests, seed);

        FuzzReport report = new FuzzReport(seed);
        fixtures.notes().forEach(report::note);
        Oracle oracle = new Oracle();
        boolean changed = false;
        report.start();
        while (report.requests() < requests) {
            for (Generator.Slot slot : generator.round()) {
                if (report.requests() >= requests) {
                    break;
                }
                HostileRequest r = generator.request(slot);
                if (r == null) {
                    continue;
                }
                Response response = transport.send(r);
                report.record(r, response, oracle.judge(r, response));
                if (response.status() / 100 == 2 && !r.isRead()) {
                    changed = changed || !DatabaseSnapshot.take(databases).tables().equals(before.tables());
                    Target t = byOperation.get(r.operation());
                    if (changed && t.base().realObject() && fixtures.replace(t.op())) {
                        t.rebase(Baseline.of(t.op(), fixtures, values, tokens, rnd));
                        generator.invalidate(t);
                    }
                }
                if (report.requests() % 1000 == 0) {
                    log.printf("  %d requests, %d violations%n", report.requests(), report.violations().size());
                }
            }
        }
        report.finish();
        DatabaseSnapshot after = settled();
        report.databaseChanged(before.differences(after));
        if (fixtures.replaced() > 0) {
            report.note(fixtures.replaced() + " objects were created during the run to replace ones a wrongly accepted "
                    + "request had changed (their rows are part of the database changes above)");
        }
        return report;
    }

    private DatabaseSnapshot settled() throws InterruptedException {
        try {
            return DatabaseSnapshot.settled(databases, Duration.ofMillis(1500), Duration.ofSeconds(90));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the databases: " + e.getMessage(), e);
        }
    }

    private static String openApi(Service s) throws IOException, InterruptedException {
        // HTTP/1.1: the JDK client's default h2c upgrade now and then reads the 1.1 answer as HTTP/2 frames
        // ("Frame type(121) length(7566450) exceeds MAX_FRAME_SIZE")
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(s.url() + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(s.name() + "-service's OpenAPI document answered " + r.statusCode());
        }
        return r.body();
    }
}
