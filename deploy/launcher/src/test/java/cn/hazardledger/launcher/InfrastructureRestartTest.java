package cn.hazardledger.launcher;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local run keeps its data: both servers come back on the same directory with what they had. */
class InfrastructureRestartTest {

    @TempDir
    Path data;

    @Test
    void theDatabaseKeepsItsRowsAcrossARestart() throws Exception {
        Ports ports = Ports.free();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("pg"), ports.postgres())) {
            String url = db.ensureDatabase("hazard");
            try (Connection c = DriverManager.getConnection(url, "hazard", "hazard"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (note text)");
                s.execute("INSERT INTO kept VALUES ('重启后仍在')");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("pg"), ports.postgres(), data.resolve("pg.log"))) {
            String url = db.ensureDatabase("hazard");
            try (Connection c = DriverManager.getConnection(url, "hazard", "hazard"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("重启后仍在");
            }
        }
        assertThat(Files.readString(data.resolve("pg.log"))).contains("database system is ready to accept connections");
    }

    @Test
    void aCommitAnsweredBeforeAKillSurvivesIt() throws Exception {
        Ports ports = Ports.free();
        EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("pg"), ports.postgres(), data.resolve("pg.log"));
        String url = db.ensureDatabase("hazard");
        try (Connection c = DriverManager.getConnection(url, "hazard", "hazard"); Statement s = c.createStatement()) {
            // the embedded default is synchronous_commit=off: a commit could be answered before it is on disk
            for (String setting : new String[] {"synchronous_commit", "fsync", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
            s.execute("CREATE TABLE kept (note text)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO kept VALUES ('提交后被杀 " + i + "')");
            }
        }
        db.kill();
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data.resolve("pg"), ports.postgres(), data.resolve("pg.log"))) {
            try (Connection c = DriverManager.getConnection(again.ensureDatabase("hazard"), "hazard", "hazard");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(200);
            }
        }
    }

    @Test
    void theBrokerKeepsItsRecordsAcrossARestart() throws Exception {
        Ports ports = Ports.free();
        KafkaBroker broker = new KafkaBroker(data.resolve("kafka"), ports.kafka(), ports.kafkaController(),
                data.resolve("kafka.log"));
        try {
            broker.start(Duration.ofSeconds(90));
            // stop() signals this pid: it must be the broker's JVM itself, not a wrapper that started it
            assertThat(ProcessHandle.of(broker.pid()).flatMap(h -> h.info().command())).hasValueSatisfying(
                    command -> assertThat(command).endsWith("/java"));
            // in a session of its own, so that a Ctrl-C meant for the launcher does not stop it before the services
            assertThat(session(broker.pid())).isNotEqualTo(session(ProcessHandle.current().pid()));
            broker.createTopics(List.of("kept.events"), 1);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept.events", "k", "隐患")).get(20, TimeUnit.SECONDS);
            }
            broker.stop();
            assertThat(broker.isRunning()).isFalse();

            broker.start(Duration.ofSeconds(90));
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("kept.events"));
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                    return !seen.isEmpty();
                });
                assertThat(seen.get(0).value()).isEqualTo("隐患");
            }
        } finally {
            broker.stop();
        }
    }

    /** The session id of a process: field 6 of /proc/PID/stat (after the command name in parentheses). */
    private static long session(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
