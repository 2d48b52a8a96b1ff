package cn.hazardledger.hazardservice.publicreport;

import java.time.Duration;
import java.time.Instant;

/** Fixed-window arithmetic: which window an instant falls in, and how long until it ends (Retry-After). */
record RateWindow(Instant start, Instant end) {

    static RateWindow at(Instant now, Duration length) {
        long size = length.toMillis();
        long start = Math.floorDiv(now.toEpochMilli(), size) * size;
        return new RateWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + size));
    }

    /** Whole seconds until the window ends, at least 1: what Retry-After says. */
    long secondsLeft(Instant now) {
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
