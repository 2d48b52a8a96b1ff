package cn.hazardledger.chassis.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The clock every service reads the time from, injected so that a test can fix it. It ticks in microseconds,
 * what PostgreSQL keeps, so that a time answered before a write equals the time read back after it.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.system(ZoneOffset.UTC), Duration.ofNanos(1_000));
    }
}
