package cn.hazardledger.launcher.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one operation, in microseconds, and their percentiles (nearest rank). deploy/ledger-bench uses it too. */
public final class Latencies {

    private final List<Long> micros = new ArrayList<>();
    private int errors;

    public synchronized void add(long latencyMicros) {
        micros.add(latencyMicros);
    }

    public synchronized void error() {
        errors++;
    }

    public synchronized int count() {
        return micros.size();
    }

    public synchronized int errors() {
        return errors;
    }

    /** The {@code q} quantile in milliseconds, or NaN when nothing was recorded. */
    public synchronized double millis(double q) {
        if (micros.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1000.0;
    }
}
