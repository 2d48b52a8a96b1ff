package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.ProblemException;
import io.quarkus.panache.common.Parameters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The orders GET /hazards offers, each a keyset over its own keys ending in the id, all in one direction so
 * that "after the cursor" is one row comparison and a page never skips or repeats a hazard while others are
 * written. A hazard without a deadline sorts after every deadline: its key reads 9999-12-31.
 */
public enum HazardSort {

    NEWEST("-reportedAt", true, Key.REPORTED),
    OLDEST("reportedAt", false, Key.REPORTED),
    DEADLINE("deadline", false, Key.DEADLINE),
    DEADLINE_LAST("-deadline", true, Key.DEADLINE),
    MAJOR_FIRST("-level", true, Key.LEVEL, Key.REPORTED),
    GENERAL_FIRST("level", false, Key.LEVEL, Key.REPORTED);

    /** Stands for "no deadline" inside the deadline key, in the index and in cursors (V8). */
    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    enum Key {
        REPORTED("reportedAt"),
        DEADLINE("coalesce(deadline, {d '9999-12-31'})"),
        LEVEL("level");

        final String expression;

        Key(String expression) {
            this.expression = expression;
        }

        Object of(Hazard h) {
            return switch (this) {
                case REPORTED -> h.reportedAt;
                case DEADLINE -> h.deadline == null ? NO_DEADLINE : h.deadline;
                case LEVEL -> h.level;
            };
        }

        /** The key of a row of {@link #IN_MEMORY_COLUMNS}; a level compares by its name, as the column does. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparable ofRow(Object[] row) {
            return switch (this) {
                case REPORTED -> (Instant) row[1];
                case DEADLINE -> row[2] == null ? NO_DEADLINE : (LocalDate) row[2];
                case LEVEL -> ((HazardLevel) row[3]).name();
            };
        }

        Object parse(String text) {
            Object value = switch (this) {
                case REPORTED -> Instant.parse(text);
                case DEADLINE -> LocalDate.parse(text);
                case LEVEL -> HazardLevel.valueOf(text);
            };
            // PostgreSQL refuses years it cannot store with an error, not an empty page: only what we wrote passes
            int year = value instanceof Instant at ? at.atZone(java.time.ZoneOffset.UTC).getYear()
                    : value instanceof LocalDate date ? date.getYear() : 2000;
            if (year < 2000 || year > 9999) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }
    }

    private final String parameter;
    private final boolean descending;
    private final List<Key> keys;

    HazardSort(String parameter, boolean descending, Key... keys) {
        this.parameter = parameter;
        this.descending = descending;
        this.keys = List.of(keys);
    }

    public String parameter() {
        return parameter;
    }

    public static HazardSort of(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "))));
    }

    /** Appends "after the cursor" (when there is one) and the order to a query over {@code Hazard}. */
    public void appendTo(StringBuilder query, Parameters params, String cursor) {
        appendAfter(query, params, cursor);
        String direction = descending ? " desc" : "";
        query.append(" order by ").append(keys.stream().map(k -> k.expression + direction).collect(Collectors.joining(", ")))
                .append(", id").append(direction);
    }

    /** Only "after the cursor": for a read that orders its rows itself ({@link #inMemory()}). */
    public void appendAfter(StringBuilder query, Parameters params, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return;
        }
        List<Object> after = decode(cursor);
        String cmp = descending ? " < " : " > ";
        // the leading key's bound alone lets the index range start at the cursor
        query.append(" and ").append(keys.get(0).expression).append(descending ? " <= " : " >= ").append(":k0");
        query.append(" and (");
        for (int i = 0; i <= keys.size(); i++) {
            String expression = i < keys.size() ? keys.get(i).expression : "id";
            if (i > 0) {
                query.append(" or (");
                for (int j = 0; j < i; j++) {
                    query.append(keys.get(j).expression).append(" = :k").append(j).append(" and ");
                }
            }
            query.append(expression).append(cmp).append(":k").append(i);
            if (i > 0) {
                query.append(")");
            }
        }
        query.append(")");
        for (int i = 0; i < after.size(); i++) {
            params.and("k" + i, after.get(i));
        }
    }

    /** What a row of {@link #IN_MEMORY_COLUMNS} is ordered by, exactly as PostgreSQL orders the same keys. */
    public Comparator<Object[]> inMemory() {
        Comparator<Object[]> order = null;
        for (Key key : keys) {
            @SuppressWarnings("unchecked")
            Comparator<Object[]> next = (a, b) -> key.ofRow(a).compareTo(key.ofRow(b));
            order = order == null ? next : order.thenComparing(next);
        }
        // PostgreSQL compares uuids byte by byte, unsigned; their lower-case text sorts the same way
        Comparator<Object[]> byId = Comparator.comparing(row -> row[0].toString());
        order = order == null ? byId : order.thenComparing(byId);
        return descending ? order.reversed() : order;
    }

    /** The columns {@link #inMemory()} reads: the id and every sort key. */
    public static final String IN_MEMORY_COLUMNS = "id, reportedAt, deadline, level";

    /** The cursor that continues after {@code last}: its sort, its keys and its id. */
    public String cursorAfter(Hazard last) {
        return encode(keys.stream().map(k -> k.of(last)).toList(), last.id);
    }

    /** The same for a row of {@link #IN_MEMORY_COLUMNS}. */
    public String cursorAfter(Object[] row) {
        return encode(keys.stream().map(k -> (Object) k.ofRow(row)).toList(), (UUID) row[0]);
    }

    private String encode(List<Object> values, UUID id) {
        StringBuilder raw = new StringBuilder(name());
        values.forEach(v -> raw.append('|').append(v));
        raw.append('|').append(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Object> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != keys.size() + 2 || !parts[0].equals(name())) {
                throw notOurs();
            }
            Object[] values = new Object[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                values[i] = keys.get(i).parse(parts[i + 1]);
            }
            UUID id = UUID.fromString(parts[parts.length - 1]);
            if (!id.toString().equals(parts[parts.length - 1])) {
                throw notOurs();
            }
            values[keys.size()] = id;
            return Arrays.asList(values);
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    private static ProblemException notOurs() {
        return ProblemException.invalidField("cursor", "not a cursor this service issued for this sort");
    }
}
