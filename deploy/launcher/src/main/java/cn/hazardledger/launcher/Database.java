package cn.hazardledger.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's database as the launcher's suites reach it, for their own checks and set-up (the fault suite's
 * reconciliation, the ledger bench's load, direct inserts and EXPLAIN): never something one service does to another.
 */
public record Database(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The rows of {@code sql}, each column as text. */
    public List<String[]> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(query(sql, parameters).get(0)[0]);
    }

    /** Runs statements that change something, each in its own autocommit (VACUUM cannot run in a transaction). */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
