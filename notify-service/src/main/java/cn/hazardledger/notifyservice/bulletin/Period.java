package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.web.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The China dates a bulletin covers, first and last day inclusive, as GET /statistics reads them: a half-year
 * ({@code 2026-H1}), a quarter ({@code 2026-Q3}) or any days asked for on demand.
 */
public record Period(Kind kind, String key, LocalDate from, LocalDate to) {

    public enum Kind {
        HALF_YEAR,
        QUARTER,
        CUSTOM
    }

    private static final Pattern KEY = Pattern.compile("(\\d{4})-(H[12]|Q[1-4])");
    /** As GET /statistics: no hazard was reported before the ledger existed. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A bulletin is a report on a stretch of months; a decade in one document is a typo, not a question. */
    static final long MAX_DAYS = 366 * 5;

    /** {@code 2026-H1}, {@code 2026-Q3}; a 400 naming {@code field} for anything else. */
    public static Period ofKey(String key, String field) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.invalidField(field, "must be a half-year such as 2026-H1 or a quarter such as 2026-Q3");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < EARLIEST.getYear()) {
            throw ProblemException.invalidField(field, "must be of " + EARLIEST.getYear() + " or later");
        }
        String part = m.group(2);
        int index = part.charAt(1) - '0';
        if (part.charAt(0) == 'H') {
            LocalDate from = LocalDate.of(year, index == 1 ? 1 : 7, 1);
            return new Period(Kind.HALF_YEAR, year + "-" + part, from, from.plusMonths(6).minusDays(1));
        }
        LocalDate from = LocalDate.of(year, (index - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, year + "-" + part, from, from.plusMonths(3).minusDays(1));
    }

    /** Any days, first and last inclusive; each refusal is a 400 naming {@code from} or {@code to}. */
    public static Period custom(LocalDate from, LocalDate to) {
        if (from.isBefore(EARLIEST)) {
            throw ProblemException.invalidField("from", "must be " + EARLIEST + " or later");
        }
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "a bulletin covers at most " + MAX_DAYS + " days");
        }
        return new Period(Kind.CUSTOM, from + "~" + to, from, to);
    }

    /** The period of {@code cadence} that holds {@code day}. */
    public static Period holding(LocalDate day, Cadence cadence) {
        int year = day.getYear();
        return cadence == Cadence.HALF_YEARLY
                ? ofKey(year + "-H" + (day.getMonthValue() <= 6 ? 1 : 2), "period")
                : ofKey(year + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), "period");
    }

    /** The last period of {@code cadence} that had ended before {@code today}: the one a scheduled bulletin is due for. */
    public static Period lastEndedBefore(LocalDate today, Cadence cadence) {
        return holding(holding(today, cadence).from().minusDays(1), cadence);
    }

    /** The day its scheduled bulletin is issued: the first day after it. */
    public LocalDate issueDay() {
        return to.plusDays(1);
    }

    /** As a leader reads it: 2026年上半年, 2026年第三季度, 2026年3月1日至2026年5月31日. */
    public String words() {
        return switch (kind) {
            case HALF_YEAR -> from.getYear() + "年" + (from.getMonthValue() == 1 ? "上半年" : "下半年");
            case QUARTER -> from.getYear() + "年第" + "一二三四".charAt((from.getMonthValue() - 1) / 3) + "季度";
            case CUSTOM -> day(from) + "至" + day(to);
        };
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
