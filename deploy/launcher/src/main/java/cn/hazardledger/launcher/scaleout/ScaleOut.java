package cn.hazardledger.launcher.scaleout;

import cn.hazardledger.launcher.Keys;
import cn.hazardledger.launcher.LocalSystem;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.Tokens;
import cn.hazardledger.launcher.demo.DemoCampaign;
import cn.hazardledger.launcher.faults.Client;
import cn.hazardledger.launcher.faults.Databases;
import cn.hazardledger.launcher.faults.Ledger;
import cn.hazardledger.launcher.faults.LoadDriver;
import cn.hazardledger.launcher.faults.Phases;
import cn.hazardledger.launcher.faults.Reconciler;
import cn.hazardledger.launcher.faults.Topics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * deploy/scale-out: two replicas of each service on their own ports, against one broker whose topics have several
 * partitions, behind a round-robin of the drill's own ({@link RoundRobin}); notify-service reads the other two through
 * theirs. The fault suite's load (reports, reviews, walks to closure) goes through both hazard-service replicas while
 * every replica runs its scheduled jobs every second. Mid-load one replica of each service is stopped as Kubernetes
 * stops a pod (SIGTERM); the full plan starts it again, then kills the other one (kill -9) and starts that again. The
 * quick plan ends the load with the stopped ones still down. Then it reconciles what
 * the clients were told with what the system holds (the fault suite's {@link Reconciler}), checks that each job acted
 * once per period ({@link JobCheck}) and that the work was spread ({@link Figures}), and prints it all.
 */
public final class ScaleOut {

    static final String TOWNSHIP = LoadDriver.Urls.TOWNSHIP;
    /** Bulletins of the county and of the township, each issued by the cadence once per period. */
    static final List<String> BULLETIN_REGIONS = List.of(LoadDriver.Urls.COUNTY, TOWNSHIP);
    static final String BOTH = "both replicas of each service";
    static final String ONE_STOPPED = "one replica of each stopped (SIGTERM)";
    static final String BACK = "the stopped replicas back";
    static final String ONE_KILLED = "the other replica of each killed (kill -9), restarted";

    private final Path repo;
    private final Path data;
    private final ScaleOutPlan plan;
    private final PrintStream out;
    private final Phases phases = new Phases();

    public ScaleOut(Path repo, Path data, ScaleOutPlan plan, PrintStream out) {
        this.repo = repo;
        this.data = data;
        this.plan = plan;
        this.out = out;
    }

    public ScaleOutReport run() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try (LocalSystem system = new LocalSystem(repo, data, Ports.free(), Map.of()).partitions(plan.partitions())) {
            out.printf("Starting PostgreSQL and a Kafka broker (topics of %d partitions) ...%n", plan.partitions());
            system.startInfrastructure();
            Replicas hazard = new Replicas(system, "hazard", plan.replicas(), Map.of(
                    "DEADLINES_EVERY", "1s", "DEADLINES_DELAYED", "1s",
                    // the walk plans 30 days ahead, so that each planned hazard is within the warning
                    "DEADLINES_APPROACHING_DAYS", "31"));
            Replicas task = new Replicas(system, "task", plan.replicas(), Map.of(
                    "TASK_DEADLINES_EVERY", "1s", "TASK_DEADLINES_DELAYED", "1s",
                    "CAMPAIGNS_INSTANCES_EVERY", "1s", "CAMPAIGNS_INSTANCES_DELAYED", "1s"));
            Replicas notify = new Replicas(system, "notify", plan.replicas(), Map.of(
                    "BULLETINS_EVERY", "1s", "BULLETINS_DELAYED", "1s",
                    "BULLETINS_REGIONS", String.join(",", BULLETIN_REGIONS),
                    "HAZARD_SERVICE_URL", hazard.url(""), "TASK_SERVICE_URL", task.url("")));
            List<Replicas> all = List.of(hazard, task, notify);
            try {
                return drill(system, all, run);
            } finally {
                // every replica at once: each finishes its requests and leaves its groups while the others do
                all.forEach(Replicas::askAllToStop);
                for (Replicas r : all) {
                    r.close();
                }
            }
        }
    }

    private ScaleOutReport drill(LocalSystem system, List<Replicas> all, String run) throws Exception {
        Replicas hazard = all.get(0);
        Replicas task = all.get(1);
        Replicas notify = all.get(2);
        out.printf("Starting %d replicas of each service ...%n", plan.replicas());
        long started = System.nanoTime();
        for (Replicas r : all) {
            r.start();
        }
        for (Replicas r : all) {
            r.awaitReady(Duration.ofSeconds(240));
        }
        out.printf("  all %d replicas ready in %.1f s%n", all.size() * plan.replicas(), seconds(System.nanoTime() - started));
        PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String campaign = DemoCampaign.publish(task.url(""), Tokens.mint(key, "TOWNSHIP", TOWNSHIP, "scale-out-clerk"),
                year, "scale-out-" + run);
        out.println("  campaign " + campaign + " published through task-service's round-robin (its recurring tasks "
                + "open their periods on every replica's schedule)");
        Ledger ledger = new Ledger();
        Databases db = new Databases(system);
        Topics topics = new Topics(system.bootstrapServers());
        LoadDriver.Urls urls = LoadDriver.Urls.of(hazard.url("/hazards"), notify.url("/inbox"), key, "scale-out");
        Map<String, Duration> back = new LinkedHashMap<>();
        List<Long> bothUp;
        try (LoadDriver driver = new LoadDriver(new Client(), urls, ledger, phases::current, run)) {
            driver.start(plan.reportsPerSecond());
            enter(BOTH);
            hold();
            // hazard-service answers nothing before the load: what it has answered now is this phase's
            bothUp = hazard.figures().stream().map(Figures::requests).toList();
            enter(ONE_STOPPED);
            for (Replicas r : all) {
                r.askToStop(1);
            }
            for (Replicas r : all) {
                r.awaitStopped(1);
                out.println("  " + r.name(1) + " stopped");
            }
            hold();
            if (plan.restart()) {
                enter(BACK);
                back.putAll(restart(all, 1));
                hold();
            }
            if (plan.kill()) {
                enter(ONE_KILLED);
                for (Replicas r : all) {
                    r.kill(0);
                    out.println("  " + r.name(0) + " killed");
                }
                back.putAll(restart(all, 0));
                hold();
            }
            enter("(after the load)");
        }
        out.println("  load stopped; waiting for the outboxes and the consumers to catch up ...");
        Reconciler reconciler = new Reconciler(db, topics, ledger, "故障演练 " + run);
        reconciler.awaitQuiet(Duration.ofSeconds(180));
        Reconciler.Outcome outcome = reconciler.reconcile(
                Map.of("task-service.dlq", Set.of(), "notify-service.dlq", Set.of()), phases::at);
        List<JobCheck.Row> jobs = new JobCheck(db, topics).check(campaign, BULLETIN_REGIONS);
        Map<String, List<Figures>> figures = new LinkedHashMap<>();
        Map<String, long[]> connections = new LinkedHashMap<>();
        for (Replicas r : all) {
            figures.put(r.service(), r.figures());
            connections.put(r.service(), r.connections());
        }
        ScaleOutReport report = new ScaleOutReport(plan, ledger, outcome, jobs, figures, connections, bothUp,
                Groups.describe(system.bootstrapServers()), back);
        report.print(out);
        return report;
    }

    /** Starts replica {@code index} of every service again; answers each one's time to ready. */
    private static Map<String, Duration> restart(List<Replicas> all, int index) throws Exception {
        for (Replicas r : all) {
            r.startAgain(index);
        }
        Map<String, Duration> ready = new LinkedHashMap<>();
        for (Replicas r : all) {
            ready.put(r.name(index), r.awaitReady(index, Duration.ofSeconds(240)));
        }
        return ready;
    }

    private void hold() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(plan.phase().toMillis());
    }

    private void enter(String name) {
        out.println("  " + name + " ...");
        phases.enter(name);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
