package cn.hazardledger.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The whole system on one machine: PostgreSQL (embedded unless *_DB_URL are given), a Kafka broker (unless
 * KAFKA_BOOTSTRAP is given) and the three packaged services. Used by deploy/run and by the end-to-end tests.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalSystem.class.getName());
    public static final List<String> SERVICES = List.of("hazard", "task", "notify");
    public static final List<String> TOPICS = List.of("hazard.events", "task.events");
    /**
     * notify-service's webhook targets in the local demo run (deploy/run) only, NEVER in production: plain http and
     * loopback receivers, so that a receiver on this machine (deploy/notify-latency's, or one a developer starts) can
     * subscribe. Production takes WebhookConfig's defaults and refuses both (notify-service/docs/webhooks.md, "Where a
     * webhook may point"). Not set by the fault and hostile-input suites or the end-to-end tests, which keep the
     * production defaults.
     */
    public static final Map<String, String> DEMO_RUN_WEBHOOK_TARGETS = Map.of(
            "WEBHOOKS_TARGETS_ALLOW_HTTP", "true",
            "WEBHOOKS_TARGETS_ALLOW_LOOPBACK", "true");

    private final Path repo;
    private final Path data;
    private final Ports ports;
    private final Map<String, String> env;
    private EmbeddedDatabase database;
    private KafkaBroker broker;
    private String bootstrap;
    private final Map<String, String> jdbcUrls = new HashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private Path publicKey;
    private int partitions = 3;

    public LocalSystem(Path repo, Path data, Ports ports, Map<String, String> env) {
        this.repo = repo;
        this.data = data;
        this.ports = ports;
        this.env = env;
    }

    /**
     * How many partitions the event topics get when this system creates them (3 unless said): as many consumers of
     * a group as partitions can share a topic's work (deploy/scale-out takes the county overlay's 6).
     */
    public LocalSystem partitions(int partitions) {
        this.partitions = partitions;
        return this;
    }

    public void startInfrastructure() throws IOException, InterruptedException, SQLException, GeneralSecurityException {
        publicKey = Keys.ensure(data.resolve("keys"));
        boolean externalDb = SERVICES.stream().allMatch(s -> env.containsKey(s.toUpperCase() + "_DB_URL"));
        if (externalDb) {
            SERVICES.forEach(s -> jdbcUrls.put(s, env.get(s.toUpperCase() + "_DB_URL")));
        } else {
            database = EmbeddedDatabase.start(data.resolve("postgres"), ports.postgres(),
                    data.resolve("logs").resolve("postgres.log"));
            for (String s : SERVICES) {
                jdbcUrls.put(s, database.ensureDatabase(s));
            }
            LOG.info(() -> "PostgreSQL ready on port " + ports.postgres());
        }
        bootstrap = env.get("KAFKA_BOOTSTRAP");
        if (bootstrap == null || bootstrap.isBlank()) {
            broker = new KafkaBroker(data.resolve("kafka"), ports.kafka(), ports.kafkaController(),
                    data.resolve("logs").resolve("kafka.log"));
            broker.start(Duration.ofSeconds(90));
            broker.createTopics(TOPICS, partitions);
            bootstrap = broker.bootstrapServers();
            LOG.info(() -> "Kafka ready at " + bootstrap);
        }
    }

    /** Starts the three services together and waits for each to be ready; answers each one's start-up time. */
    public Map<String, Duration> startServices(Duration timeout) throws IOException, InterruptedException {
        return startServices(timeout, Map.of());
    }

    /**
     * The same, with variables added to some services' environment ({@code extraEnv} by service name, e.g.
     * hazard's clock offset while deploy/run seeds its demo history).
     */
    public Map<String, Duration> startServices(Duration timeout, Map<String, Map<String, String>> extraEnv)
            throws IOException, InterruptedException {
        for (String s : SERVICES) {
            ServiceProcess process = process(s, extraEnv.getOrDefault(s, Map.of()));
            services.put(s, process);
            process.start();
        }
        Map<String, Duration> startup = new LinkedHashMap<>();
        for (ServiceProcess p : services.values()) {
            startup.put(p.name(), p.awaitReady(timeout));
        }
        return startup;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    // ---- faults, for deploy/faults and the end-to-end tests: each works on the embedded servers only ----

    /** SIGKILL to PostgreSQL's every process: what it had acknowledged must survive {@link #startDatabase()}. */
    public void killDatabase() throws IOException, InterruptedException {
        embedded().kill();
    }

    /** A clean shutdown of PostgreSQL (a restart for maintenance). */
    public void stopDatabase() throws IOException {
        embedded().close();
    }

    public void startDatabase() throws IOException {
        embedded();
        database = EmbeddedDatabase.start(data.resolve("postgres"), ports.postgres(),
                data.resolve("logs").resolve("postgres.log"));
    }

    public void killBroker() throws InterruptedException {
        embeddedBroker().kill();
    }

    public void startBroker() throws IOException, InterruptedException {
        embeddedBroker().start(Duration.ofSeconds(90));
    }

    public void killService(String name) throws InterruptedException {
        services.get(name).kill();
    }

    /** Starts a stopped or killed service again on its port; answers its time to ready. */
    public Duration startService(String name, Duration timeout) throws IOException, InterruptedException {
        ServiceProcess process = services.get(name);
        process.start();
        return process.awaitReady(timeout);
    }

    /**
     * Stops a service cleanly and starts it again with {@code extraEnv} added to its usual environment (nothing of
     * an earlier restart's is kept); answers its time to ready.
     */
    public Duration restartService(String name, Map<String, String> extraEnv, Duration timeout)
            throws IOException, InterruptedException {
        services.get(name).stop();
        ServiceProcess process = process(name, extraEnv);
        services.put(name, process);
        process.start();
        return process.awaitReady(timeout);
    }

    private ServiceProcess process(String service, Map<String, String> extraEnv) {
        return replica(service, service + "-service", port(service), extraEnv);
    }

    /**
     * One more process of {@code service} (not started, not managed by this system: its caller stops it before
     * {@link #close()}), named {@code name} (its log file), on {@code port}, with this system's database, broker
     * and keys, and {@code extraEnv} added.
     */
    public ServiceProcess replica(String service, String name, int port, Map<String, String> extraEnv) {
        Map<String, String> env = serviceEnv(service);
        env.putAll(extraEnv);
        return new ServiceProcess(name, repo.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"),
                port, env, data.resolve("logs").resolve(name + ".log"));
    }

    private EmbeddedDatabase embedded() {
        if (database == null) {
            throw new IllegalStateException("PostgreSQL is external (*_DB_URL): this system cannot stop or start it");
        }
        return database;
    }

    private KafkaBroker embeddedBroker() {
        if (broker == null) {
            throw new IllegalStateException("Kafka is external (KAFKA_BOOTSTRAP): this system cannot stop or start it");
        }
        return broker;
    }

    public KafkaBroker broker() {
        return broker;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    public String jdbcUrl(String service) {
        return jdbcUrls.get(service);
    }

    public Path data() {
        return data;
    }

    private int port(String service) {
        return switch (service) {
            case "hazard" -> ports.hazardService();
            case "task" -> ports.taskService();
            default -> ports.notifyService();
        };
    }

    private Map<String, String> serviceEnv(String service) {
        String prefix = service.toUpperCase();
        Map<String, String> e = new HashMap<>();
        e.put("DB_URL", jdbcUrls.get(service));
        if (database != null) {
            // Flyway as the owner, the service as a role that may only read and write rows
            e.put("DB_MIGRATION_USER", service);
            e.put("DB_MIGRATION_PASSWORD", service);
            e.put("DB_USER", EmbeddedDatabase.runtimeRole(service));
            e.put("DB_PASSWORD", EmbeddedDatabase.runtimeRole(service));
        } else {
            e.put("DB_USER", env.getOrDefault(prefix + "_DB_USER", service));
            e.put("DB_PASSWORD", env.getOrDefault(prefix + "_DB_PASSWORD", service));
            if (env.containsKey(prefix + "_DB_MIGRATION_USER")) {
                e.put("DB_MIGRATION_USER", env.get(prefix + "_DB_MIGRATION_USER"));
                e.put("DB_MIGRATION_PASSWORD", env.getOrDefault(prefix + "_DB_MIGRATION_PASSWORD", ""));
            }
        }
        e.put("KAFKA_BOOTSTRAP", bootstrap);
        e.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toAbsolutePath().toString());
        e.put("JWT_ISSUER", Tokens.ISSUER);
        if ("hazard".equals(service) || "notify".equals(service)) {
            // the packaged services run in the prod profile, which refuses to start without a key (hazard-service
            // seals reporters' identities, notify-service webhook signing secrets): both take the local run's
            try {
                String keys = Keys.fieldEncryptionKeys(publicKey.getParent());
                e.put("FIELD_ENCRYPTION_KEYS", keys);
                e.put("FIELD_ENCRYPTION_CURRENT", Keys.currentVersion(keys));
            } catch (IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        }
        if ("notify".equals(service)) {
            // bulletins (通报) read the other two over their APIs, with a SYSTEM token signed by the local key
            e.put("HAZARD_SERVICE_URL", "http://localhost:" + ports.hazardService());
            e.put("TASK_SERVICE_URL", "http://localhost:" + ports.taskService());
            e.put("BULLETINS_SIGNING_KEY_LOCATION", publicKey.resolveSibling(Keys.PRIVATE).toAbsolutePath().toString());
        }
        return e;
    }

    /** Stops services first, then the broker, then the database, so that nothing is cut off mid-write. */
    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        // all at once: each finishes its requests and leaves its consumer groups in parallel with the others
        services.values().forEach(ServiceProcess::askToStop);
        for (ServiceProcess p : services.values()) {
            try {
                p.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        try {
            if (broker != null) {
                broker.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(e);
        }
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            failures.add(e);
        }
        failures.forEach(f -> LOG.warning("stopping: " + f));
    }
}
