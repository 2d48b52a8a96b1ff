package cn.hazardledger.launcher.scaleout;

import java.time.Duration;

/**
 * How the scale-out drill runs: replicas per service, partitions per topic, the report rate, how long each phase
 * lasts, whether the stopped replicas are started again, and whether the other replica of each service is then killed
 * (kill -9) and started again. {@link #full()} is deploy/scale-out; {@link #quick()} runs in the test command, where
 * the load ends with one replica of each service stopped.
 */
public record ScaleOutPlan(String name, int replicas, int partitions, double reportsPerSecond, Duration phase,
                           boolean restart, boolean kill) {

    /** Six partitions, as the county overlay's topics (deploy/k8s/overlays/county). */
    public static ScaleOutPlan full() {
        return new ScaleOutPlan("full", 2, 6, 10, Duration.ofSeconds(30), true, true);
    }

    public static ScaleOutPlan quick() {
        return new ScaleOutPlan("quick", 2, 6, 4, Duration.ofSeconds(8), false, false);
    }
}
