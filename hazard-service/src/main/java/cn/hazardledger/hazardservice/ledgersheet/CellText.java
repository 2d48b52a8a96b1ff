package cn.hazardledger.hazardservice.ledgersheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a cell's value, both ways: what the CSV writes and what the import reads from CSV and XLSX alike
 * (the XLSX reader turns a date cell into this text, see {@link XlsxSheetReader}). Dates are yyyy-MM-dd, times
 * yyyy-MM-dd HH:mm:ss, China time; the reader also takes what Chinese Excel shows when it saves a CSV
 * (2026/11/26 9:05) and a time without seconds.
 */
final class CellText {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A date with - or /, then optionally a time of H:mm or H:mm:ss. */
    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    /** What a spreadsheet would run as a formula when a text cell starts with it (CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellText() {
    }

    /** The text the CSV writes for a cell's value (see {@link SheetColumn#valueOf}); "" for null. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /**
     * Text as a CSV cell holds it safely: Excel runs a cell that starts with = + - @ as a formula, so such text
     * gets a leading apostrophe, which Excel hides and {@link #unguarded} takes off again.
     */
    static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    /** A date, or null when {@code text} is none (a time of day is refused: a deadline is a day). */
    static LocalDate date(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches() || m.group(4) != null) {
            return null;
        }
        return valid(m) ? LocalDate.of(num(m, 1), num(m, 2), num(m, 3)) : null;
    }

    /** A date and time; a date alone is its start. Null when {@code text} is neither. */
    static LocalDateTime dateTime(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches() || !valid(m)) {
            return null;
        }
        LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) {
            return day.atStartOfDay();
        }
        int hour = num(m, 4);
        int minute = num(m, 5);
        int second = m.group(6) == null ? 0 : num(m, 6);
        return hour < 24 && minute < 60 && second < 60 ? day.atTime(LocalTime.of(hour, minute, second)) : null;
    }

    /** A decimal number, or null when {@code text} is none. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean valid(Matcher m) {
        try {
            LocalDate.parse(String.format("%04d-%02d-%02d", num(m, 1), num(m, 2), num(m, 3)));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
