package cn.hazardledger.taskservice.deadline;

import cn.hazardledger.chassis.web.ChinaTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 督办 for tasks: raises task.deadline-approaching.v1 and task.overdue.v1 once per due date of every open task,
 * campaign task and recurring instance. Every replica runs it; {@link TaskDeadlineAlerts} makes that safe.
 */
@ApplicationScoped
public class TaskDeadlineWatch {

    @Inject
    TaskDeadlineAlerts alerts;

    @Inject
    TaskDeadlineConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${task.deadlines.every:5m}", delayed = "${task.deadlines.delayed:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        scan(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
    }

    public void scan(LocalDate today) {
        for (boolean overdue : new boolean[]{false, true}) {
            // a full batch may have left more behind; each pass raises what it found, so the loop ends
            int seen;
            do {
                seen = alerts.raise(overdue, today, config.approachingDays());
            } while (seen >= TaskDeadlineAlerts.BATCH);
        }
    }
}
