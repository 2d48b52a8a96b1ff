package cn.hazardledger.launcher.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the clients were told: every acknowledged write, tagged with the fault that was on at the time. */
final class Ledger {

    record Report(String title, String hazardId, boolean major, String phase) {
    }

    record Review(String hazardId, String status, String phase) {
    }

    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final Map<String, Review> reviews = new ConcurrentHashMap<>();
    private final List<String> sentTitles = new CopyOnWriteArrayList<>();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    void sent(String title) {
        sentTitles.add(title);
    }

    void reported(Report report) {
        reports.add(report);
    }

    void reviewed(Review review) {
        reviews.put(review.hazardId(), review);
    }

    /** A write whose every retry failed for as long as a client keeps trying: never acknowledged, never lost. */
    void gaveUp() {
        givenUp.incrementAndGet();
    }

    /** A write refused with a 4xx: a bug in the driver or the service, reported as such. */
    void refused() {
        refused.incrementAndGet();
    }

    List<Report> reports() {
        return List.copyOf(reports);
    }

    Map<String, Review> reviews() {
        return Map.copyOf(reviews);
    }

    List<String> sentTitles() {
        return List.copyOf(sentTitles);
    }

    int givenUp() {
        return givenUp.get();
    }

    int refusals() {
        return refused.get();
    }
}
