package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three packaged services as separate processes against one PostgreSQL and one standalone broker,
 * exactly as deploy/run starts them: the walk from a report to the township's inbox, and the outbox riding
 * out a broker outage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemWalkIT {

    private static final Logger LOG = Logger.getLogger(SystemWalkIT.class.getName());
    private static final String TOWNSHIP = "500240213000";
    private static final String VILLAGE = "500240213001";

    private LocalSystem system;
    private PrivateKey key;
    private Path data;

    @BeforeAll
    void start() throws Exception {
        Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("hazard-ledger-e2e");
        system = new LocalSystem(repo, data, Ports.free(), Map.of());
        system.startInfrastructure();
        Map<String, Duration> startup = system.startServices(Duration.ofSeconds(180));
        key = Keys.loadPrivate(data.resolve("keys"));
        startup.forEach((name, took) -> LOG.info(() -> "%s ready in %d ms".formatted(name, took.toMillis())));
    }

    @AfterAll
    void stop() throws IOException {
        if (system != null) {
            system.close();
        }
        // each run initdb's a fresh 70 MB cluster: leave none behind in /tmp
        Scratch.delete(data);
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
