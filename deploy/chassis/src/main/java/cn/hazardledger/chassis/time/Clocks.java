package cn.hazardledger.chassis.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The clock every service reads the time from, injected so that a test can fix it. It ticks in microseconds,
 * what PostgreSQL keeps, so that a time answered before a write equals the time read back after it.
 */
@Singleton
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ClockConfig config) {
        return of(config.offset());
    }

    /** The system clock in UTC, shifted by {@code offset} (ClockConfig), ticking in microseconds. */
    static Clock of(Duration offset) {
        Clock system = Clock.system(ZoneOffset.UTC);
        if (!offset.isZero()) {
            // loud, once: a shifted clock in production would misdate every ledger entry it writes
            LOG.warnf("the clock is shifted by %s (hazardledger.clock.offset): for demos and drills only", shown(offset));
            system = Clock.offset(system, offset);
        }
        return Clock.tick(system, Duration.ofNanos(1_000));
    }

    /** -P20D rather than Duration's PT-480H, as an operator would have written it. */
    static String shown(Duration offset) {
        boolean wholeDays = offset.toNanos() % Duration.ofDays(1).toNanos() == 0;
        return wholeDays ? (offset.isNegative() ? "-P" : "P") + Math.abs(offset.toDays()) + "D" : offset.toString();
    }
}
