package cn.hazardledger.launcher.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts of what was sent and answered, and the violations grouped by kind, with a few examples of each. */
public final class FuzzReport {

    private final long seed;
    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final Map<String, Integer> perFamily = new TreeMap<>();
    private final Map<String, Integer> perStatus = new TreeMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int requests;
    private long started = System.nanoTime();
    private long elapsed;

    public FuzzReport(long seed) {
        this.seed = seed;
    }

    public void start() {
        started = System.nanoTime();
    }

    public void finish() {
        elapsed = System.nanoTime() - started;
    }

    public void record(HostileRequest r, Response response, List<Violation> found) {
        requests++;
        perOperation.merge(r.operation(), 1, Integer::sum);
        perFamily.merge(r.family(), 1, Integer::sum);
        perStatus.merge(response.failure() != null ? "no answer" : String.valueOf(response.status()), 1, Integer::sum);
        violations.addAll(found);
    }

    public void databaseChanged(List<String> differences) {
        differences.forEach(d -> violations.add(new Violation(Oracle.DATABASE_CHANGED, d, null, 0, "")));
    }

    public void note(String note) {
        notes.add(note);
    }

    /** What the run could not do as it meant to (a baseline refused, no real object found). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public int requests() {
        return requests;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Integer> perFamily() {
        return perFamily;
    }

    public double seconds() {
        return elapsed / 1e9;
    }

    /** Every violation, one block each, in the order found. */
    public String allViolations() {
        StringBuilder b = new StringBuilder();
        violations.forEach(v -> b.append(v.describe()).append("\n"));
        return b.toString();
    }

    /**
     * Every violation on one line, grouped by kind and family: kind | family | mutation | request | expected, got |
     * what was wrong and the start of the body (at most {@code max} lines).
     */
    public String compactList(int max) {
        StringBuilder b = new StringBuilder();
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(java.util.Comparator.comparing(Violation::kind)
                .thenComparing(v -> v.request() == null ? "" : v.request().family()));
        int n = 0;
        for (Violation v : sorted) {
            if (n++ == max) {
                b.append("... and ").append(sorted.size() - max).append(" more\n");
                break;
            }
            if (v.request() == null) {
                b.append(v.kind()).append(" | ").append(v.detail()).append('\n');
                continue;
            }
            String excerpt = v.excerpt().length() > 120 ? v.excerpt().substring(0, 120) + "..." : v.excerpt();
            b.append(v.kind()).append(" | ").append(v.request().family()).append(" | ").append(v.request().mutation())
                    .append(" | ").append(v.request().summary()).append(" | expected ").append(v.request().expect())
                    .append(", got ").append(v.status() == 0 ? "no answer" : v.status()).append(" | ").append(v.detail())
                    .append(excerpt.isEmpty() || v.kind().equals(Oracle.LEAK) ? "" : " | " + excerpt).append('\n');
        }
        return b.toString();
    }

    /** Violation counts by kind. */
    public Map<String, Long> kinds() {
        return violations.stream().collect(Collectors.groupingBy(Violation::kind, TreeMap::new, Collectors.counting()));
    }

    public void print(PrintStream out, int examplesPerKind) {
        out.println();
        out.printf("Hostile-input suite: %d requests in %.1f s (%.0f requests/s), seed %d%n", requests, seconds(),
                requests / Math.max(0.001, seconds()), seed);
        out.println();
        out.println("Requests per operation:");
        perOperation.forEach((k, v) -> out.printf("  %6d  %s%n", v, k));
        out.println("Requests per mutation family:");
        perFamily.forEach((k, v) -> out.printf("  %6d  %s%n", v, k));
        out.println("Statuses:");
        out.println("  " + perStatus.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", ")));
        notes.forEach(n -> out.println("Note: " + n));
        out.println();
        out.print(violationReport(examplesPerKind));
    }

    /** The violations by kind: how many, from which families, and a few examples (of different families first). */
    public String violationReport(int examplesPerKind) {
        StringBuilder b = new StringBuilder();
        if (violations.isEmpty()) {
            return b.append("No violations.\n").toString();
        }
        Map<String, List<Violation>> byKind = new TreeMap<>();
        violations.forEach(v -> byKind.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v));
        b.append(violations.size()).append(" violations of ").append(byKind.size()).append(" kinds:\n");
        for (Map.Entry<String, List<Violation>> e : byKind.entrySet()) {
            List<Violation> list = e.getValue();
            Map<String, Long> families = list.stream().collect(Collectors.groupingBy(
                    v -> v.request() == null ? "(after the run)" : v.request().family(), LinkedHashMap::new, Collectors.counting()));
            b.append("\n== ").append(e.getKey()).append(": ").append(list.size()).append('\n');
            b.append("   by family: ").append(families.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(f -> f.getKey() + " x" + f.getValue()).collect(Collectors.joining(", "))).append('\n');
            for (Violation v : examples(list, examplesPerKind)) {
                b.append("   - ").append(v.describe().replace("\n", "\n   ")).append('\n');
            }
        }
        return b.toString();
    }

    private static List<Violation> examples(List<Violation> list, int n) {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Violation v : list) {
            String key = v.request() == null ? v.detail() : v.request().family() + " " + v.request().operation();
            if (out.size() < n && seen.add(key)) {
                out.add(v);
            }
        }
        for (Violation v : list) {
            if (out.size() < n && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
