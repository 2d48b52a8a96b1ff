package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Counts public requests per client address and window in PostgreSQL, so that the limit holds across replicas (a
 * counter in memory would give each replica its own allowance). One statement counts and answers the count:
 * INSERT ... ON CONFLICT DO UPDATE SET hits = hits + 1 RETURNING hits, atomic under concurrent requests.
 * The hit commits in a transaction of its own, before the request is handled: a request that is then refused (a
 * 400, a wrong secret) still counts, or a guesser would never be limited.
 */
@ApplicationScoped
public class PublicRateLimit {

    static final String REPORT = "report";
    static final String STATUS = "status";
    static final String PHOTO = "photo";

    @Inject
    PublicRateConfig config;

    @Inject
    FieldCipher cipher;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts the hit; a client over the limit gets 429 with Retry-After (RateLimited). */
    public void hit(String endpoint, String clientAddress) {
        int limit = switch (endpoint) {
            case REPORT -> config.reports();
            case PHOTO -> config.photos();
            default -> config.statusReads();
        };
        Instant now = Instant.now(clock);
        RateWindow window = RateWindow.at(now, config.window());
        // the address is personal data: only a keyed fingerprint is stored, and only for a window or two
        String key = cipher.fingerprint("public-rate-window", clientAddress).substring(0, 43);
        int hits = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO public_rate_window (client_key, endpoint, window_start, hits) VALUES (?1, ?2, ?3, 1)
                ON CONFLICT (client_key, endpoint, window_start) DO UPDATE SET hits = public_rate_window.hits + 1
                RETURNING hits""")
                .setParameter(1, key).setParameter(2, endpoint).setParameter(3, Timestamp.from(window.start()))
                .getSingleResult()).intValue());
        if (hits > limit) {
            throw new RateLimited("at most " + limit + " " + endpoint + " requests"
                    + " per " + config.window() + " from one address; try again later", window.secondsLeft(now));
        }
    }

    private volatile TrustedProxies trustedProxies = TrustedProxies.NONE;

    /** Parsed at start-up, so that a malformed entry stops the service instead of trusting the wrong peers. */
    void parseTrustedProxies(@Observes StartupEvent start) {
        trustedProxies = TrustedProxies.of(config.trustedProxies().orElse(List.of()));
    }

    TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    @Scheduled(every = "${public-reports.rate-limit.cleanup-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteEndedWindows() {
        deleteBefore(RateWindow.at(Instant.now(clock), config.window()).start());
    }

    /** Deletes the windows that began before {@code start}; answers how many. */
    int deleteBefore(Instant start) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM public_rate_window WHERE window_start < ?1").setParameter(1, Timestamp.from(start)).executeUpdate());
    }
}
