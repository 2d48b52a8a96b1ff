package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled issuance as two replicas would race for it: two calls at once on the same database make one bulletin
 * and one delivery per region and period; a bulletin whose sources fail is not stored and is made on a later run.
 * Each test has a county of its own.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
@WithTestResource(StandInSources.class)
class BulletinScheduleTest {

    @Inject
    BulletinSchedule schedule;

    @Inject
    BulletinService bulletins;

    @Inject
    EntityManager em;

    @AfterEach
    void sourcesAnswerAgain() {
        Sources.mode(StandInSources.Mode.OK);
    }

    @Test
    void twoSchedulersRacingIssueTheDueBulletinOnceAndDeliverItOnce() throws Exception {
        RegionCode county = RegionCode.of("500251000000");
        List<BulletinSchedule.Outcome> outcomes = together(() -> schedule.issueDue(county), () -> schedule.issueDue(county));
        assertThat(outcomes).containsExactlyInAnyOrder(BulletinSchedule.Outcome.ISSUED,
                BulletinSchedule.Outcome.ALREADY_ISSUED);
        assertThat(schedule.issueDue(county)).isEqualTo(BulletinSchedule.Outcome.ALREADY_ISSUED);
        assertThat(count("SELECT count(*) FROM bulletin WHERE region_code = '500251000000' AND origin = 'SCHEDULED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification WHERE recipient_region = '500251000000' AND recipient_role = 'LEADER' "
                + "AND kind = 'BULLETIN'")).isEqualTo(1);
    }

    @Test
    void theUniqueKeyAloneKeepsTwoDraftsOfOnePeriodFromBothBeingStored() throws Exception {
        // both drafts are made before either is stored: the check before making one cannot save the day here
        RegionCode county = RegionCode.of("500252000000");
        Period period = Period.ofKey("2026-H1", "period");
        BulletinService.Draft first = bulletins.make(county, period, Bulletin.Origin.SCHEDULED, null);
        BulletinService.Draft second = bulletins.make(county, period, Bulletin.Origin.SCHEDULED, null);
        List<Boolean> stored = together(() -> QuarkusTransaction.requiringNew().call(() -> bulletins.store(first)),
                () -> QuarkusTransaction.requiringNew().call(() -> bulletins.store(second)));
        assertThat(stored).containsExactlyInAnyOrder(true, false);
        assertThat(count("SELECT count(*) FROM bulletin WHERE region_code = '500252000000'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification WHERE recipient_region = '500252000000' AND kind = 'BULLETIN'"))
                .isEqualTo(1);
        // an on-demand bulletin of the same period is another document, ordered by a person: not held back
        BulletinService.Draft ordered = bulletins.make(county, period, Bulletin.Origin.ON_DEMAND, "leader-1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> bulletins.store(ordered))).isTrue();
    }

    @Test
    void aBulletinWhoseSourcesFailIsNotStoredAndIsIssuedOnALaterRun() {
        RegionCode county = RegionCode.of("500253000000");
        Sources.mode(StandInSources.Mode.UNAVAILABLE);
        assertThat(schedule.issueDue(county)).isEqualTo(BulletinSchedule.Outcome.SOURCES_FAILED);
        Sources.mode(StandInSources.Mode.BROKEN);
        assertThat(schedule.issueDue(county)).isEqualTo(BulletinSchedule.Outcome.SOURCES_FAILED);
        assertThat(count("SELECT count(*) FROM bulletin WHERE region_code = '500253000000'")).isZero();
        Sources.mode(StandInSources.Mode.OK);
        assertThat(schedule.issueDue(county)).isEqualTo(BulletinSchedule.Outcome.ISSUED);
        assertThat(count("SELECT count(*) FROM bulletin WHERE region_code = '500253000000'")).isEqualTo(1);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Runs both at the same moment on two threads; answers their results in order. */
    @SafeVarargs
    private static <T> List<T> together(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = java.util.Arrays.stream(calls).map(c -> pool.submit(() -> {
                start.await();
                return c.call();
            })).toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
