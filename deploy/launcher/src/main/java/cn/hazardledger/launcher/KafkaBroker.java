package cn.hazardledger.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker (broker and controller in one) run as a child JVM from the launcher's own
 * libraries, so that nothing needs installing. Its log directory persists, so topics survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private Process process;

    public KafkaBroker(Path dir, int port, int controllerPort, Path logFile) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = logFile;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.createDirectories(logFile.getParent());
        Ports.requireFree(port, "the Kafka broker");
        Ports.requireFree(controllerPort, "the Kafka controller");
        Path config = writeConfig();
        String logging = "-Dlog4j2.configurationFile=" + writeLoggingConfig();
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            Process format = Java.command(logging, "kafka.tools.StorageTool", "format", "--standalone",
                            "-t", Uuid.randomUuid().toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IOException("formatting Kafka storage failed; see " + logFile);
            }
        }
        process = Java.command("-Xmx256m", "-XX:+UseSerialGC", logging, "kafka.Kafka", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady(timeout);
    }

    public void createTopics(List<String> topics, int partitions) throws InterruptedException {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("timed out creating topic " + topic, e);
                }
            }
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the broker stops mid-write; it can be started again on the same directory. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Stops the broker; it can be started again on the same directory. */
    public void stop() throws InterruptedException {
        Java.stop(process, Duration.ofSeconds(30));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the Kafka broker exited at start-up; see " + logFile);
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // not listening yet: ask again until the deadline
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IOException("the Kafka broker did not become ready within " + timeout + "; see " + logFile);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    /**
     * Without a configuration log4j2 shows errors only, so a broker that dies at start-up would leave an empty
     * log. Warnings plus the start and stop lines keep the file short and telling.
     */
    private Path writeLoggingConfig() throws IOException {
        Path config = dir.resolve("log4j2.properties");
        Files.writeString(config, String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.out.ref=out",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                ""));
        return config.toAbsolutePath();
    }

    private Path writeConfig() throws IOException {
        Path config = dir.resolve("server.properties");
        String logs = dir.resolve("logs").toAbsolutePath().toString();
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // the default 128 MB dedupe buffer does not fit in the small heap this broker gets
                "log.cleaner.dedupe.buffer.size=16777216",
                ""));
        return config;
    }
}
