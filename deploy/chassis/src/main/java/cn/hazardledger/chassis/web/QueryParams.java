package cn.hazardledger.chassis.web;

import cn.hazardledger.chassis.security.RegionCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters are bound as text and parsed here. JAX-RS answers a query parameter it cannot convert
 * (limit=abc, an unknown enum, a malformed UUID) with a bare 404, as if the resource did not exist, and reads
 * a boolean it does not understand as false; a client deserves a 400 that names the parameter and what it
 * may hold.
 */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(parameter, "must be one of " + allowed);
        }
    }

    /** The page size: {@value #DEFAULT_LIMIT} when absent, otherwise a whole number from 1 to {@value #MAX_LIMIT}. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String reason = "must be a whole number from 1 to " + MAX_LIMIT;
        String digits = value.trim();
        if (!digits.matches("\\d{1,3}")) {
            throw ProblemException.invalidField("limit", reason);
        }
        int limit = Integer.parseInt(digits);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", reason);
        }
        return limit;
    }

    /** Absent or "false" is false, "true" is true; anything else ("yes", "1") is refused rather than guessed. */
    public static boolean flag(String value, String parameter) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalidField(parameter, "must be true or false");
    }

    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.trim());
            // UUID.fromString accepts short groups such as 1-2-3-4-5; only the canonical form is an id of ours
            if (id.toString().equalsIgnoreCase(value.trim())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ProblemException.invalidField(parameter, "must be a UUID such as 3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66");
    }

    /** A calendar date written yyyy-MM-dd, nothing else (no week dates, no times); null when absent. */
    public static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            // LocalDate.parse alone would take "+2026-11-26" and years of five digits
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // fall through to the problem below
        }
        throw ProblemException.invalidField(parameter, "must be a date such as 2026-11-26");
    }

    /** A 12-digit administrative division code ({@link RegionCode#problemWith} says why not); null when absent. */
    public static RegionCode region(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = RegionCode.problemWith(value.trim());
        if (problem != null) {
            throw ProblemException.invalidField(parameter, problem);
        }
        return RegionCode.of(value.trim());
    }
}
