package cn.hazardledger.chassis.web;

import io.quarkus.panache.common.Parameters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetTest {

    record Row(Instant at, UUID id) {
    }

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void theExtraRowMeansAnotherPageWhoseCursorIsTheLastRowShown() {
        List<Row> read = List.of(new Row(T0.plusSeconds(3), UUID.randomUUID()), new Row(T0.plusSeconds(2), UUID.randomUUID()),
                new Row(T0.plusSeconds(1), UUID.randomUUID()));
        Keyset.Page<Row> page = Keyset.page(read, 2, Row::at, Row::id);
        assertThat(page.rows()).containsExactly(read.get(0), read.get(1));
        assertThat(Cursor.decode(page.nextCursor())).isEqualTo(new Cursor(read.get(1).at(), read.get(1).id()));
    }

    @Test
    void noExtraRowMeansTheLastPage() {
        List<Row> read = List.of(new Row(T0, UUID.randomUUID()));
        assertThat(Keyset.page(read, 2, Row::at, Row::id)).isEqualTo(new Keyset.Page<>(read, null));
    }

    @Test
    void aCursorAddsItsConditionBeforeTheOrder() {
        StringBuilder query = new StringBuilder("status = :status");
        Parameters params = Parameters.with("status", "OPEN");
        Keyset.newestFirstAfter(new Cursor(T0, UUID.randomUUID()).encode(), "n.createdAt", "n.id", query, params);
        assertThat(query.toString()).isEqualTo("status = :status and (n.createdAt < :at or (n.createdAt = :at and n.id < :id))"
                + " order by n.createdAt desc, n.id desc");
        assertThat(params.map()).containsKeys("at", "id");
        StringBuilder first = new StringBuilder("x");
        Keyset.newestFirstAfter(null, "createdAt", "id", first, Parameters.with("a", 1));
        assertThat(first.toString()).isEqualTo("x order by createdAt desc, id desc");
    }
}
