package cn.hazardledger.chassis.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes audit records older than the retention ({@link AuditConfig#retention()}), never younger than the
 * floor: the table's trigger refuses that too (V13 / V10 / V8 {@code audit_record}), so a misconfigured replica
 * cannot shorten the trail. Every replica runs the job; a transaction-scoped advisory lock lets one delete per
 * pass and the others skip (the delete is idempotent anyway, the lock only spares the duplicate work).
 */
@ApplicationScoped
public class AuditRetention {

    /** 等保 2.0 level 3: logs are kept six months at least (183 days covers any six calendar months). */
    public static final Duration FLOOR = Duration.ofDays(183);
    private static final Logger LOG = Logger.getLogger(AuditRetention.class);
    private static final long LOCK = 0x6175646974L; // "audit"

    @Inject
    AuditConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Refuses to start with a retention under the floor rather than keep a trail shorter than the law asks. */
    void check(@Observes StartupEvent start) {
        check(config.retention());
    }

    static void check(Duration retention) {
        if (retention.compareTo(FLOOR) < 0) {
            throw new IllegalStateException("hazardledger.audit.retention=" + retention + " is shorter than "
                    + FLOOR.toDays() + " days (P183D): 等保 2.0 level 3 keeps audit logs six months at least");
        }
    }

    @Scheduled(every = "${hazardledger.audit.purge-every:1h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes the records past the retention, unless another replica is doing it; how many it deleted. */
    @Transactional
    public int purge() {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Instant before = clock.instant().minus(config.retention());
        int deleted = em.createNativeQuery("DELETE FROM audit_record WHERE at < ?1")
                .setParameter(1, java.sql.Timestamp.from(before)).executeUpdate();
        if (deleted > 0) {
            LOG.infof("audit trail: %d records older than %s deleted (retention %s)", deleted, before, config.retention());
        }
        return deleted;
    }
}
