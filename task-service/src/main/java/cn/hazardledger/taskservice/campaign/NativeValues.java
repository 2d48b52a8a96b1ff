package cn.hazardledger.taskservice.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and times as native queries answer them: the JDBC driver and Hibernate hand back java.sql types or
 * java.time ones depending on the column and version, and the watches read both.
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
