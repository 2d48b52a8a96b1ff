package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.notifyservice.bulletin.source.SourceFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Issues each configured region's bulletin for the last period of the cadence, from its issue day's configured
 * time on (China time). Every replica runs it; the unique index on (region, period) of scheduled bulletins lets
 * exactly one store and deliver it. A bulletin whose sources failed is not stored, so the next run tries again;
 * a service that was down on the issue day catches up when it returns. Only the last period is made: older ones
 * missed are ordered on demand (POST /bulletins), so a new region does not get years of bulletins at once.
 */
@ApplicationScoped
public class BulletinSchedule {

    private static final Logger LOG = Logger.getLogger(BulletinSchedule.class);

    public enum Outcome {
        /** Not yet: the period's issue day and time have not come. */
        NOT_DUE,
        /** Already issued, by this replica or another. */
        ALREADY_ISSUED,
        /** Issued now, by this call. */
        ISSUED,
        /** A source failed: nothing stored, tried again on the next run. */
        SOURCES_FAILED
    }

    @Inject
    BulletinConfig config;

    @Inject
    BulletinService bulletins;

    @Inject
    BulletinStore store;

    @Inject
    Clock clock;

    @Scheduled(every = "${bulletins.every:15m}", delayed = "${bulletins.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (String region : config.regions()) {
            if (!RegionCode.isValid(region)) {
                LOG.errorf("bulletins.regions holds %s, which is no region code: skipped", region);
                continue;
            }
            try {
                issueDue(RegionCode.of(region));
            } catch (RuntimeException e) {
                // one region's failure must not keep the others' bulletins back; it is tried again next run
                LOG.errorf(e, "the scheduled bulletin of %s failed; it is tried again on the next run", region);
            }
        }
    }

    /**
     * Issues {@code region}'s due bulletin unless it is there; safe to call from any number of replicas at once. Its
     * own request context, since it runs on the scheduler's threads, not an HTTP request's.
     */
    @ActivateRequestContext
    public Outcome issueDue(RegionCode region) {
        Optional<Period> due = due(Instant.now(clock), config.cadence(), config.issueAt());
        if (due.isEmpty()) {
            return Outcome.NOT_DUE;
        }
        Period period = due.get();
        if (store.scheduledExists(region.value(), period)) {
            return Outcome.ALREADY_ISSUED;
        }
        BulletinService.Draft draft;
        try {
            draft = bulletins.make(region, period, Bulletin.Origin.SCHEDULED, null);
        } catch (SourceFailure e) {
            LOG.warnf("the bulletin of %s for %s waits: %s", region, period.key(), e.getMessage());
            return Outcome.SOURCES_FAILED;
        }
        boolean stored = QuarkusTransaction.requiringNew().call(() -> bulletins.store(draft));
        if (stored) {
            LOG.infof("bulletin %s issued: %s %s", draft.bulletin().id, region, period.key());
        }
        return stored ? Outcome.ISSUED : Outcome.ALREADY_ISSUED;
    }

    /**
     * The period whose scheduled bulletin is due at {@code now}: the last one ended before today (China date), from
     * {@code issueAt} (China time) on the day after it; empty in the hours of that day before {@code issueAt}.
     */
    static Optional<Period> due(Instant now, Cadence cadence, LocalTime issueAt) {
        ZonedDateTime china = now.atZone(ChinaTime.ZONE);
        Period period = Period.lastEndedBefore(china.toLocalDate(), cadence);
        return china.isBefore(period.issueDay().atTime(issueAt).atZone(ChinaTime.ZONE)) ? Optional.empty()
                : Optional.of(period);
    }
}
