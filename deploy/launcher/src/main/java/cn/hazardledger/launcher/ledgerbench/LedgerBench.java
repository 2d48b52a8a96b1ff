package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;
import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.load.Latencies;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * deploy/ledger-bench: loads a county-scale ledger into a running system's hazard database and measures what the
 * "Speed" issue sets targets for: a list page (p95 under 50 ms), a county's statistics (p95 under 300 ms), the
 * changes feed, a 100,000-row XLSX export (under 256 MB of heap) and reporting throughput against the same inserts
 * made directly (60% or more). Prints a markdown report and writes it under DATA/bench/.
 */
public final class LedgerBench {

    static final String USAGE = """
            usage: deploy/ledger-bench [--hazards N] [--reset] [--no-load] [--load-only] [--seed S]
                     [--queries N] [--statistics-runs N] [--clients K] [--reports N] [--export-rows N]
                     [--changes-limit N] [--only SECTIONS] [--hazard-url URL] [--db-url JDBC] [--db-user U]
                     [--db-password P] [--hazard-pid PID]
              --hazards N        bench hazards to hold (default 1000000); another number replaces the loaded ones
              --reset            delete the bench's hazards (with their ledgers, plans, alerts) and load again
              --no-load          measure what is there; --load-only: load and stop
              --queries N        list queries (default 240, at least 200), half county and half township scope
              --statistics-runs  county statistics requests (default 30)
              --clients K        concurrent reporters, HTTP and direct alike (default 4)
              --reports N        reports per side (default 2000), in two alternating rounds
              --export-rows N    rows the export should hold (default 100000)
              --only SECTIONS    some of list,statistics,changes,export,reporting (default all)
              --hazard-pid PID   hazard-service's process, for the export's heap (default: found by its port)
              defaults: hazard-service http://localhost:$HAZARD_PORT (8081); the database $HAZARD_DB_URL or
              jdbc:postgresql://localhost:$PG_PORT/hazard (15432), user and password hazard""";

    record Options(int hazards, boolean reset, boolean load, boolean measure, long seed, int queries, int statisticsRuns,
                   int clients, int reports, int exportRows, int changesLimit, String hazardUrl, Database db,
                   Set<String> only, long hazardPid) {

        static final List<String> SECTIONS = List.of("list", "statistics", "changes", "export", "reporting");

        boolean runs(String section) {
            return only.contains(section);
        }

        static Options parse(List<String> args, Map<String, String> env) {
            Ports ports = Ports.fromEnvironment(env);
            int hazards = 1_000_000;
            boolean reset = false;
            boolean load = true;
            boolean measure = true;
            long seed = 20261126L;
            int queries = 240;
            int statisticsRuns = 30;
            int clients = 4;
            int reports = 2000;
            int exportRows = 100_000;
            int changesLimit = 100;
            String url = "http://localhost:" + ports.hazardService();
            String dbUrl = env.getOrDefault("HAZARD_DB_URL", "jdbc:postgresql://localhost:" + ports.postgres() + "/hazard");
            String dbUser = env.getOrDefault("HAZARD_DB_USER", "hazard");
            String dbPassword = env.getOrDefault("HAZARD_DB_PASSWORD", "hazard");
            Set<String> only = new LinkedHashSet<>(SECTIONS);
            long hazardPid = 0;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--reset" -> reset = true;
                    case "--no-load" -> load = false;
                    case "--load-only" -> measure = false;
                    default -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("unknown option or missing value: " + a);
                        }
                        String v = args.get(++i);
                        switch (a) {
                            case "--hazards" -> hazards = Integer.parseInt(v.replace("_", "").replace(",", ""));
                            case "--seed" -> seed = Long.parseLong(v);
                            case "--queries" -> queries = Integer.parseInt(v);
                            case "--statistics-runs" -> statisticsRuns = Integer.parseInt(v);
                            case "--clients" -> clients = Integer.parseInt(v);
                            case "--reports" -> reports = Integer.parseInt(v);
                            case "--export-rows" -> exportRows = Integer.parseInt(v);
                            case "--changes-limit" -> changesLimit = Integer.parseInt(v);
                            case "--hazard-url" -> url = v;
                            case "--db-url" -> dbUrl = v;
                            case "--db-user" -> dbUser = v;
                            case "--db-password" -> dbPassword = v;
                            case "--hazard-pid" -> hazardPid = Long.parseLong(v);
                            case "--only" -> {
                                only = new LinkedHashSet<>(List.of(v.split(",")));
                                if (!SECTIONS.containsAll(only)) {
                                    throw new IllegalArgumentException("--only takes some of " + String.join(",", SECTIONS));
                                }
                            }
                            default -> throw new IllegalArgumentException("unknown option " + a);
                        }
                    }
                }
            }
            if (hazards < 1000) {
                throw new IllegalArgumentException("--hazards must be at least 1000");
            }
            return new Options(hazards, reset, load, measure, seed, queries, statisticsRuns, clients, reports, exportRows,
                    changesLimit, url, new Database(dbUrl, dbUser, dbPassword), only, hazardPid);
        }
    }

    private final List<String> report = new ArrayList<>();
    private PrintStream out;

    /** Answers the exit code: 0 when it ran (targets missed are in the report, not a failure), 2 for bad options. */
    public static int run(Path data, List<String> args, PrintStream out) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        new LedgerBench().bench(data, options, out);
        return 0;
    }

    private void bench(Path data, Options o, PrintStream out) throws Exception {
        this.out = out;
        LocalDateTime started = LocalDateTime.now().withNano(0);
        Optional<ProcessHandle> service = o.hazardPid() > 0 ? ProcessHandle.of(o.hazardPid())
                : HeapSampler.hazardService(java.net.URI.create(o.hazardUrl()).getPort());
        BenchHttp http = new BenchHttp(o.hazardUrl());
        BenchTokens tokens = new BenchTokens(Keys.loadPrivate(data.resolve("keys")));
        BulkLoad.Outcome load = o.load() ? new BulkLoad(o.db(), out).ensure(o.hazards(), o.seed(), o.reset()) : null;
        if (!o.measure()) {
            return;
        }
        long all = o.db().count("SELECT count(*) FROM hazard");
        long mine = o.db().count("SELECT count(*) FROM hazard WHERE reported_by LIKE '" + HazardStories.ACTOR_PREFIX + "%'");
        line("# Ledger benchmark, " + started);
        line("");
        line("%s; %d cores, JDK %s; hazard-service %s; its database %s holds %,d hazards, %,d of them loaded by the bench."
                .formatted(o.hazardUrl(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        service.map(p -> "pid " + p.pid() + ", " + HeapSampler.maxHeapOption(p))
                                .orElse("process not found (no heap figures; --hazard-pid names it)"), o.db().url(), all, mine));
        if (load != null && load.loaded()) {
            line("");
            line("Load (COPY, 2 connections): %,d hazards, %,d ledger entries (hash-chained), %,d plans in %.1f s (%,.0f hazards/s; %s); VACUUM ANALYZE %.1f s."
                    .formatted(load.hazards(), load.entries(), load.plans(), load.took().toMillis() / 1000.0,
                            load.hazards() / Math.max(0.001, load.took().toMillis() / 1000.0), load.copyTimes(),
                            load.vacuum().toMillis() / 1000.0));
        }
        ledgerCheck(o, http, tokens);
        String loadBefore = loadAverage();
        LocalDate today = LocalDate.now(HazardStories.CHINA);

        ListBench.Result list = new ListBench.Result();
        if (o.runs("list")) {
            progress("list pages ...");
            list = new ListBench(http, tokens).run(o.queries(), o.seed());
        }
        StatisticsBench.Result stats = new StatisticsBench.Result(false, "not run (--only)", null, 0, null);
        if (o.runs("statistics")) {
            progress("county statistics ...");
            stats = new StatisticsBench(http, tokens).run(o.statisticsRuns(), today);
        }
        String township = busiestTownship(o.db());
        ChangesBench.Result changes = new ChangesBench.Result(false, "not run (--only)", 0, 0, null, 0, null, null);
        if (o.runs("changes")) {
            progress("changes feed ...");
            changes = new ChangesBench(http, tokens, o.changesLimit()).run(township, ChangesBench.restamped(o.db()));
        }
        ExportBench.Result export = null;
        if (o.runs("export")) {
            progress("XLSX export ...");
            export = new ExportBench(http, tokens, service).run(o.db(), o.exportRows());
        }
        ReportingRace.Result race = null;
        if (o.runs("reporting")) {
            progress("reporting, HTTP against direct inserts ...");
            race = new ReportingRace(http, tokens, o.db()).run(o.clients(), o.reports(), 2);
        }

        line("");
        // other work on the machine (builds, tests) shows in every figure: the load average says how much there was
        line("Load average (1, 5, 15 min) when the measurements began: %s; when they ended: %s.".formatted(loadBefore,
                loadAverage()));
        line("");
        line("| measurement | requests | p50 ms | p95 ms | max ms | target | |");
        line("|---|---:|---:|---:|---:|---|---|");
        for (String kind : List.of("all", "county", "township", "page 2", "with q", "without q")) {
            Latencies l = list.latencies.get(kind);
            if (l != null) {
                row("list page, " + kind, l, kind.equals("all") ? "p95 < 50 ms" : "", kind.equals("all") ? 50 : 0);
            }
        }
        if (stats.available()) {
            row("county statistics", stats.latencies(), "p95 < 300 ms", 300);
        } else {
            line("| county statistics | %s | | | | p95 < 300 ms | |".formatted(stats.note()));
        }
        if (changes.available()) {
            line("| changes, first page (township %s) | 1 | %.1f | | | | |".formatted(township, changes.firstPageMicros() / 1000.0));
            row("changes, every page read", changes.pages(), "", 0);
        } else {
            line("| changes feed | %s | | | | | |".formatted(changes.note()));
        }
        line("");
        if (list.failures > 0) {
            line("List: %d requests failed, the first: %s".formatted(list.failures, list.firstFailure));
        }
        if (o.runs("list")) {
            line(list.unsupported.isEmpty() ? "List: q, sort and fields are honoured and part of the queries."
                    : "List: not available yet, so left out of the queries: " + String.join(", ", list.unsupported) + ".");
        }
        if (stats.available() && stats.note() != null) {
            line("Statistics: %d failed; the first: %s".formatted(stats.failures(), stats.note()));
        }
        changesLines(changes, township);
        if (export != null) {
            exportLines(export, o.exportRows());
        }
        if (race != null) {
            raceLines(race);
        }
        explain(o, list, stats, today);

        String text = String.join("\n", report) + "\n";
        Path dir = data.resolve("bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("ledger-bench-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println();
        out.print(text);
        out.println();
        out.println("Written to " + file);
    }

    /** One bench hazard's ledger, checked by the service: the loader's hash chain is the service's own. */
    private void ledgerCheck(Options o, BenchHttp http, BenchTokens tokens) throws Exception {
        var rows = o.db().query("SELECT id::text, region_code FROM hazard WHERE reported_by LIKE '"
                + HazardStories.ACTOR_PREFIX + "%' AND status = 'CLOSED' LIMIT 1");
        if (rows.isEmpty()) {
            return;
        }
        BenchHttp.Answer a = http.get(http.url("/hazards/" + rows.get(0)[0] + "/ledger/verify", Map.of()),
                tokens.township(rows.get(0)[1]));
        line("");
        line("Ledger of a loaded hazard, as GET /hazards/{id}/ledger/verify sees it: %d %s".formatted(a.status(), a.text()));
    }

    private static String busiestTownship(Database db) throws Exception {
        var rows = db.query("SELECT township_code FROM hazard WHERE county_code = '" + Corpus.COUNTIES.get(0)
                + "' GROUP BY township_code ORDER BY count(*) DESC LIMIT 1");
        return (rows.isEmpty() ? Corpus.COUNTIES.get(0) + "101" : rows.get(0)[0]) + "000";
    }

    private void changesLines(ChangesBench.Result c, String township) {
        if (!c.available()) {
            line("Changes feed: " + c.note() + ".");
            return;
        }
        ChangesBench.Walk s = c.sync();
        line("Changes feed, township %s: first page %d changes in %.1f ms; first sync %,d changes in %,d pages, %.1f s%s."
                .formatted(township, c.firstPageItems(), c.firstPageMicros() / 1000.0, s.items(), s.pages(), s.nanos() / 1e9,
                        s.failure() == null ? "" : " (stopped: " + s.failure() + ")"));
        if (c.catchUp() != null) {
            ChangesBench.Walk w = c.catchUp();
            line("Changes feed, a week offline: %,d hazards of the township had a step in the last 7 days; from the token the sync ended with, %,d changes in %,d pages, %.1f ms%s."
                    .formatted(c.touched(), w.items(), w.pages(), w.nanos() / 1e6,
                            w.failure() == null ? "" : " (stopped: " + w.failure() + ")"));
        }
    }

    private void exportLines(ExportBench.Result e, int target) {
        if (!e.available()) {
            line("Export: " + e.note() + ".");
            return;
        }
        line("Export of %s, %s (%,d rows expected): %,d rows, %,.1f MB, first byte %.1f s, last byte %.1f s%s."
                .formatted(e.scope(), e.parameters(), e.expectedRows(), e.rows(), e.bytes() / 1e6, e.firstByteMillis() / 1000.0,
                        e.millis() / 1000.0, e.note() == null ? "" : " (" + e.note() + ")"));
        if (e.heap() != null) {
            HeapSampler.Peak p = e.heap();
            line("Export heap (jstat -gc every 50 ms, %d samples): peak used %,.0f MB, peak committed %,.0f MB (idle before: %,.0f MB used; %s; %d young and %d full collections meanwhile). Target: under 256 MB: %s."
                    .formatted(p.samples(), p.usedKb() / 1024.0, p.committedKb() / 1024.0, e.idleUsedKb() / 1024.0,
                            e.maxHeapOption(), p.youngGcs(), p.fullGcs(), p.usedKb() < 256 * 1024 && e.rows() > 0 ? "met" : "NOT met"));
        }
        if (e.rows() >= 0 && e.rows() < target * 9L / 10) {
            line("Export: fewer rows than the %,d asked for (a smaller load, or a cap on the export).".formatted(target));
        }
    }

    private void raceLines(ReportingRace.Result r) {
        line("Reporting, %d concurrent clients, %,d reports each way in 2 alternating rounds after a warm-up: POST /hazards %.1f reports/s (p50 %.1f ms, p95 %.1f ms), direct JDBC inserts %.1f reports/s (p50 %.1f ms, p95 %.1f ms): %.0f%% of direct. Target 60%% or more: %s."
                .formatted(r.clients(), r.reports(), r.httpPerSecond(), r.http().millis(0.5), r.http().millis(0.95),
                        r.directPerSecond(), r.direct().millis(0.5), r.direct().millis(0.95), 100 * r.ratio(),
                        r.ratio() >= 0.6 ? "met" : "NOT met"));
        if (r.httpFailures() > 0) {
            line("Reporting: %d POSTs failed; the first: %s".formatted(r.httpFailures(), r.firstFailure()));
        }
    }

    private void explain(Options o, ListBench.Result list, StatisticsBench.Result stats, LocalDate today) {
        if (list.slowest != null) {
            line("");
            line("The slowest list requests:");
            for (Map.Entry<Long, ListBench.Query> e : list.slowest(8)) {
                line("- %.1f ms: %s %s, %s".formatted(e.getKey() / 1000.0, e.getValue().county() ? "county" : "township",
                        e.getValue().region(), e.getValue().parameters()));
            }
            line("");
            line("Slowest list request (%.1f ms): %s scope %s, %s. EXPLAIN of the same query written as SQL:".formatted(
                    list.slowestMicros / 1000.0, list.slowest.county() ? "county" : "township", list.slowest.region(),
                    list.slowest.parameters()));
            String sql = Explain.listSql(list.slowest, today);
            code(sql + "\n\n" + Explain.plan(o.db(), sql));
        }
        Map<String, String> q = stats.slowest() != null ? stats.slowest()
                : StatisticsBench.queries(1, today).get(0);
        String sql = Explain.statisticsSql(q.get("region"), q.get("from"), q.get("to"), today);
        line("");
        line("A county's statistics (%s), as SQL written to match (the service's own query may differ):".formatted(q));
        code(sql + "\n\n" + Explain.plan(o.db(), sql));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", parts[0], parts[1], parts[2]);
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void row(String what, Latencies l, String target, double limitMs) {
        String verdict = limitMs <= 0 || l.count() == 0 ? "" : l.millis(0.95) < limitMs ? "met" : "NOT met";
        line("| %s | %d | %.1f | %.1f | %.1f | %s | %s |".formatted(what, l.count(), l.millis(0.5), l.millis(0.95),
                l.millis(1.0), target, verdict));
    }

    private void code(String text) {
        line("```");
        line(text);
        line("```");
    }

    private void line(String s) {
        report.add(s);
    }

    private void progress(String what) {
        out.println("Measuring " + what);
    }
}
