package cn.hazardledger.launcher.demo;

import cn.hazardledger.launcher.LocalSystem;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * deploy/run's {@link DemoData.Days}: hazard-service refuses, by design, a plan whose deadline has passed, so a demo
 * hazard cannot be made overdue through the API today. It can be made overdue honestly: planned twenty days ago
 * with a seven-day deadline. For each earlier day of the story hazard-service runs with its clock set back
 * (hazardledger.clock.offset, chassis ClockConfig); it ends restarted without an offset, at the real time. Only
 * hazard-service moves: task- and notify-service stamp what they consume when they consume it.
 */
public final class HistoryClock implements DemoData.Days {

    private static final Logger LOG = Logger.getLogger(HistoryClock.class.getName());
    static final String OFFSET_VARIABLE = "HAZARDLEDGER_CLOCK_OFFSET";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final LocalSystem system;
    private int day;

    /** {@code startedAt}: the day hazard-service was started at ({@link #environment}). */
    public HistoryClock(LocalSystem system, int startedAt) {
        this.system = system;
        this.day = startedAt;
    }

    /** hazard-service's environment for {@code day}: nothing for today, the offset back to it for an earlier day. */
    public static Map<String, String> environment(int day) {
        return day == 0 ? Map.of() : Map.of(OFFSET_VARIABLE, offset(day));
    }

    /** ISO-8601, as the chassis reads it: -P20D for day -20. */
    static String offset(int day) {
        return (day < 0 ? "-P" : "P") + Math.abs(day) + "D";
    }

    @Override
    public String at(int target) throws IOException, InterruptedException {
        if (target != day) {
            Duration ready = system.restartService("hazard", environment(target), READY_WITHIN);
            LOG.info("hazard-service restarted at day %d (%s) in %.1f s".formatted(target,
                    target == 0 ? "real time" : "clock offset " + offset(target), ready.toMillis() / 1000.0));
            day = target;
        }
        return system.service("hazard").url("");
    }
}
