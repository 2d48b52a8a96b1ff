package cn.hazardledger.chassis.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a consumer retries an effect that failed (README, "Dead letters"). */
@ConfigMapping(prefix = "events.retry")
public interface RetryConfig {

    /** Tries of an effect whose failure is not passing before its record is dead-lettered. */
    @WithDefault("3")
    int attempts();

    /** The first wait between tries; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.5S")
    Duration backoff();

    /** The longest wait between tries while a passing failure (the database away) is waited out. */
    @WithDefault("PT10S")
    Duration maxBackoff();
}
