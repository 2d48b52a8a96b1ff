package cn.hazardledger.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes one service's database away from it, as a restart or a network cut would, without disturbing the
 * other services' databases on the same server: the service's role may no longer log in and its open
 * connections are cut. {@link #close()} lets it back in.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String role;

    private DatabaseOutage(String role) {
        this.role = role;
    }

    /** {@code role} is the service's database role, which the test resource names after its database. */
    public static DatabaseOutage of(String role) throws SQLException {
        if (!role.matches("[a-z_]+")) {
            throw new IllegalArgumentException("role names are lower-case identifiers: " + role);
        }
        try (Connection admin = RealInfrastructure.servers().adminConnection(); Statement s = admin.createStatement()) {
            s.execute("ALTER ROLE " + role + " NOLOGIN");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
        }
        return new DatabaseOutage(role);
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = RealInfrastructure.servers().adminConnection(); Statement s = admin.createStatement()) {
            s.execute("ALTER ROLE " + role + " LOGIN");
        }
    }
}
