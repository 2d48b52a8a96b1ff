package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three packaged services as separate processes against one PostgreSQL and one standalone broker,
 * exactly as deploy/run starts them: the walk from a report to the township's inbox, a hazard's walk from report
 * to closure across the three services (LifecycleWalk), and the outbox riding out a broker outage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemWalkIT {

    private static final Logger LOG = Logger.getLogger(SystemWalkIT.class.getName());
    private static final String TOWNSHIP = "500240213000";
    private static final String VILLAGE = "500240213001";

    private StartedSystem started;
    private LocalSystem system;
    private PrivateKey key;
    private Path data;

    @BeforeAll
    void start() throws Exception {
        started = StartedSystem.start("e2e", Map.of());
        system = started.system();
        key = started.key();
        data = started.data();
        started.startup().forEach((name, took) -> LOG.info(() -> "%s ready in %d ms".formatted(name, took.toMillis())));
    }

    @AfterAll
    void stop() throws IOException {
        if (started != null) {
            started.close();
        }
    }

    @Test
    void aReportReachesTheTownshipAsATaskAndAsInboxNotifications() throws Exception {
        String inspector = Tokens.mint(key, "INSPECTOR", TOWNSHIP, "grid-inspector-7");
        String township = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "township-clerk-1");
        long reportedAt = System.nanoTime();
        Http.Answer reported = Http.post(system.service("hazard").url("/hazards"), inspector, Map.of(
                "title", "餐馆液化气钢瓶与灶具同室存放", "description", "未安装可燃气体报警装置",
                "regionCode", VILLAGE, "industry", "GAS", "source", "GRID_PATROL", "level", "GENERAL",
                "hazardType", "OBJECT", "riskColour", "YELLOW", "signature", "李明"));
        assertThat(reported.status()).isEqualTo(201);
        String hazardId = reported.body().get("id").asText();

        JsonNode task = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> first(Http.get(system.service("task").url("/tasks?hazardId=" + hazardId), township)),
                        Optional::isPresent).orElseThrow();
        long taskSeen = System.nanoTime();
        assertThat(task.get("kind").asText()).isEqualTo("VERIFY_HAZARD");
        assertThat(task.get("regionCode").asText()).isEqualTo(TOWNSHIP);
        assertThat(task.get("title").asText()).isEqualTo("核实隐患：餐馆液化气钢瓶与灶具同室存放");

        JsonNode notification = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> inboxItemAbout(township, hazardId), Optional::isPresent).orElseThrow();
        long inboxSeen = System.nanoTime();
        assertThat(notification.get("title").asText()).contains("餐馆液化气钢瓶与灶具同室存放");
        String taskId = task.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> inboxItemAbout(township, taskId), Optional::isPresent);

        LOG.info(() -> "walk: report -> task visible %d ms, report -> inbox visible %d ms".formatted(
                (taskSeen - reportedAt) / 1_000_000, (inboxSeen - reportedAt) / 1_000_000));
    }

    @Test
    void aHazardWalksFromReportToClosureAcrossTheThreeServices() throws Exception {
        String township = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "township-auditor-1");
        try (KafkaConsumer<String, String> events = fromNowOn("hazard.events")) {
            LifecycleWalk.Walk walk = new LifecycleWalk(new LifecycleWalk.Services(system.service("hazard").url(""),
                    system.service("task").url(""), system.service("notify").url("")), key, TOWNSHIP, VILLAGE, "e2e")
                    .walk("建筑工地临边洞口无防护（全流程）", (what, probe) -> waitingFor(what).until(probe, Optional::isPresent).orElseThrow());
            String id = walk.hazardId();

            // task-service opened the township's verification task from the report, and completed it on confirmation
            assertThat(walk.openedTask().get("kind").asText()).isEqualTo("VERIFY_HAZARD");
            assertThat(walk.openedTask().get("regionCode").asText()).isEqualTo(TOWNSHIP);
            assertThat(walk.completedTask().get("id")).isEqualTo(walk.openedTask().get("id"));
            assertThat(walk.completedTask().get("status").asText()).isEqualTo("DONE");
            // notify-service told the township of the hazard and of its task
            assertThat(walk.hazardNotification().get("kind").asText()).isEqualTo("HAZARD_REPORTED");
            assertThat(walk.hazardNotification().get("title").asText()).contains("建筑工地临边洞口无防护（全流程）");
            assertThat(walk.taskNotification().get("kind").asText()).isEqualTo("TASK_ASSIGNED");
            assertThat(walk.closed().get("status").asText()).isEqualTo("CLOSED");

            // each step's event left hazard-service in commit order, the closure last
            List<ConsumerRecord<String, String>> ofHazard = new ArrayList<>();
            waitingFor("hazard.closed.v1 on hazard.events").until(() -> {
                events.poll(Duration.ofMillis(100)).forEach(r -> {
                    if (id.equals(r.key())) {
                        ofHazard.add(r);
                    }
                });
                return ofHazard.stream().anyMatch(r -> "hazard.closed.v1".equals(type(r)));
            });
            assertThat(ofHazard).extracting(SystemWalkIT::type).containsExactly("hazard.reported.v1",
                    "hazard.confirmed.v1", "hazard.rectification-planned.v1", "hazard.submitted.v1", "hazard.closed.v1");
            ConsumerRecord<String, String> closedEvent = ofHazard.get(ofHazard.size() - 1);
            JsonNode payload = Http.JSON.readTree(closedEvent.value());
            assertThat(payload.get("hazard").get("status").asText()).isEqualTo("CLOSED");
            assertThat(payload.get("step").get("signature").asText()).isEqualTo("陈刚");
            Duration closeToTopic = Duration.between(walk.closedAt(), Instant.ofEpochMilli(closedEvent.timestamp()));

            // five signed entries (an upload is not a ledger step, its citation by the submission is), chain intact
            Http.Answer verified = Http.get(system.service("hazard").url("/hazards/" + id + "/ledger/verify"), township);
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.body().get("intact").asBoolean()).isTrue();
            assertThat(verified.body().get("entries").asInt()).isEqualTo(5);

            LOG.info(() -> "walk report -> close:\n" + walk.roundTrips().entrySet().stream()
                    .map(e -> "  %-9s HTTP round trip %5d ms".formatted(e.getKey(), e.getValue().toMillis()))
                    .collect(Collectors.joining("\n"))
                    + "\n  commit -> verification task    %5d ms".formatted(walk.commitToTask().toMillis())
                    + "\n  commit -> township inbox       %5d ms".formatted(walk.commitToInbox().toMillis())
                    + "\n  confirm commit -> task done    %5d ms".formatted(walk.confirmToTaskDone().toMillis())
                    + "\n  close commit -> hazard.events  %5d ms".formatted(closeToTopic.toMillis())
                    + "\n  report sent -> read in inbox   %5d ms".formatted(walk.reportToInboxSeen().toMillis()));
        }
    }

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsPublishedWhenItIsBack() throws Exception {
        String inspector = Tokens.mint(key, "INSPECTOR", TOWNSHIP, "grid-inspector-8");
        String township = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "township-clerk-2");
        system.broker().stop();
        String hazardId;
        try {
            Http.Answer reported = Http.post(system.service("hazard").url("/hazards"), inspector, Map.of(
                    "title", "断网期间上报的隐患", "description", "Kafka 停机时提交",
                    "regionCode", VILLAGE, "industry", "FIRE", "source", "GRID_PATROL", "level", "GENERAL",
                "hazardType", "OBJECT", "riskColour", "YELLOW", "signature", "李明"));
            assertThat(reported.status()).isEqualTo(201);
            hazardId = reported.body().get("id").asText();
            assertThat(unpublishedOutboxRows(hazardId)).isEqualTo(1);
        } finally {
            system.broker().start(Duration.ofSeconds(90));
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> inboxItemAbout(township, hazardId), Optional::isPresent);
        assertThat(unpublishedOutboxRows(hazardId)).isZero();
    }

    @Test
    void aStoppedServiceLeavesItsConsumerGroupsAtOnceAndARestartedOneIsBackInSeconds() throws Exception {
        List<String> groups = List.of("notify-service.hazard-events", "notify-service.task-events");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()))) {
            assertThat(members(admin, groups)).isPositive();
            system.service("notify").stop();
            // well inside the session timeout: the members said goodbye rather than being timed out
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> members(admin, groups) == 0);
            Duration ready = system.startService("notify", Duration.ofSeconds(60));
            LOG.info(() -> "notify-service restarted and rejoined its groups in " + ready.toMillis() + " ms");
            assertThat(members(admin, groups)).isEqualTo(2);
        }
    }

    @Test
    void startingUpDoesNotFillTheLogWithHealthChecks() throws IOException {
        for (String service : LocalSystem.SERVICES) {
            List<String> lines = Files.readAllLines(data.resolve("logs").resolve(service + "-service.log"));
            assertThat(lines).as(service).noneMatch(l -> l.contains("Reporting health down status"));
        }
    }

    /**
     * Each service works as a role that may read and write rows but owns nothing (Flyway migrates as the owner): it
     * cannot disable or drop the triggers that keep the ledger and the audit trail append-only, nor touch Flyway's
     * history. This whole class, the fault suite and the scale-out drill run the services under these roles.
     */
    @Test
    void eachServiceWorksAsARoleThatCannotLiftTheAppendOnlyGuards() throws Exception {
        for (String service : LocalSystem.SERVICES) {
            String role = EmbeddedDatabase.runtimeRole(service);
            try (Connection c = DriverManager.getConnection(system.jdbcUrl(service), role, role);
                 Statement s = c.createStatement()) {
                ResultSet connected = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + role
                        + "' AND datname = '" + service + "' AND pid <> pg_backend_pid()");
                connected.next();
                assertThat(connected.getInt(1)).as(service + "-service's pool connects as " + role).isPositive();
                assertThat(s.executeQuery("SELECT count(*) FROM audit_record").next()).isTrue();
                for (String sql : List.of("ALTER TABLE audit_record DISABLE TRIGGER USER", "DROP TABLE audit_record",
                        "TRUNCATE audit_record", "SELECT * FROM flyway_schema_history")) {
                    assertThat(sqlState(s, sql)).as(role + ": " + sql).isEqualTo("42501");
                }
                if ("hazard".equals(service)) {
                    for (String sql : List.of("ALTER TABLE hazard_entry DISABLE TRIGGER USER",
                            "DROP TRIGGER hazard_entry_append_only ON hazard_entry", "TRUNCATE hazard_entry")) {
                        assertThat(sqlState(s, sql)).as(role + ": " + sql).isEqualTo("42501");
                    }
                }
            }
        }
    }

    /** The SQLSTATE {@code sql} fails with; null if it succeeds. */
    private static String sqlState(Statement s, String sql) {
        try {
            s.execute(sql);
            return null;
        } catch (java.sql.SQLException refused) {
            return refused.getSQLState();
        }
    }

    private static ConditionFactory waitingFor(String what) {
        return await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20));
    }

    /** A consumer of every partition of {@code topic} from its end now on: it reads what is published after this. */
    private KafkaConsumer<String, String> fromNowOn(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: look the positions up now, before anything of the walk is published
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String type(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    private static int members(Admin admin, List<String> groups) throws Exception {
        return admin.describeConsumerGroups(groups).all().get(10, java.util.concurrent.TimeUnit.SECONDS).values().stream()
                .mapToInt(g -> g.members().size()).sum();
    }

    private Optional<JsonNode> inboxItemAbout(String token, String subjectId) throws IOException, InterruptedException {
        Http.Answer inbox = Http.get(system.service("notify").url("/inbox?limit=100"), token);
        if (inbox.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode item : inbox.body().get("items")) {
            if (subjectId.equals(item.path("subjectId").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> first(Http.Answer page) {
        if (page.status() != 200 || page.body().get("items").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(page.body().get("items").get(0));
    }

    /** Reads the outbox directly: the test's own check, not something a service does to another. */
    private int unpublishedOutboxRows(String hazardId) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl("hazard"), "hazard", "hazard");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + hazardId
                     + "' AND published_at IS NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
