package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods of an ongoing task with a cadence: one instance each, due on the period's last day. */
class BreakdownPeriodsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthly() {
        List<Period> periods = Periods.in(Cadence.MONTHLY, 2023);
        assertThat(periods).hasSize(12);
        assertThat(periods.get(0)).isEqualTo(new Period(Cadence.MONTHLY, "2023-M01", d("2023-01-01"), d("2023-01-31"), d("2023-01-31")));
        assertThat(periods.get(1).due()).isEqualTo(d("2023-02-28"));
        assertThat(periods.get(4).key()).isEqualTo("2023-M05");
        assertThat(periods).extracting(Period::due).allSatisfy(due -> assertThat(due.plusDays(1).getDayOfMonth()).isEqualTo(1));
    }

    @Test
    void februaryOfALeapYear() {
        assertThat(Periods.in(Cadence.MONTHLY, 2024).get(1).due()).isEqualTo(d("2024-02-29"));
        assertThat(Periods.in(Cadence.DAILY, 2024)).hasSize(366);
        assertThat(Periods.in(Cadence.DAILY, 2023)).hasSize(365);
        assertThat(Periods.in(Cadence.QUARTERLY, 2024).get(0).start()).isEqualTo(d("2024-01-01"));
        assertThat(Periods.containing(Cadence.DAILY, d("2024-02-29")).key()).isEqualTo("2024-02-29");
    }

    @Test
    void quarterly() {
        assertThat(Periods.in(Cadence.QUARTERLY, 2023)).extracting(Period::key).containsExactly("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
        assertThat(Periods.in(Cadence.QUARTERLY, 2023)).extracting(Period::due)
                .containsExactly(d("2023-03-31"), d("2023-06-30"), d("2023-09-30"), d("2023-12-31"));
    }

    @Test
    void halfYearly() {
        assertThat(Periods.in(Cadence.HALF_YEARLY, 2023)).extracting(Period::key).containsExactly("2023-H1", "2023-H2");
        assertThat(Periods.in(Cadence.HALF_YEARLY, 2023)).extracting(Period::due).containsExactly(d("2023-06-30"), d("2023-12-31"));
    }

    @Test
    void yearly() {
        assertThat(Periods.in(Cadence.YEARLY, 2023)).containsExactly(
                new Period(Cadence.YEARLY, "2023", d("2023-01-01"), d("2023-12-31"), d("2023-12-31")));
    }

    @Test
    void weeklyAreIsoWeeksDueSunday() {
        List<Period> periods = Periods.in(Cadence.WEEKLY, 2023);
        // 2023-01-01 is the Sunday of 2022-W52, so the year's first day has its week too
        assertThat(periods).hasSize(53);
        assertThat(periods.get(0)).isEqualTo(new Period(Cadence.WEEKLY, "2022-W52", d("2022-12-26"), d("2023-01-01"), d("2023-01-01")));
        assertThat(periods.get(1).key()).isEqualTo("2023-W01");
        assertThat(periods.get(52)).isEqualTo(new Period(Cadence.WEEKLY, "2023-W52", d("2023-12-25"), d("2023-12-31"), d("2023-12-31")));
        assertThat(periods).extracting(Period::due).allSatisfy(due -> assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(Periods.containing(Cadence.WEEKLY, d("2023-05-10")).key()).isEqualTo("2023-W19");
        assertThat(Periods.containing(Cadence.WEEKLY, d("2023-05-10")).due()).isEqualTo(d("2023-05-14"));
    }

    @Test
    void aWeekRunningPastTheYearIsDueOnItsLastDay() {
        List<Period> periods = Periods.in(Cadence.WEEKLY, 2024);
        Period last = periods.get(periods.size() - 1);
        assertThat(last.key()).isEqualTo("2025-W01");   // 2024-12-30 (Monday) starts ISO week 1 of 2025
        assertThat(last.end()).isEqualTo(d("2025-01-05"));
        assertThat(last.due()).isEqualTo(d("2024-12-31"));
    }

    @Test
    void daily() {
        List<Period> periods = Periods.in(Cadence.DAILY, 2023);
        assertThat(periods.get(133)).isEqualTo(new Period(Cadence.DAILY, "2023-05-14", d("2023-05-14"), d("2023-05-14"), d("2023-05-14")));
    }

    @Test
    void keysAreUniqueSoEachInstanceIsCreatedOnce() {
        for (Cadence c : Cadence.values()) {
            List<Period> periods = Periods.between(c, d("2023-01-01"), d("2025-12-31"));
            assertThat(new HashSet<>(periods.stream().map(Period::key).toList())).as(c.name()).hasSize(periods.size());
            // every day of the range lies in exactly one period, in order
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
            }
        }
    }

    @Test
    void aCampaignsDateRange() {
        // 三星乡's campaign ran from May to the end of November
        List<Period> monthly = Periods.between(Cadence.MONTHLY, d("2023-05-10"), d("2023-11-15"));
        assertThat(monthly).extracting(Period::key)
                .containsExactly("2023-M05", "2023-M06", "2023-M07", "2023-M08", "2023-M09", "2023-M10", "2023-M11");
        assertThat(monthly.get(0).due()).isEqualTo(d("2023-05-31"));
        assertThat(monthly.get(6).due()).isEqualTo(d("2023-11-15"));  // not after the campaign
        assertThat(Periods.between(Cadence.QUARTERLY, d("2023-05-10"), d("2023-11-15"))).extracting(Period::key)
                .containsExactly("2023-Q2", "2023-Q3", "2023-Q4");
        assertThat(Periods.between(Cadence.YEARLY, d("2023-05-10"), d("2024-03-01"))).extracting(Period::due)
                .containsExactly(d("2023-12-31"), d("2024-03-01"));
        assertThatThrownBy(() -> Periods.between(Cadence.DAILY, d("2023-05-10"), d("2023-05-09"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePeriodOfADayForAScheduledJob() {
        assertThat(Periods.containing(Cadence.MONTHLY, d("2023-05-14")).key()).isEqualTo("2023-M05");
        assertThat(Periods.containing(Cadence.QUARTERLY, d("2023-05-14")).key()).isEqualTo("2023-Q2");
        assertThat(Periods.containing(Cadence.HALF_YEARLY, d("2023-05-14")).key()).isEqualTo("2023-H1");
        assertThat(Periods.containing(Cadence.HALF_YEARLY, d("2023-07-01")).key()).isEqualTo("2023-H2");
        assertThat(Periods.containing(Cadence.YEARLY, d("2023-05-14")).key()).isEqualTo("2023");
        assertThat(Periods.containing(Cadence.WEEKLY, d("2023-05-14")).key()).isEqualTo("2023-W19");
        assertThat(Periods.containing(Cadence.DAILY, d("2023-05-14")).key()).isEqualTo("2023-05-14");
    }
}
