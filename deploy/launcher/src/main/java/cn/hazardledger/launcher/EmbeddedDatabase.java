package cn.hazardledger.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server (the native binaries that io.zonky ships in a Maven artifact) whose data
 * directory outlives the process, so that the local run keeps its data across restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, Path dataDir) {
        this.postgres = postgres;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts on {@code dataDir}; initdb runs only when it holds no postgresql.conf yet. Server output is dropped. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, null);
    }

    /** As {@link #start(Path, int)}, with the server's own log appended to {@code logFile}. */
    public static EmbeddedDatabase start(Path dataDir, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        Ports.requireFree(port, "PostgreSQL");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // the owner stops it after the services that use it, not in a shutdown hook racing theirs
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "120")
                // the embedded default (synchronous_commit=off) loses commits already answered 201 in a crash
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
        if (logFile != null) {
            Files.createDirectories(logFile.getParent());
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }
        return new EmbeddedDatabase(builder.start(), port, dataDir);
    }

    /**
     * Creates the role and database {@code name} (password {@code name}), which owns the tables and migrates them, and
     * the service's role {@link #runtimeRole} (its password its name), which the migrations grant row access only,
     * unless they exist; answers the JDBC URL.
     */
    public String ensureDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'").next()) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            String runtime = runtimeRole(name);
            if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + runtime + "'").next()) {
                s.execute("CREATE ROLE " + runtime + " LOGIN PASSWORD '" + runtime + "'");
            }
            if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        return jdbcUrl(name);
    }

    /** The role a service works as in database {@code name}: rows only, no ownership (deploy/README.md, "Database roles"). */
    public static String runtimeRole(String name) {
        return name + "_app";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /**
     * Kills the server as a power cut would: SIGKILL to the postmaster and every backend at once, nothing
     * flushed. What the server had acknowledged must still be there after {@link #start(Path, int, Path)}.
     */
    public void kill() throws IOException, InterruptedException {
        List<String> pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        long pid = Long.parseLong(pidFile.get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no postmaster " + pid));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().join();
        }
        // releases the data directory's lock; its "stop" finds no server and says so in the log
        postgres.close();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
