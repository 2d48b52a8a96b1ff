package cn.hazardledger.hazardservice.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the deadline watch runs (hazard-service/README.md, "Deadlines"). */
@ConfigMapping(prefix = "deadlines")
public interface DeadlineConfig {

    /** Days before a deadline that hazard.deadline-approaching.v1 is raised (临期提醒). */
    @WithDefault("3")
    int approachingDays();

    /**
     * How often the watch looks, as the scheduler reads it (e.g. 5m; off to stop it). Deadlines are dates, so a
     * few minutes' delay is nothing; more often only costs queries.
     */
    @WithDefault("5m")
    String every();

    /** How long after start-up the watch first looks (a drill that needs it at once sets a few seconds). */
    @WithDefault("30s")
    String delayed();

    /** Hazards handled per transaction, so that a backlog after an outage is worked off in short transactions. */
    @WithDefault("200")
    int batch();
}
