package cn.hazardledger.launcher.scaleout;

import java.time.Duration;

/**
 * How the scale-out drill runs: replicas per service, partitions per topic, the report rate, how long each phase
 * lasts, and whether one replica of each service is also killed (kill -9) after the graceful stop. {@link #full()} is
 * deploy/scale-out; {@link #quick()} runs in the test command.
 */
public record ScaleOutPlan(String name, int replicas, int partitions, double reportsPerSecond, Duration phase,
                           boolean kill) {

    /** Six partitions, as the county overlay's topics (deploy/k8s/overlays/county). */
    public static ScaleOutPlan full() {
        return new ScaleOutPlan("full", 2, 6, 10, Duration.ofSeconds(30), true);
    }

    public static ScaleOutPlan quick() {
        return new ScaleOutPlan("quick", 2, 6, 4, Duration.ofSeconds(10), false);
    }
}
