package cn.hazardledger.hazardservice.deadline;

import cn.hazardledger.chassis.web.ChinaTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 督办 starts here: raises hazard.deadline-approaching.v1 and hazard.overdue.v1 once per deadline (docs/domain.md:
 * overdue is derived, not a state). Every replica runs it; {@link DeadlineAlerts} makes that safe.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    @Inject
    DeadlineAlerts alerts;

    @Inject
    DeadlineConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${deadlines.every:5m}", delayed = "${deadlines.delayed:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        scan(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
    }

    /** Works off every alert due on {@code today}, batch by batch; answers how many it raised. */
    public int scan(LocalDate today) {
        int total = 0;
        for (DeadlineAlerts.Kind kind : DeadlineAlerts.Kind.values()) {
            int raised;
            do {
                raised = alerts.raise(kind, today, config.approachingDays(), config.batch());
                total += raised;
            } while (raised == config.batch());
        }
        if (total > 0) {
            LOG.infof("deadline watch raised %d alert(s) for %s", total, today);
        }
        return total;
    }
}
