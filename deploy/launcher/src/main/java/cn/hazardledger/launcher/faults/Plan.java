package cn.hazardledger.launcher.faults;

import java.time.Duration;
import java.util.List;

/**
 * How hard the fault suite pushes: the report rate, the steady time between faults, how long the broker and
 * the database stay away, and which services are killed. {@link #full()} is deploy/faults; {@link #quick()}
 * runs in the test command.
 */
public record Plan(String name, double reportsPerSecond, Duration steady, Duration brokerDown, Duration databaseDown,
                   List<String> servicesKilled) {

    /** The database stays away longer than any in-place retry of a consumer ever lasted (about 7 s before). */
    public static Plan full() {
        return new Plan("full", 20, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(35),
                List.of("hazard", "task", "notify"));
    }

    public static Plan quick() {
        return new Plan("quick", 5, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(10),
                List.of("hazard", "notify"));
    }
}
