package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;
import cn.hazardledger.launcher.load.Latencies;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reporting throughput: K clients POST /hazards as fast as answers come (closed loop), against K threads that
 * make the same inserts straight into PostgreSQL with JDBC, one transaction per report as the service commits it:
 * the hazard row (its trigger included), the signed REPORT entry of its ledger (SHA-256 chained) and the
 * hazard.reported.v1 outbox row, with the same values. The two runs alternate (HTTP, direct, HTTP, direct) after a
 * warm-up of each, so that a machine busy with something else for a while weighs on both alike.
 *
 * <p>The POSTs carry no Idempotency-Key: with one the service also writes an idempotency record, which the direct
 * inserts would then have to make too; without it both write exactly the three rows. Both kinds of rows stay (they
 * are real reports in the bench's townships, with real events, so task- and notify-service work on both alike).
 */
final class ReportingRace {

    record Result(int clients, int reports, double httpPerSecond, double directPerSecond, Latencies http,
                  Latencies direct, int httpFailures, String firstFailure) {

        double ratio() {
            return httpPerSecond / directPerSecond;
        }
    }

    private static final String[] INDUSTRIES = {"FIRE", "GAS", "INDUSTRY_TRADE", "CONSTRUCTION"};
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final BenchHttp http;
    private final BenchTokens tokens;
    private final Database db;
    private final AtomicInteger sequence = new AtomicInteger();

    ReportingRace(BenchHttp http, BenchTokens tokens, Database db) {
        this.http = http;
        this.tokens = tokens;
        this.db = db;
    }

    /** One report's values, shared by both paths. */
    record Report(String title, String description, String region, String industry, String level, String colour,
                  String address, BigDecimal latitude, BigDecimal longitude, String enterprise, String signature,
                  String subject) {
    }

    Result run(int clients, int reports, int rounds) throws Exception {
        Latencies httpTimes = new Latencies();
        Latencies directTimes = new Latencies();
        List<String> failures = new ArrayList<>();
        race(clients, Math.max(50, reports / 5), new Latencies(), failures, true);
        race(clients, Math.max(50, reports / 5), new Latencies(), failures, false);
        failures.clear();
        long httpNanos = 0;
        long directNanos = 0;
        int perRound = Math.max(1, reports / rounds);
        for (int round = 0; round < rounds; round++) {
            httpNanos += race(clients, perRound, httpTimes, failures, true);
            directNanos += race(clients, perRound, directTimes, failures, false);
        }
        int done = perRound * rounds;
        return new Result(clients, done, (done - failures.size()) / (httpNanos / 1e9), done / (directNanos / 1e9),
                httpTimes, directTimes, failures.size(), failures.isEmpty() ? null : failures.get(0));
    }

    /** {@code count} reports by {@code clients} at once; answers the wall time from the first to the last. */
    private long race(int clients, int count, Latencies times, List<String> failures, boolean viaHttp) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<Void>> workers = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            int client = k;
            workers.add(() -> {
                if (viaHttp) {
                    while (left.getAndDecrement() > 0) {
                        post(report(client, "ledger-bench-reporter-" + client), times, failures);
                    }
                } else {
                    try (Connection c = db.connect(); Inserts inserts = new Inserts(c)) {
                        while (left.getAndDecrement() > 0) {
                            long start = System.nanoTime();
                            inserts.report(report(client, "ledger-bench-direct-" + client));
                            times.add((System.nanoTime() - start) / 1000);
                        }
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        try {
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - start;
    }

    private void post(Report r, Latencies times, List<String> failures) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", r.title());
        body.put("description", r.description());
        body.put("regionCode", r.region());
        body.put("industry", r.industry());
        body.put("source", "GRID_PATROL");
        body.put("level", r.level());
        body.put("hazardType", "OBJECT");
        body.put("riskColour", r.colour());
        body.put("location", Map.of("address", r.address(), "latitude", r.latitude(), "longitude", r.longitude()));
        body.put("enterprise", Map.of("name", r.enterprise()));
        body.put("signature", r.signature());
        BenchHttp.Answer a = http.post(http.url("/hazards", Map.of()),
                tokens.inspector(r.region(), r.subject(), r.signature()), BenchHttp.JSON.writeValueAsString(body));
        if (a.status() != 201) {
            synchronized (failures) {
                failures.add(a.status() + ": " + a.text());
            }
            return;
        }
        times.add(a.nanos() / 1000);
    }

    private Report report(int client, String subject) {
        int n = sequence.incrementAndGet();
        Random r = new Random(n);
        String industry = INDUSTRIES[n % INDUSTRIES.length];
        var defect = Corpus.pick(r, Corpus.defects(industry));
        String place = Corpus.pick(r, Corpus.places(industry));
        String village = HazardStories.village(client % Corpus.COUNTIES.size(), r.nextInt(10), r.nextInt(10));
        String enterprise = Corpus.TOWNSHIP_NAMES.get(client % Corpus.TOWNSHIP_NAMES.size()) + Corpus.tradeName(n) + place;
        return new Report(place + defect.text(), Corpus.seen(r) + "，" + enterprise + Corpus.spot(r) + defect.text() + "，"
                + defect.risk() + "。", village, industry, r.nextInt(100) < 3 ? "MAJOR" : "GENERAL", "YELLOW",
                Corpus.VILLAGE_NAMES.get(r.nextInt(10)) + (1 + r.nextInt(9)) + "组", new BigDecimal("30.123456"),
                new BigDecimal("107.654321"), enterprise, "巡查员" + client, subject);
    }

    /** The three inserts of a report, prepared once per connection, committed together. */
    private static final class Inserts implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement hazard;
        private final PreparedStatement entry;
        private final PreparedStatement outbox;
        private final LedgerHash hash = new LedgerHash();

        Inserts(Connection c) throws SQLException {
            this.c = c;
            c.setAutoCommit(false);
            hazard = c.prepareStatement("INSERT INTO hazard (id, title, description, region_code, industry, source, level, "
                    + "hazard_type, risk_colour, status, address, latitude, longitude, enterprise_name, discovered_at, "
                    + "discovered_by, signature, reported_by, reporter_role, reported_at, updated_at, version, "
                    + "ledger_length, ledger_head, plan_revision) VALUES (?, ?, ?, ?, ?, 'GRID_PATROL', ?, 'OBJECT', ?, "
                    + "'REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, 'INSPECTOR', ?, ?, 0, 1, ?, 0)");
            entry = c.prepareStatement("INSERT INTO hazard_entry (id, hazard_id, sequence, action, status_after, actor, "
                    + "actor_role, signature, data, recorded_at, hash) VALUES (?, ?, 1, 'REPORT', 'REPORTED', ?, 'INSPECTOR', "
                    + "?, ?, ?, ?)");
            outbox = c.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, type, payload, "
                    + "occurred_at) VALUES (?, 'hazard.events', 'hazard', ?, 'hazard.reported.v1', ?, ?)");
        }

        void report(Report r) throws Exception {
            UUID id = UUID.randomUUID();
            Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            Timestamp now = Timestamp.from(at);
            // the entry's data as the service writes it: canonical JSON, keys sorted
            Map<String, Object> data = new TreeMap<>(Map.of("level", r.level(), "industry", r.industry(),
                    "riskColour", r.colour(), "hazardType", "OBJECT"));
            String dataJson = BenchHttp.JSON.writeValueAsString(data);
            String head = hash.hash(null, id.toString(), 1, "REPORT", "REPORTED", r.subject(), "INSPECTOR", null, at,
                    null, r.signature(), dataJson);
            int i = 1;
            hazard.setObject(i++, id);
            hazard.setString(i++, r.title());
            hazard.setString(i++, r.description());
            hazard.setString(i++, r.region());
            hazard.setString(i++, r.industry());
            hazard.setString(i++, r.level());
            hazard.setString(i++, r.colour());
            hazard.setString(i++, r.address());
            hazard.setBigDecimal(i++, r.latitude());
            hazard.setBigDecimal(i++, r.longitude());
            hazard.setString(i++, r.enterprise());
            hazard.setTimestamp(i++, now);
            hazard.setString(i++, r.signature());
            hazard.setString(i++, r.signature());
            hazard.setString(i++, r.subject());
            hazard.setTimestamp(i++, now);
            hazard.setTimestamp(i++, now);
            hazard.setString(i, head);
            hazard.executeUpdate();
            entry.setObject(1, UUID.randomUUID());
            entry.setObject(2, id);
            entry.setString(3, r.subject());
            entry.setString(4, r.signature());
            entry.setString(5, dataJson);
            entry.setTimestamp(6, now);
            entry.setString(7, head);
            entry.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, id.toString());
            outbox.setString(3, BenchHttp.JSON.writeValueAsString(event(id, r, at)));
            outbox.setTimestamp(4, now);
            outbox.executeUpdate();
            c.commit();
        }

        /** hazard.reported.v1 as the service's payload has it (the schema is hazard-service's events/). */
        private static Map<String, Object> event(UUID id, Report r, Instant at) {
            String time = CHINA_TIME.format(OffsetDateTime.ofInstant(at, HazardStories.CHINA));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("hazardId", id.toString());
            e.put("title", r.title());
            e.put("description", r.description());
            e.put("regionCode", r.region());
            e.put("townshipCode", r.region().substring(0, 9) + "000");
            e.put("countyCode", r.region().substring(0, 6) + "000000");
            e.put("industry", r.industry());
            e.put("source", "GRID_PATROL");
            e.put("level", r.level());
            e.put("status", "REPORTED");
            e.put("location", Map.of("address", r.address(), "latitude", r.latitude(), "longitude", r.longitude()));
            e.put("reportedBy", r.subject());
            e.put("reporterRole", "INSPECTOR");
            e.put("reportedAt", time);
            e.put("hazardType", "OBJECT");
            e.put("riskColour", r.colour());
            e.put("cause", null);
            e.put("enterpriseName", r.enterprise());
            e.put("enterpriseCreditCode", null);
            e.put("discoveredAt", time);
            e.put("discoveredBy", r.signature());
            e.put("signature", r.signature());
            return e;
        }

        @Override
        public void close() throws SQLException {
            hazard.close();
            entry.close();
            outbox.close();
        }
    }
}
