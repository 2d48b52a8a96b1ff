package cn.hazardledger.taskservice.campaign.breakdown;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a cadence: when the instances of an ongoing (长期坚持) task with a cadence are due. Weeks are
 * ISO weeks (Monday to Sunday, due Sunday), the other periods calendar ones, due on their last day.
 */
public final class Periods {

    private Periods() {
    }

    /** The periods of a campaign year: those that overlap it (see {@link #between}). */
    public static List<Period> in(Cadence cadence, int year) {
        return between(cadence, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The periods that overlap {@code from}..{@code to} (both included), in order. A period that runs past
     * {@code to} is due on {@code to}: a campaign's last instance is not due after the campaign. A week that
     * starts before {@code from} is included (2023-01-01 is the Sunday of 2022-W52), so every day of the range
     * lies in exactly one period.
     */
    public static List<Period> between(Cadence cadence, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        List<Period> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Period p = containing(cadence, day);
            LocalDate due = p.end().isAfter(to) ? to : p.end();
            periods.add(new Period(cadence, p.key(), p.start(), p.end(), due));
            day = p.end().plusDays(1);
        }
        return periods;
    }

    /** The period of {@code cadence} that {@code day} lies in, due on its last day: what a daily job asks. */
    public static Period containing(Cadence cadence, LocalDate day) {
        LocalDate start;
        LocalDate end;
        String key;
        switch (cadence) {
            case DAILY -> {
                start = day;
                end = day;
                key = day.toString();
            }
            case WEEKLY -> {
                start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                end = start.plusDays(6);
                // the week-based year: 2023-01-01 is in 2022-W52, 2024-12-30 in 2025-W01
                key = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTHLY -> {
                start = day.withDayOfMonth(1);
                end = day.with(TemporalAdjusters.lastDayOfMonth());
                key = String.format("%d-M%02d", day.getYear(), day.getMonthValue());
            }
            case QUARTERLY -> {
                int quarter = (day.getMonthValue() - 1) / 3 + 1;
                start = LocalDate.of(day.getYear(), quarter * 3 - 2, 1);
                end = start.plusMonths(3).minusDays(1);
                key = day.getYear() + "-Q" + quarter;
            }
            case HALF_YEARLY -> {
                int half = day.getMonthValue() <= 6 ? 1 : 2;
                start = LocalDate.of(day.getYear(), half == 1 ? 1 : 7, 1);
                end = start.plusMonths(6).minusDays(1);
                key = day.getYear() + "-H" + half;
            }
            case YEARLY -> {
                start = LocalDate.of(day.getYear(), 1, 1);
                end = LocalDate.of(day.getYear(), 12, 31);
                key = Integer.toString(day.getYear());
            }
            default -> throw new IllegalArgumentException("unknown cadence " + cadence);
        }
        return new Period(cadence, key, start, end, end);
    }
}
