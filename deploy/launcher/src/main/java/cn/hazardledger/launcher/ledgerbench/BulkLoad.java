package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the bench's ledger ({@link HazardStories}) into hazard-service's database with COPY, batch by batch, each
 * batch one transaction over all five tables. One thread writes the rows while two connections copy them, so that
 * the generator and PostgreSQL overlap on the machine's two cores. Generated columns (county_code, township_code)
 * are left to PostgreSQL and change_xid to the row trigger, which COPY fires.
 *
 * <p>Re-runnable: when the database already holds exactly the requested number of bench hazards nothing is loaded;
 * any other number (an interrupted load, another size) is removed first, as {@code --reset} does.
 */
final class BulkLoad {

    private static final int BATCH = 10_000;
    private static final String MINE = "reported_by LIKE '" + HazardStories.ACTOR_PREFIX + "%'";

    record Outcome(long hazards, long entries, long plans, Duration took, boolean loaded, Duration vacuum, String copyTimes) {
    }

    private final Database db;
    private final PrintStream out;
    /** Time the copying connections spent, summed over both: where a slow load goes. */
    private final AtomicLong hazardNanos = new AtomicLong();
    private final AtomicLong entryNanos = new AtomicLong();
    private final AtomicLong restNanos = new AtomicLong();

    BulkLoad(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    Outcome ensure(int hazards, long seed, boolean reset) throws Exception {
        long present = db.count("SELECT count(*) FROM hazard WHERE " + MINE);
        if (present == hazards && !reset) {
            out.printf("Load: the database already holds the bench's %,d hazards (--reset loads them again)%n", present);
            return new Outcome(present, 0, 0, Duration.ZERO, false, Duration.ZERO, null);
        }
        if (present > 0) {
            out.printf("Load: removing the %,d bench hazards already there ...%n", present);
            remove();
        }
        return load(hazards, seed);
    }

    /**
     * Removes every bench-loaded hazard with its ledger, plan, deadlines and alerts. The ledger is append-only by a
     * trigger, so the trigger is disabled and enabled again inside the deleting transaction: ALTER TABLE holds
     * the table's exclusive lock until commit, so no other session ever writes while it is off.
     */
    void remove() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE bench_hazard ON COMMIT DROP AS SELECT id FROM hazard WHERE " + MINE);
            s.execute("ALTER TABLE hazard_entry DISABLE TRIGGER hazard_entry_append_only");
            for (String table : List.of("deadline_alert", "hazard_deadline", "rectification_plan", "hazard_entry",
                    "extension_request", "hazard_scope_exit")) {
                s.execute("DELETE FROM " + table + " t USING bench_hazard b WHERE t.hazard_id = b.id");
            }
            s.execute("DELETE FROM hazard h USING bench_hazard b WHERE h.id = b.id");
            s.execute("ALTER TABLE hazard_entry ENABLE TRIGGER hazard_entry_append_only");
            c.commit();
        }
    }

    private Outcome load(int hazards, long seed) throws Exception {
        Map<String, Integer> counters = new HashMap<>();
        for (String[] row : db.query("SELECT county_code, year, last_number FROM ledger_number_counter")) {
            counters.put(row[0].trim() + "/" + row[1], Integer.parseInt(row[2]));
        }
        boolean planFunds = db.count("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'hazard' AND column_name = ?", HazardStories.PLAN_FUNDS_COLUMN) > 0;
        String hazardColumns = HazardStories.HAZARD_COLUMNS + (planFunds ? ", " + HazardStories.PLAN_FUNDS_COLUMN : "");
        HazardStories stories = new HazardStories(seed, hazards, Instant.now(), counters, planFunds);
        out.printf("Load: %,d hazards over 5 counties, 50 townships, 500 villages, in batches of %,d (COPY) ...%n",
                hazards, BATCH);
        long started = System.nanoTime();
        BlockingQueue<HazardStories.Batch> queue = new ArrayBlockingQueue<>(2);
        HazardStories.Batch end = new HazardStories.Batch();
        AtomicLong entries = new AtomicLong();
        AtomicLong plans = new AtomicLong();
        AtomicLong copied = new AtomicLong();
        ExecutorService copiers = Executors.newFixedThreadPool(2);
        List<Future<Void>> running = List.of(
                copiers.submit(() -> copy(queue, end, hazardColumns, entries, plans, copied, hazards)),
                copiers.submit(() -> copy(queue, end, hazardColumns, entries, plans, copied, hazards)));
        try {
            for (int from = 0; from < hazards; from += BATCH) {
                HazardStories.Batch batch = new HazardStories.Batch();
                for (int i = from; i < Math.min(hazards, from + BATCH); i++) {
                    stories.write(i, batch);
                }
                while (!queue.offer(batch, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    failed(running);
                }
            }
            for (int i = 0; i < running.size(); i++) {
                queue.put(end);
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } finally {
            copiers.shutdownNow();
        }
        continueCounters(stories.lastNumbers());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.printf("Load: %,d hazards, %,d ledger entries, %,d plans in %.1f s (%,.0f hazards/s); VACUUM ANALYZE ...%n",
                hazards, entries.get(), plans.get(), took.toMillis() / 1000.0, hazards / (took.toMillis() / 1000.0));
        long vacuumStarted = System.nanoTime();
        // statistics for the planner, and the visibility map for index-only scans, before anything is measured;
        // otherwise autovacuum would do it in the middle of the measurements
        db.execute("VACUUM ANALYZE hazard", "VACUUM ANALYZE hazard_entry", "VACUUM ANALYZE rectification_plan",
                "VACUUM ANALYZE hazard_deadline", "VACUUM ANALYZE deadline_alert");
        Duration vacuum = Duration.ofNanos(System.nanoTime() - vacuumStarted);
        out.printf("Load: VACUUM ANALYZE took %.1f s%n", vacuum.toMillis() / 1000.0);
        return new Outcome(hazards, entries.get(), plans.get(), took, true, vacuum, "COPY time summed over both connections: hazard %.1f s, "
                .formatted(hazardNanos.get() / 1e9) + "hazard_entry %.1f s, the other tables and commits %.1f s"
                .formatted(entryNanos.get() / 1e9, restNanos.get() / 1e9));
    }

    private static void failed(List<Future<Void>> copiers) throws Exception {
        for (Future<Void> f : copiers) {
            if (f.isDone()) {
                f.get();
                throw new IllegalStateException("a COPY connection stopped early");
            }
        }
    }

    private Void copy(BlockingQueue<HazardStories.Batch> queue, HazardStories.Batch end, String hazardColumns,
                      AtomicLong entries, AtomicLong plans, AtomicLong copied, int total)
            throws SQLException, IOException, InterruptedException {
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                // a batch that is lost in a crash is loaded again (the count is checked), so nothing needs each
                // commit on disk at once; the GIN text index merges its pending list in bigger, cheaper runs
                s.execute("SET synchronous_commit = off");
                s.execute("SET work_mem = '128MB'");
                s.execute("SET gin_pending_list_limit = '32MB'");
            }
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (HazardStories.Batch b = queue.take(); b != end; b = queue.take()) {
                // hazards first: the other tables' rows refer to them
                long t0 = System.nanoTime();
                copy(copy, "hazard", hazardColumns, b.hazards);
                long t1 = System.nanoTime();
                entries.addAndGet(copy(copy, "hazard_entry", HazardStories.ENTRY_COLUMNS, b.entries));
                long t2 = System.nanoTime();
                hazardNanos.addAndGet(t1 - t0);
                entryNanos.addAndGet(t2 - t1);
                plans.addAndGet(copy(copy, "rectification_plan", HazardStories.PLAN_COLUMNS, b.plans));
                copy(copy, "hazard_deadline", HazardStories.DEADLINE_COLUMNS, b.deadlines);
                copy(copy, "deadline_alert", HazardStories.ALERT_COLUMNS, b.alerts);
                c.commit();
                restNanos.addAndGet(System.nanoTime() - t2);
                long done = copied.addAndGet(b.hazards.rows());
                if (done * 10 / total != (done - b.hazards.rows()) * 10 / total) {
                    out.printf("  %,d of %,d%n", done, total);
                }
            }
        }
        return null;
    }

    private static long copy(CopyManager copy, String table, String columns, CopyRows rows) throws SQLException, IOException {
        if (rows.rows() == 0) {
            return 0;
        }
        return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new ByteArrayInputStream(rows.bytes()));
    }

    /** The service numbers the next confirmation after the highest number the bench gave, never the same one. */
    private void continueCounters(Map<String, Integer> last) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO ledger_number_counter (county_code, year, last_number) VALUES (?, ?, ?)
                ON CONFLICT (county_code, year) DO UPDATE
                SET last_number = greatest(ledger_number_counter.last_number, EXCLUDED.last_number)""")) {
            for (Map.Entry<String, Integer> e : last.entrySet()) {
                String[] key = e.getKey().split("/");
                s.setString(1, key[0]);
                s.setInt(2, Integer.parseInt(key[1]));
                s.setInt(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
