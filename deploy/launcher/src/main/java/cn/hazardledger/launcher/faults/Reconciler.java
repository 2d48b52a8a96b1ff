package cn.hazardledger.launcher.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * After the faults, compares what the clients were told with what the system holds: every acknowledged write
 * is there once, and every ledger entry has its one event ({@link LedgerCheck}); every hazard has exactly the
 * task and the notifications its events call for; every outbox row reached its topic; the dead-letter topics
 * hold the poison records and nothing else.
 */
public final class Reconciler {

    static final String UNACKNOWLEDGED = "(never acknowledged)";

    /** One thing that is missing or there twice, charged to the fault that was on when its write was acknowledged. */
    public record Finding(String phase, boolean doubled, String what) {
    }

    /**
     * @param orderProblems       hazards whose events first reached hazard.events in another order than their entries
     * @param republishedByPhase  records sent again with a ce_id already on the topic, by the phase they were sent in
     */
    public record Outcome(List<Finding> findings, List<String> deadLetterProblems, Map<String, Integer> deadLettersByPhase,
                   int outboxRows, int republished, List<String> orderProblems, Map<String, Integer> republishedByPhase) {
    }

    private final Databases db;
    private final Topics topics;
    private final Ledger ledger;
    private final String titlePrefix;

    public Reconciler(Databases db, Topics topics, Ledger ledger, String titlePrefix) {
        this.db = db;
        this.topics = topics;
        this.ledger = ledger;
        this.titlePrefix = titlePrefix;
    }

    /** Waits until every outbox is empty and every consumer group has caught up, twice in a row. */
    public void awaitQuiet(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        int quietChecks = 0;
        while (quietChecks < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the system did not settle within " + atMost);
            }
            TimeUnit.SECONDS.sleep(3);
            boolean quiet;
            try {
                quiet = db.count("hazard", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0
                        && db.count("task", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0
                        && topics.lag("task-service.hazard-events", "hazard.events") == 0
                        && topics.lag("notify-service.hazard-events", "hazard.events") == 0
                        && topics.lag("notify-service.task-events", "task.events") == 0;
            } catch (Exception notYet) {
                quiet = false;
            }
            quietChecks = quiet ? quietChecks + 1 : 0;
        }
    }

    public Outcome reconcile(Map<String, Set<String>> expectedDeadLetters, Function<Long, String> phaseAt) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> phaseOfHazard = new HashMap<>();
        Map<String, String> phaseOfTitle = new HashMap<>();
        Map<String, Boolean> major = new HashMap<>();
        for (Ledger.Report r : ledger.reports()) {
            phaseOfHazard.put(r.hazardId(), r.phase());
            phaseOfTitle.put(r.title(), r.phase());
        }
        Map<String, String[]> hazards = new HashMap<>();
        Map<String, Integer> perTitle = new HashMap<>();
        for (String[] row : db.query("hazard", "SELECT id, title, status, level FROM hazard WHERE title LIKE ?",
                titlePrefix + "%")) {
            hazards.put(row[0], row);
            perTitle.merge(row[1], 1, Integer::sum);
            major.put(row[0], "MAJOR".equals(row[3]));
        }
        for (Ledger.Report r : ledger.reports()) {
            if (!hazards.containsKey(r.hazardId())) {
                findings.add(new Finding(r.phase(), false, "acknowledged report " + r.hazardId() + " is missing"));
            }
        }
        perTitle.forEach((title, n) -> {
            if (n > 1) {
                findings.add(new Finding(phaseOfTitle.getOrDefault(title, UNACKNOWLEDGED), true,
                        n + " hazards for the one report \"" + title + "\""));
            }
        });
        List<ConsumerRecord<byte[], byte[]>> hazardEvents = topics.readAll("hazard.events");
        List<String> orderProblems = new LedgerCheck(ledger, phaseOfHazard, findings)
                .check(hazards, LedgerCheck.Holdings.read(db, hazardEvents));
        Map<String, String[]> tasks = checkTasks(hazards, phaseOfHazard, findings);
        checkNotifications(hazards, tasks, major, phaseOfHazard, findings);
        Map<String, Integer> republishedByPhase = new java.util.TreeMap<>();
        int[] events = checkEvents(hazardEvents, findings, phaseAt, republishedByPhase);
        Map<String, Integer> deadByPhase = new HashMap<>();
        List<String> deadProblems = checkDeadLetters(expectedDeadLetters, phaseAt, deadByPhase);
        return new Outcome(findings, deadProblems, deadByPhase, events[0], events[1], orderProblems, republishedByPhase);
    }

    private Map<String, String[]> checkTasks(Map<String, String[]> hazards, Map<String, String> phaseOf,
                                             List<Finding> findings) throws Exception {
        Map<String, List<String[]>> byHazard = new HashMap<>();
        for (String[] row : db.query("task", "SELECT hazard_id, id, status FROM task WHERE kind = 'VERIFY_HAZARD'")) {
            byHazard.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        }
        Map<String, String[]> taskOf = new HashMap<>();
        for (String[] h : hazards.values()) {
            String phase = phaseOf.getOrDefault(h[0], UNACKNOWLEDGED);
            List<String[]> found = byHazard.getOrDefault(h[0], List.of());
            if (found.isEmpty()) {
                findings.add(new Finding(phase, false, "no verification task for hazard " + h[0]));
                continue;
            }
            if (found.size() > 1) {
                findings.add(new Finding(phase, true, found.size() + " verification tasks for hazard " + h[0]));
            }
            taskOf.put(h[0], found.get(0));
            // confirmed or rejected, and so anything after a confirmation too
            boolean reviewed = !"REPORTED".equals(h[2]);
            if (reviewed != "DONE".equals(found.get(0)[2])) {
                findings.add(new Finding(phase, false, "verification task of hazard " + h[0] + " is "
                        + found.get(0)[2] + " though the hazard is " + h[2]));
            }
        }
        return taskOf;
    }

    private void checkNotifications(Map<String, String[]> hazards, Map<String, String[]> tasks, Map<String, Boolean> major,
                                    Map<String, String> phaseOf, List<Finding> findings) throws Exception {
        Map<String, Integer> count = new HashMap<>();
        // only what a report, its dual report and its verification task call for: a deadline alert or a bulletin
        // about the same hazard is another fact, checked where its job is (deploy/scale-out)
        for (String[] row : db.query("notify", "SELECT subject_id, recipient_role, count(*) FROM notification "
                + "WHERE kind IN ('HAZARD_REPORTED', 'DUAL_REPORT', 'TASK_ASSIGNED') GROUP BY subject_id, recipient_role")) {
            count.put(row[0] + "/" + row[1], Integer.parseInt(row[2]));
        }
        for (String id : hazards.keySet()) {
            String phase = phaseOf.getOrDefault(id, UNACKNOWLEDGED);
            expectOne(count, id + "/TOWNSHIP", "report notification to the township of hazard " + id, phase, findings);
            if (major.get(id)) {
                expectOne(count, id + "/REGULATOR", "dual report to the county of major hazard " + id, phase, findings);
            }
            String[] task = tasks.get(id);
            if (task != null) {
                expectOne(count, task[1] + "/TOWNSHIP", "task notification of task " + task[1], phase, findings);
            }
        }
    }

    private static void expectOne(Map<String, Integer> count, String key, String what, String phase, List<Finding> findings) {
        int n = count.getOrDefault(key, 0);
        if (n == 0) {
            findings.add(new Finding(phase, false, "no " + what));
        } else if (n > 1) {
            findings.add(new Finding(phase, true, n + " of the one " + what));
        }
    }

    /** Answers {outbox rows, records published more than once}. */
    private int[] checkEvents(List<ConsumerRecord<byte[], byte[]>> hazardEvents, List<Finding> findings,
                              Function<Long, String> phaseAt, Map<String, Integer> republishedByPhase) throws Exception {
        int rows = 0;
        int republished = 0;
        for (String[] pair : new String[][] {{"hazard", "hazard.events"}, {"task", "task.events"}}) {
            Map<String, Integer> onTopic = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : pair[0].equals("hazard") ? hazardEvents : topics.readAll(pair[1])) {
                String id = Topics.header(r, "ce_id");
                if (id != null && onTopic.merge(id, 1, Integer::sum) > 1) {
                    republishedByPhase.merge(phaseAt.apply(r.timestamp()), 1, Integer::sum);
                }
            }
            for (String[] row : db.query(pair[0], "SELECT id, type FROM outbox_event")) {
                rows++;
                int n = onTopic.getOrDefault(row[0], 0);
                if (n == 0) {
                    findings.add(new Finding("events", false, row[1] + " " + row[0] + " never reached " + pair[1]));
                }
                republished += Math.max(0, n - 1);
            }
        }
        return new int[] {rows, republished};
    }

    private List<String> checkDeadLetters(Map<String, Set<String>> expected, Function<Long, String> phaseAt,
                                          Map<String, Integer> byPhase) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> dlq : expected.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (ConsumerRecord<byte[], byte[]> r : topics.readAll(dlq.getKey())) {
                String key = Topics.key(r);
                byPhase.merge(phaseAt.apply(r.timestamp()), 1, Integer::sum);
                seen.add(key);
                if (!dlq.getValue().contains(key)) {
                    problems.add(dlq.getKey() + " holds " + key + " (" + Topics.header(r, "ce_type") + "), which is no "
                            + "poison record: " + Topics.header(r, "dead-letter-reason"));
                }
            }
            for (String poison : dlq.getValue()) {
                if (!seen.contains(poison)) {
                    problems.add("poison record " + poison + " is not on " + dlq.getKey());
                }
            }
        }
        return problems;
    }
}
