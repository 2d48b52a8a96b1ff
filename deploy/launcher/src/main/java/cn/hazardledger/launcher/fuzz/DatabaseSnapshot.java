package cn.hazardledger.launcher.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The content of every table of the services' databases, as a row count and an md5 of all rows in a stable
 * order, so that "nothing changed" can be checked without knowing the schema. Flyway's history and the public
 * endpoints' request counts are left out.
 */
public final class DatabaseSnapshot {

    /** A database to look into: its name (hazard, task, notify), JDBC URL, user and password. */
    public record Database(String name, String url, String user, String password) {
    }

    public record Table(long rows, String md5) {
        @Override
        public String toString() {
            return rows + " rows, md5 " + md5;
        }
    }

    /**
     * Tables that are not the services' data: Flyway's history, and hazard-service's count of public requests per
     * client address and window (public_rate_window), which every request to the open endpoints writes, refused or not,
     * and the audit trail (audit_record), which records every write, refused or not.
     */
    private static final String NOT_DATA = "('flyway_schema_history', 'public_rate_window', 'audit_record')";

    private final Map<String, Table> tables;

    private DatabaseSnapshot(Map<String, Table> tables) {
        this.tables = tables;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public static DatabaseSnapshot take(List<Database> databases) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (Database db : databases) {
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement s = c.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                        + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') "
                        + "AND table_name NOT IN " + NOT_DATA + " ORDER BY 1, 2")) {
                    while (rs.next()) {
                        names.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
                    }
                }
                for (String table : names) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY "
                            + "t::text), '')) FROM " + table + " t")) {
                        rs.next();
                        tables.put(db.name() + "." + table.replace("\"", ""), new Table(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        }
        return new DatabaseSnapshot(tables);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** One line per table that differs: added, dropped, or changed (with the counts). */
    public List<String> differences(DatabaseSnapshot after) {
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(after.tables.keySet());
        for (String name : names) {
            Table before = tables.get(name);
            Table now = after.tables.get(name);
            if (before == null) {
                out.add(name + ": table appeared (" + now + ")");
            } else if (now == null) {
                out.add(name + ": table disappeared");
            } else if (!before.equals(now)) {
                out.add(name + ": " + before.rows() + " rows -> " + now.rows() + " rows"
                        + (before.rows() == now.rows() ? " (same count, contents changed)" : ""));
            }
        }
        return out;
    }

    /**
     * Waits until the databases stop changing (events still travelling between the services land), i.e. two
     * snapshots {@code quiet} apart are equal; answers the last one. Gives up after {@code max}.
     */
    public static DatabaseSnapshot settled(List<Database> databases, Duration quiet, Duration max)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        DatabaseSnapshot last = take(databases);
        while (true) {
            Thread.sleep(quiet.toMillis());
            DatabaseSnapshot now = take(databases);
            if (now.tables.equals(last.tables) || System.nanoTime() > deadline) {
                return now;
            }
            last = now;
        }
    }
}
