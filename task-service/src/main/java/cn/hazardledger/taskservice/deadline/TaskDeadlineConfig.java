package cn.hazardledger.taskservice.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the task deadline watch runs (README, "Decisions"). */
@ConfigMapping(prefix = "task.deadlines")
public interface TaskDeadlineConfig {

    /** Days before a due date that task.deadline-approaching.v1 is raised. */
    @WithDefault("3")
    int approachingDays();

    /** How often the watch looks (the scheduler's syntax; off to stop it). */
    @WithDefault("5m")
    String every();

    /** How long after start-up the watch first looks (a drill that needs it at once sets a few seconds). */
    @WithDefault("30s")
    String delayed();
}
