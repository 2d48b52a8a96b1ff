package cn.hazardledger.launcher.load;

import cn.hazardledger.launcher.Ports;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long a report takes to become a task and a notification, from the rows' own timestamps: the hazard's
 * reported_at (set in the reporting transaction), the task's created_at, the township notification's
 * created_at. Each service stamps its rows from the same machine clock, so the differences are exact to it.
 */
final class Propagation {

    private final Map<String, String[]> databases = new HashMap<>();

    Propagation(Ports ports, Map<String, String> env) {
        for (String s : List.of("hazard", "task", "notify")) {
            String prefix = s.toUpperCase();
            databases.put(s, new String[] {
                    env.getOrDefault(prefix + "_DB_URL", "jdbc:postgresql://localhost:" + ports.postgres() + "/" + s),
                    env.getOrDefault(prefix + "_DB_USER", s), env.getOrDefault(prefix + "_DB_PASSWORD", s)});
        }
    }

    void print(String run, PrintStream out) throws Exception {
        Map<String, Long> reportedAt = times("hazard", "SELECT id::text, reported_at FROM hazard WHERE title LIKE ?", run + " #%");
        Map<String, Long> taskAt = new HashMap<>();
        Map<String, Long> inboxAt = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((taskAt.size() < reportedAt.size() || inboxAt.size() < reportedAt.size()) && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(1);
            taskAt = times("task", "SELECT hazard_id::text, created_at FROM task WHERE kind = 'VERIFY_HAZARD' "
                    + "AND created_at >= ?", earliest(reportedAt));
            inboxAt = times("notify", "SELECT subject_id, min(created_at) FROM notification WHERE recipient_role = 'TOWNSHIP' "
                    + "AND subject_type = 'hazard' AND created_at >= ? GROUP BY subject_id", earliest(reportedAt));
        }
        out.println();
        line(out, "commit -> verification task", reportedAt, taskAt);
        line(out, "commit -> township inbox", reportedAt, inboxAt);
    }

    private static void line(PrintStream out, String what, Map<String, Long> from, Map<String, Long> to) {
        List<Long> gaps = new ArrayList<>();
        from.forEach((id, at) -> {
            Long then = to.get(id);
            if (then != null) {
                gaps.add(then - at);
            }
        });
        gaps.sort(Long::compare);
        if (gaps.isEmpty()) {
            out.printf("%-30s none arrived%n", what);
            return;
        }
        out.printf("%-30s %6d of %6d   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %7.1f ms%n", what, gaps.size(),
                from.size(), q(gaps, 0.50), q(gaps, 0.95), q(gaps, 0.99), q(gaps, 1.0));
    }

    private static double q(List<Long> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1000.0;
    }

    private static Timestamp earliest(Map<String, Long> times) {
        long min = times.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return new Timestamp(min / 1000 - 1000);
    }

    /** id to time in microseconds since the epoch. */
    private Map<String, Long> times(String db, String sql, Object parameter) throws SQLException {
        String[] d = databases.get(db);
        Map<String, Long> times = new HashMap<>();
        try (Connection c = DriverManager.getConnection(d[0], d[1], d[2]); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(2);
                    times.put(rs.getString(1), t.getTime() / 1000 * 1_000_000 + t.getNanos() / 1000);
                }
            }
        }
        return times;
    }
}
