package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Half-years and quarters, the period a scheduled bulletin is due for, and when: all in China time. */
class BulletinPeriodTest {

    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    @Test
    void halfYearsAndQuartersHaveTheirCalendarBoundaries() {
        assertThat(Period.ofKey("2026-H1", "period")).isEqualTo(new Period(Period.Kind.HALF_YEAR, "2026-H1",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertThat(Period.ofKey("2026-H2", "period").to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.ofKey("2024-Q1", "period").to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.ofKey("2026-Q2", "period").from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Period.ofKey("2026-Q3", "period").to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Period.ofKey("2026-Q4", "period").from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.ofKey("2026-H1", "period").words()).isEqualTo("2026年上半年");
        assertThat(Period.ofKey("2026-Q3", "period").words()).isEqualTo("2026年第三季度");
        assertThat(Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)).words())
                .isEqualTo("2026年3月1日至2026年5月31日");
    }

    @Test
    void theLastEndedPeriodIsTheOneBeforeTheOneHoldingToday() {
        assertThat(Period.lastEndedBefore(LocalDate.of(2026, 7, 1), Cadence.HALF_YEARLY).key()).isEqualTo("2026-H1");
        assertThat(Period.lastEndedBefore(LocalDate.of(2026, 6, 30), Cadence.HALF_YEARLY).key()).isEqualTo("2025-H2");
        assertThat(Period.lastEndedBefore(LocalDate.of(2027, 1, 1), Cadence.HALF_YEARLY).key()).isEqualTo("2026-H2");
        assertThat(Period.lastEndedBefore(LocalDate.of(2026, 1, 1), Cadence.QUARTERLY).key()).isEqualTo("2025-Q4");
        assertThat(Period.lastEndedBefore(LocalDate.of(2026, 4, 1), Cadence.QUARTERLY).key()).isEqualTo("2026-Q1");
        assertThat(Period.lastEndedBefore(LocalDate.of(2026, 11, 26), Cadence.QUARTERLY).key()).isEqualTo("2026-Q3");
    }

    @Test
    void aScheduledBulletinIsDueFromTheIssueTimeOnTheFirstDayAfterItsPeriodInChinaTime() {
        // 2026-07-01 07:59:59 in China is 2026-06-30T23:59:59Z: the day after H1 has begun in China, not in UTC
        assertThat(BulletinSchedule.due(Instant.parse("2026-06-30T23:59:59Z"), Cadence.HALF_YEARLY, EIGHT)).isEmpty();
        assertThat(BulletinSchedule.due(Instant.parse("2026-07-01T00:00:00Z"), Cadence.HALF_YEARLY, EIGHT))
                .map(Period::key).contains("2026-H1");
        // before the issue time on that day the previous period is the one due (long since issued)
        assertThat(BulletinSchedule.due(Instant.parse("2026-06-30T16:30:00Z"), Cadence.HALF_YEARLY, LocalTime.MIDNIGHT))
                .map(Period::key).contains("2026-H1");
        assertThat(BulletinSchedule.due(Instant.parse("2026-06-30T15:59:59Z"), Cadence.HALF_YEARLY, LocalTime.MIDNIGHT))
                .map(Period::key).contains("2025-H2");
        // quarterly: New Year's Day in China is still 31 December in UTC
        assertThat(BulletinSchedule.due(Instant.parse("2025-12-31T16:00:00Z"), Cadence.QUARTERLY, LocalTime.MIDNIGHT))
                .map(Period::key).contains("2025-Q4");
        assertThat(BulletinSchedule.due(Instant.parse("2026-11-26T12:00:00Z"), Cadence.QUARTERLY, EIGHT))
                .map(Period::key).contains("2026-Q3");
    }

    @Test
    void aBadPeriodIsRefusedNamingItsField() {
        for (String bad : new String[]{"2026-H3", "2026-Q5", "2026H1", "26-H1", "1999-H1", ""}) {
            assertThatThrownBy(() -> Period.ofKey(bad, "period")).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("period"));
        }
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)))
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 4, 30)))
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("to"));
    }

    @Test
    void onDemandANamedPeriodMustHaveEndedAndDatesMustNotPassToday() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(BulletinOrders.periodOf(new BulletinRequest(null, "2026-H1", null, null), today).key()).isEqualTo("2026-H1");
        assertThat(field(new BulletinRequest(null, "2026-H2", null, null), today)).isEqualTo("period");
        assertThat(field(new BulletinRequest(null, "2026-H1", LocalDate.of(2026, 1, 1), null), today)).isEqualTo("from");
        assertThat(field(new BulletinRequest(null, null, null, null), today)).isEqualTo("period");
        assertThat(field(new BulletinRequest(null, null, LocalDate.of(2026, 1, 1), null), today)).isEqualTo("to");
        assertThat(field(new BulletinRequest(null, null, LocalDate.of(2026, 11, 1), today.plusDays(1)), today)).isEqualTo("to");
        assertThat(BulletinOrders.periodOf(new BulletinRequest(null, null, LocalDate.of(2026, 11, 1), today), today).key())
                .isEqualTo("2026-11-01~2026-11-26");
    }

    private static String field(BulletinRequest request, LocalDate today) {
        try {
            BulletinOrders.periodOf(request, today);
            return null;
        } catch (ProblemException e) {
            return e.problem().errors().get(0).field();
        }
    }
}
