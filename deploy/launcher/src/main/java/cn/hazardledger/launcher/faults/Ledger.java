package cn.hazardledger.launcher.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the clients were told: every acknowledged write, tagged with the fault that was on at the time. */
public final class Ledger {

    static final String CONFIRM = "CONFIRM";
    static final String REJECT = "REJECT";

    public record Report(String title, String hazardId, boolean major, String phase) {
    }

    /**
     * A step on a reported hazard that the service acknowledged: {@code action} is the ledger action it appends
     * (CONFIRM, PLAN_RECTIFICATION, ...), {@code statusAfter} the status the answer gave.
     */
    public record Step(String hazardId, String action, String statusAfter, String phase) {

        boolean isReview() {
            return CONFIRM.equals(action) || REJECT.equals(action);
        }
    }

    /** An evidence upload the service acknowledged (201): not a ledger step, but kept exactly once. */
    public record Upload(String hazardId, String evidenceId, String phase) {
    }

    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final List<Step> steps = new CopyOnWriteArrayList<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final Map<String, String> inDoubt = new ConcurrentHashMap<>();
    private final List<String> sentTitles = new CopyOnWriteArrayList<>();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();

    void sent(String title) {
        sentTitles.add(title);
    }

    void reported(Report report) {
        reports.add(report);
    }

    void stepped(Step step) {
        steps.add(step);
    }

    void uploaded(Upload upload) {
        uploads.add(upload);
    }

    /**
     * The client gave up on a step of this hazard, which leads to {@code statusAfter}: it may or may not have
     * been taken, so the hazard may stand there as well as at its last acknowledged step.
     */
    void inDoubt(String hazardId, String statusAfter) {
        inDoubt.put(hazardId, statusAfter);
    }

    /** A write whose every retry failed for as long as a client keeps trying: never acknowledged, never lost. */
    void gaveUp() {
        givenUp.incrementAndGet();
    }

    /** A retry answered with the first try's stored answer: the first try had committed, its answer was lost. */
    void replayed() {
        replayed.incrementAndGet();
    }

    public int replays() {
        return replayed.get();
    }

    /** A write refused with a 4xx: a bug in the driver or the service, reported as such. */
    void refused() {
        refused.incrementAndGet();
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<Step> reviews() {
        return steps.stream().filter(Step::isReview).toList();
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Each hazard's acknowledged steps in the order they were taken (one phone walks a hazard at a time). */
    Map<String, List<Step>> stepsByHazard() {
        Map<String, List<Step>> by = new LinkedHashMap<>();
        for (Step s : steps) {
            by.computeIfAbsent(s.hazardId(), k -> new ArrayList<>()).add(s);
        }
        return by;
    }

    Map<String, String> inDoubt() {
        return Map.copyOf(inDoubt);
    }

    List<String> sentTitles() {
        return List.copyOf(sentTitles);
    }

    public int givenUp() {
        return givenUp.get();
    }

    public int refusals() {
        return refused.get();
    }
}
