package cn.hazardledger.launcher.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table deploy/faults prints, and its verdict. */
public final class FaultReport {

    /** One fault: what it was, and how long the system took to carry a new report end to end afterwards. */
    record Row(String fault, Duration recovery) {
    }

    private final List<Row> rows;
    private final Reconciler.Outcome outcome;
    private final Ledger ledger;

    FaultReport(List<Row> rows, Reconciler.Outcome outcome, Ledger ledger) {
        this.rows = List.copyOf(rows);
        this.outcome = outcome;
        this.ledger = ledger;
    }

    /** Nothing acknowledged was lost, nothing doubled, the dead-letter topics hold exactly the poison. */
    public boolean passed() {
        return outcome.findings().isEmpty() && outcome.deadLetterProblems().isEmpty() && outcome.orderProblems().isEmpty()
                && ledger.refusals() == 0;
    }

    public List<String> problems() {
        List<String> all = new ArrayList<>();
        outcome.findings().forEach(f -> all.add((f.doubled() ? "doubled" : "lost") + " [" + f.phase() + "]: " + f.what()));
        all.addAll(outcome.deadLetterProblems());
        all.addAll(outcome.orderProblems());
        if (ledger.refusals() > 0) {
            all.add(ledger.refusals() + " writes were refused with a 4xx (see the log)");
        }
        return all;
    }

    public void print(PrintStream out) {
        out.printf("%n%-58s %12s %5s %7s %12s %9s%n", "fault", "acknowledged", "lost", "doubled", "dead letters",
                "recovery");
        for (Row row : rows) {
            out.printf("%-58s %12d %5d %7d %12d %9s%n", row.fault(), acknowledged(row.fault()),
                    count(row.fault(), false), count(row.fault(), true),
                    outcome.deadLettersByPhase().getOrDefault(row.fault(), 0), seconds(row.recovery()));
        }
        long otherLost = outcome.findings().stream().filter(f -> rows.stream().noneMatch(r -> r.fault().equals(f.phase()))).count();
        out.printf("%nacknowledged writes: %d reports, %d reviews, %d later steps (%s), %d uploads; the clients gave "
                        + "up on %d (never acknowledged, so not lost); refused: %d%n", ledger.reports().size(),
                ledger.reviews().size(), ledger.steps().size() - ledger.reviews().size(), laterSteps(),
                ledger.uploads().size(), ledger.givenUp(), ledger.refusals());
        out.printf("retries answered with the first try's stored answer (Idempotent-Replayed): %d%n", ledger.replays());
        out.printf("events: %d outbox rows, each on its topic; %d records published again after a crash (same ce_id: "
                + "consumed once)%n", outcome.outboxRows(), outcome.republished());
        if (!outcome.republishedByPhase().isEmpty()) {
            out.printf("  sent again during: %s%n", String.join("; ", outcome.republishedByPhase().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        if (otherLost > 0) {
            out.printf("findings outside the table's faults: %d%n", otherLost);
        }
        List<String> problems = problems();
        problems.stream().limit(30).forEach(p -> out.println("  " + p));
        if (problems.size() > 30) {
            out.println("  ... and " + (problems.size() - 30) + " more");
        }
        out.println(passed() ? "PASSED: nothing lost, nothing doubled, only poison dead-lettered"
                : "FAILED: " + problems.size() + " problems");
    }

    private long acknowledged(String phase) {
        return ledger.reports().stream().filter(r -> r.phase().equals(phase)).count()
                + ledger.steps().stream().filter(s -> s.phase().equals(phase)).count()
                + ledger.uploads().stream().filter(u -> u.phase().equals(phase)).count();
    }

    /** How many of each step after the review were acknowledged, e.g. "PLAN_RECTIFICATION 61, CLOSE 55". */
    private String laterSteps() {
        Map<String, Long> by = new LinkedHashMap<>();
        ledger.steps().stream().filter(s -> !s.isReview()).forEach(s -> by.merge(s.action(), 1L, Long::sum));
        return by.isEmpty() ? "none" : String.join(", ", by.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private long count(String phase, boolean doubled) {
        return outcome.findings().stream().filter(f -> f.phase().equals(phase) && f.doubled() == doubled).count();
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : "%.1f s".formatted(d.toMillis() / 1000.0);
    }
}
