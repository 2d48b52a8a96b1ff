package cn.hazardledger.launcher.scaleout;

import cn.hazardledger.launcher.faults.Ledger;
import cn.hazardledger.launcher.faults.Reconciler;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What deploy/scale-out prints, and its verdict. */
public final class ScaleOutReport {

    /**
     * While both were up, a hazard-service replica answering less than this share of the API requests means the load
     * was not spread (connections alternate, requests per connection vary: not an exact half).
     */
    static final double FAIR_SHARE = 0.25;

    private final ScaleOutPlan plan;
    private final Ledger ledger;
    private final Reconciler.Outcome outcome;
    private final List<JobCheck.Row> jobs;
    private final Map<String, List<Figures>> figures;
    private final Map<String, long[]> connections;
    private final List<Long> bothUp;
    private final Map<String, List<Integer>> groups;
    private final Map<String, Duration> back;

    ScaleOutReport(ScaleOutPlan plan, Ledger ledger, Reconciler.Outcome outcome, List<JobCheck.Row> jobs,
                   Map<String, List<Figures>> figures, Map<String, long[]> connections, List<Long> bothUp,
                   Map<String, List<Integer>> groups, Map<String, Duration> back) {
        this.plan = plan;
        this.ledger = ledger;
        this.outcome = outcome;
        this.jobs = List.copyOf(jobs);
        this.figures = figures;
        this.connections = connections;
        this.bothUp = List.copyOf(bothUp);
        this.groups = groups;
        this.back = back;
    }

    public boolean passed() {
        return problems().isEmpty();
    }

    public List<String> problems() {
        List<String> all = new ArrayList<>();
        outcome.findings().forEach(f -> all.add((f.doubled() ? "doubled" : "lost") + " [" + f.phase() + "]: " + f.what()));
        all.addAll(outcome.deadLetterProblems());
        all.addAll(outcome.orderProblems());
        outcome.republishedByPhase().forEach((phase, n) -> {
            if (!ScaleOut.ONE_KILLED.equals(phase)) {
                all.add(n + " outbox rows published twice during \"" + phase + "\", where no relay was killed");
            }
        });
        if (ledger.refusals() > 0) {
            all.add(ledger.refusals() + " writes were refused with a 4xx (see the log)");
        }
        if (ledger.givenUp() > 0) {
            all.add(ledger.givenUp() + " writes were given up by the client, though a replica was always up");
        }
        jobs.forEach(j -> all.addAll(j.problems()));
        all.addAll(spreadProblems());
        return all;
    }

    /** Every replica took a share: API requests on hazard-service's, events on the consumers', none dead-lettered. */
    List<String> spreadProblems() {
        List<String> problems = new ArrayList<>();
        long total = bothUp.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < bothUp.size(); i++) {
            if (bothUp.get(i) < FAIR_SHARE * total) {
                problems.add(Replicas.name(i, "hazard") + " answered " + bothUp.get(i) + " of the " + total
                        + " API requests while both replicas were up: the load was not spread");
            }
        }
        for (String consumer : List.of("task", "notify")) {
            List<Figures> f = figures.get(consumer);
            for (int i = 0; i < f.size(); i++) {
                if (f.get(i).processed() == 0) {
                    problems.add(Replicas.name(i, consumer) + " applied no event: its group did not share the partitions");
                }
            }
        }
        figures.forEach((service, list) -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).deadLettered() > 0) {
                    problems.add(Replicas.name(i, service) + " dead-lettered " + list.get(i).deadLettered() + " events");
                }
            }
        });
        return problems;
    }

    public void print(PrintStream out) {
        out.printf("%nscale-out drill (%s): %d replicas per service, topics of %d partitions, %.0f reports/s, phases of %d s%n",
                plan.name(), plan.replicas(), plan.partitions(), plan.reportsPerSecond(), plan.phase().toSeconds());
        out.printf("%n%-10s %12s %12s %15s %14s %14s %10s%n", "replica", "connections", "API requests", "events applied",
                "given again", "dead-lettered", "published");
        figures.forEach((service, list) -> {
            long[] c = connections.get(service);
            for (int i = 0; i < list.size(); i++) {
                Figures f = list.get(i);
                out.printf("%-10s %12d %12d %15d %14d %14d %10d%n", Replicas.name(i, service), c[i], f.requests(),
                        f.processed(), f.duplicates(), f.deadLettered(), f.published());
            }
        });
        out.println("(counted over each replica's lives, until each stop; \"given again\": delivered after a rebalance "
                + "and skipped as already processed; \"published\": outbox rows its relay sent)");
        out.printf("API requests while both hazard-service replicas were up (the first phase): %s%n", String.join(" / ",
                bothUp.stream().map(String::valueOf).toList()));
        groups.forEach((group, members) -> out.printf("consumer group %s: %d members holding %s partitions%n", group,
                members.size(), String.join(" + ", members.stream().map(String::valueOf).toList())));
        back.forEach((replica, d) -> out.printf("%s started again, ready in %.1f s%n", replica, d.toMillis() / 1000.0));
        out.printf("%nacknowledged writes: %d reports, %d reviews, %d later steps, %d uploads; the clients gave up on %d; "
                        + "refused %d; retries answered from the first try (Idempotent-Replayed) %d%n",
                ledger.reports().size(), ledger.reviews().size(), ledger.steps().size() - ledger.reviews().size(),
                ledger.uploads().size(), ledger.givenUp(), ledger.refusals(), ledger.replays());
        out.printf("reconciled: %d lost, %d doubled (tasks, notifications, ledger entries, events of every acknowledged write)%n",
                outcome.findings().stream().filter(f -> !f.doubled()).count(),
                outcome.findings().stream().filter(Reconciler.Finding::doubled).count());
        out.printf("events: %d outbox rows, each on its topic; published more than once: %d%s%n", outcome.outboxRows(),
                outcome.republished(), outcome.republishedByPhase().isEmpty() ? ""
                        : " (" + String.join("; ", outcome.republishedByPhase().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()) + ")");
        out.printf("%n%-62s %8s %8s %14s%n", "scheduled job (every replica, every second)", "facts", "events",
                "doubled events");
        for (JobCheck.Row j : jobs) {
            out.printf("%-62s %8d %8d %14d%n", j.job(), j.rows(), j.events(), j.doubledEvents());
        }
        out.println("(bulletins: \"events\" are the notifications telling of them)");
        List<String> problems = problems();
        problems.stream().limit(30).forEach(p -> out.println("  " + p));
        if (problems.size() > 30) {
            out.println("  ... and " + (problems.size() - 30) + " more");
        }
        out.println(problems.isEmpty()
                ? "PASSED: nothing lost, nothing doubled, each job once per period, the work spread over every replica"
                : "FAILED: " + problems.size() + " problems");
    }
}
