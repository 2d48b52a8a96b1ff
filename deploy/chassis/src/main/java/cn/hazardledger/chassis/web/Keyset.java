package cn.hazardledger.chassis.web;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Newest-first keyset pagination over (time, id), the same in every list: the condition a {@link Cursor} adds
 * to a query, and the cut of a page read with one row more than asked for.
 */
public final class Keyset {

    /** One page of rows and the cursor of the next page (null on the last). */
    public record Page<T>(List<T> rows, String nextCursor) {
    }

    private Keyset() {
    }

    /**
     * Appends "after the cursor" and the newest-first order to {@code query}, for a time field and an id field
     * of the entity (with its alias, e.g. {@code n.createdAt}); nothing but the order when there is no cursor.
     */
    public static void newestFirstAfter(String cursorToken, String timeField, String idField, StringBuilder query,
                                        Parameters params) {
        if (cursorToken != null && !cursorToken.isBlank()) {
            Cursor cursor = Cursor.decode(cursorToken);
            query.append(" and (").append(timeField).append(" < :at or (").append(timeField).append(" = :at and ")
                    .append(idField).append(" < :id))");
            params.and("at", cursor.at()).and("id", cursor.id());
        }
        query.append(" order by ").append(timeField).append(" desc, ").append(idField).append(" desc");
    }

    /** {@code rows} was read with {@code limit + 1}: the page is the first {@code limit}, the extra row says there is more. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Instant> time, Function<T, UUID> id) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        T last = page.get(limit - 1);
        return new Page<>(page, new Cursor(time.apply(last), id.apply(last)).encode());
    }
}
