package cn.hazardledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

final class Databases {

    private Databases() {
    }

    static void create(String adminJdbcUrl, String adminUser, String adminPassword, String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + name);
        }
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
             Statement s = c.createStatement()) {
            var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                s.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }
}
