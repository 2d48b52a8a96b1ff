package cn.hazardledger.launcher.faults;

import cn.hazardledger.launcher.Database;
import cn.hazardledger.launcher.LocalSystem;

import java.sql.SQLException;
import java.util.List;

/** Reads the services' databases directly: the suite's own checks, never something a service does to another. */
public final class Databases {

    private final LocalSystem system;

    public Databases(LocalSystem system) {
        this.system = system;
    }

    /** The rows of {@code sql} as string arrays, one element per column. */
    public List<String[]> query(String service, String sql, Object... parameters) throws SQLException {
        return new Database(system.jdbcUrl(service), service, service).query(sql, parameters);
    }

    public long count(String service, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(query(service, sql, parameters).get(0)[0]);
    }
}
