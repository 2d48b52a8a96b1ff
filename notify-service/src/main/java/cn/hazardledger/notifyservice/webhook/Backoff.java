package cn.hazardledger.notifyservice.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again. With a factor of 2 and a jitter of 20 % each wait is longer than the one
 * before (the shortest of n+1, 1.6 × base × 2^(n−1), is longer than the longest of n, 1.2 × …) until max.
 */
public record Backoff(Duration base, double factor, Duration max, double jitter) {

    public Backoff {
        if (base.isNegative() || base.isZero() || factor < 1 || jitter < 0 || jitter >= 1 || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("webhooks.retry: base > 0, factor >= 1, 0 <= jitter < 1, max >= base");
        }
    }

    static Backoff of(WebhookConfig.Retry retry) {
        return new Backoff(retry.base(), retry.factor(), retry.max(), retry.jitter());
    }

    /**
     * The wait after the {@code failures}-th failed attempt (1 is the first).
     *
     * @param random a number in [0, 1)
     */
    public Duration after(int failures, DoubleSupplier random) {
        double millis = base.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
        double jittered = millis * (1 + jitter * (2 * random.getAsDouble() - 1));
        return Duration.ofMillis((long) Math.min(jittered, max.toMillis()));
    }
}
