package cn.hazardledger.launcher.faults;

import cn.hazardledger.launcher.LocalSystem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the services' databases directly: the suite's own checks, never something a service does to another. */
final class Databases {

    private final LocalSystem system;

    Databases(LocalSystem system) {
        this.system = system;
    }

    /** The rows of {@code sql} as string arrays, one element per column. */
    List<String[]> query(String service, String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(service), service, service);
             PreparedStatement s = c.prepareStatement(sql)) {
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

    long count(String service, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(query(service, sql, parameters).get(0)[0]);
    }
}
