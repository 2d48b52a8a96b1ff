package cn.hazardledger.chassis.audit;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.Cursor;
import cn.hazardledger.chassis.web.ProblemException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An auditor's question to the trail, as SQL: the auditor's region scope, the filters, and newest-first keyset
 * order (the chassis {@link Cursor}). Parameters are read as the conventions say: instants in ISO-8601, the
 * outcome and method by their names, anything else refused naming the parameter.
 */
public record AuditQuery(RegionCode scope, Instant from, Instant to, String subject, String route, String method,
                         AuditRecord.Outcome outcome) {

    static final String COLUMNS = "id, at, request_id, subject, subject_name, role, region_code, client_address, "
            + "method, route, resource_ids::text, action, status, outcome, problem_type";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public static AuditQuery of(RegionCode scope, String from, String to, String subject, String route, String method,
                                String outcome) {
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        String m = blankToNull(method);
        if (m != null && !METHODS.contains(m)) {
            throw ProblemException.invalidField("method", "must be one of GET, POST, PUT, PATCH, DELETE");
        }
        return new AuditQuery(scope, start, end, text(subject, "subject"), text(route, "route"), m,
                cn.hazardledger.chassis.web.QueryParams.enumValue(AuditRecord.Outcome.class, outcome, "outcome"));
    }

    /** The statement and its parameters, in order, for at most {@code rows} rows after {@code cursor}. */
    public Sql sql(String cursor, int rows) {
        StringBuilder where = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        // records without a region (no valid token: refused before anyone was known) belong to no township;
        // a county-or-above auditor sees them, a township's would otherwise see every other township's probes
        where.append(scope.isCountyOrAbove() ? "(region_code LIKE ? OR region_code IS NULL)" : "region_code LIKE ?");
        params.add(scope.scopePrefix() + "%");
        if (from != null) {
            where.append(" AND at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND at < ?");
            params.add(Timestamp.from(to));
        }
        add(where, params, "subject", subject);
        add(where, params, "route", route);
        add(where, params, "method", method);
        add(where, params, "outcome", outcome == null ? null : outcome.name());
        if (cursor != null && !cursor.isBlank()) {
            Cursor c = Cursor.decode(cursor);
            where.append(" AND (at < ? OR (at = ? AND id < ?))");
            params.add(Timestamp.from(c.at()));
            params.add(Timestamp.from(c.at()));
            params.add(c.id());
        }
        return new Sql("SELECT " + COLUMNS + " FROM audit_record" + where + " ORDER BY at DESC, id DESC LIMIT " + rows,
                params);
    }

    public record Sql(String text, List<Object> params) {
    }

    private static void add(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static Instant instant(String value, String parameter) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            Instant at = java.time.OffsetDateTime.parse(v).toInstant();
            if (at.getEpochSecond() < 946_684_800L || at.getEpochSecond() > 253_402_300_799L) {
                throw ProblemException.invalidField(parameter, "must lie between 2000 and 9999");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be an ISO-8601 time with its offset, e.g. 2026-11-26T08:00:00+08:00");
        }
    }

    private static String text(String value, String parameter) {
        String v = blankToNull(value);
        if (v != null && (v.length() > 500 || v.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.invalidField(parameter, "must be at most 500 characters without control characters");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
