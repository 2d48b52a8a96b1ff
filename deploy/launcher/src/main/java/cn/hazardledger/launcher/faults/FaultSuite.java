package cn.hazardledger.launcher.faults;

import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.LocalSystem;
import cn.hazardledger.launcher.Ports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * deploy/faults: starts the system as deploy/run does, drives a steady load of reports, reviews and walks of
 * confirmed hazards on to closure (plan, photo, submission, closure: {@link Walk}), and while it runs kills the
 * broker, stops and kills PostgreSQL, kills each service, puts poison on the consumed topics and delivers an
 * event twice, one fault after another. Then it reconciles what the clients were told
 * with what the system holds ({@link Reconciler}) and prints the table ({@link FaultReport}).
 */
public final class FaultSuite {


    /** A fault: what it does to the system, returning once the broken part has been started again. */
    private interface Fault {
        void inflict() throws Exception;
    }

    private final Path repo;
    private final Path data;
    private final Plan plan;
    private final PrintStream out;
    private final Phases phases = new Phases();

    public FaultSuite(Path repo, Path data, Plan plan, PrintStream out) {
        this.repo = repo;
        this.data = data;
        this.plan = plan;
        this.out = out;
    }

    public FaultReport run() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try (LocalSystem system = new LocalSystem(repo, data, Ports.free(), Map.of())) {
            out.println("Starting the system for the fault suite (" + plan.name() + ") ...");
            system.startInfrastructure();
            system.startServices(Duration.ofSeconds(180));
            PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
            Ledger ledger = new Ledger();
            Databases db = new Databases(system);
            Topics topics = new Topics(system.bootstrapServers());
            LoadDriver.Urls urls = LoadDriver.Urls.of(system.service("hazard").url("/hazards"),
                    system.service("notify").url("/inbox"), key, "faults");
            Set<String> hazardPoison = new HashSet<>();
            Set<String> taskPoison = new HashSet<>();
            List<FaultReport.Row> rows = new ArrayList<>();
            try (LoadDriver driver = new LoadDriver(new Client(), urls, ledger, phases::current, run)) {
                driver.start(plan.reportsPerSecond());
                for (Map.Entry<String, Fault> fault : faults(system, topics, hazardPoison, taskPoison).entrySet()) {
                    enter(fault.getKey());
                    out.println("  " + fault.getKey() + " ...");
                    fault.getValue().inflict();
                    Instant ended = Instant.now();
                    Duration recovery = recovery(driver, db, ended);
                    rows.add(new FaultReport.Row(fault.getKey(), recovery));
                    out.printf("    back end to end %.1f s after the fault ended%n", recovery.toMillis() / 1000.0);
                    TimeUnit.MILLISECONDS.sleep(plan.steady().toMillis());
                }
                enter("(after the faults)");
            }
            out.println("  load stopped; waiting for the outboxes and the consumers to catch up ...");
            Reconciler reconciler = new Reconciler(db, topics, ledger, "故障演练 " + run);
            reconciler.awaitQuiet(Duration.ofSeconds(180));
            Set<String> notifyPoison = new HashSet<>(hazardPoison);
            notifyPoison.addAll(taskPoison);
            Map<String, Set<String>> expected = Map.of("task-service.dlq", hazardPoison, "notify-service.dlq", notifyPoison);
            FaultReport report = new FaultReport(rows, reconciler.reconcile(expected, phases::at), ledger);
            report.print(out);
            return report;
        }
    }

    private Map<String, Fault> faults(LocalSystem system, Topics topics, Set<String> hazardPoison, Set<String> taskPoison) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        faults.put("none (steady load)", () -> TimeUnit.MILLISECONDS.sleep(plan.steady().toMillis()));
        faults.put("Kafka broker killed (kill -9), back after " + plan.brokerDown().toSeconds() + " s", () -> {
            system.killBroker();
            TimeUnit.MILLISECONDS.sleep(plan.brokerDown().toMillis());
            system.startBroker();
        });
        faults.put("PostgreSQL stopped, back after " + plan.databaseDown().toSeconds() + " s", () -> {
            system.stopDatabase();
            TimeUnit.MILLISECONDS.sleep(plan.databaseDown().toMillis());
            system.startDatabase();
        });
        faults.put("PostgreSQL killed (kill -9), restarted", () -> {
            system.killDatabase();
            TimeUnit.SECONDS.sleep(2);
            system.startDatabase();
        });
        for (String service : plan.servicesKilled()) {
            faults.put(service + "-service killed (kill -9) mid-flight, restarted", () -> {
                system.killService(service);
                system.startService(service, Duration.ofSeconds(180));
            });
        }
        faults.put("a poison record on hazard.events and on task.events", () -> {
            hazardPoison.add(poison(topics, "hazard.events", "hazard.reported.v1"));
            taskPoison.add(poison(topics, "task.events", "task.created.v1"));
        });
        faults.put("the same event delivered twice (both topics)", () -> {
            redeliver(topics, "hazard.events", "hazard.reported.v1");
            redeliver(topics, "task.events", "task.created.v1");
        });
        return faults;
    }

    /** From the fault's end until a new report has reached the township's inbox. */
    private Duration recovery(LoadDriver driver, Databases db, Instant ended) throws Exception {
        String probe = driver.reportOne();
        if (probe == null) {
            throw new IllegalStateException("the system did not take a report within " + LoadDriver.GIVE_UP_AFTER);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (db.count("notify", "SELECT count(*) FROM notification WHERE subject_id = ?", probe) > 0) {
                    return Duration.between(ended, Instant.now());
                }
            } catch (java.sql.SQLException notBackYet) {
                // the database may still be starting
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("report " + probe + " did not reach the inbox within 180 s");
    }

    private static String poison(Topics topics, String topic, String type) throws Exception {
        String key = "poison-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/faults".getBytes(StandardCharsets.UTF_8));
        topics.send(topic, key.getBytes(StandardCharsets.UTF_8), headers, "<xml>不是JSON</xml>".getBytes(StandardCharsets.UTF_8));
        return key;
    }

    private static void redeliver(Topics topics, String topic, String type) throws Exception {
        ConsumerRecord<byte[], byte[]> original = topics.readAll(topic).stream()
                .filter(r -> type.equals(Topics.header(r, "ce_type"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " on " + topic + " to deliver again"));
        topics.send(topic, original.key(), original.headers(), original.value());
    }

    private void enter(String name) {
        phases.enter(name);
    }
}
