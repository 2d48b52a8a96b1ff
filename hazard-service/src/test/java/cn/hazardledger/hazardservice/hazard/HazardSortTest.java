package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.ProblemException;
import io.quarkus.panache.common.Parameters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keyset of each sort: its order, the condition after a cursor, and cursors it did not issue. */
class HazardSortTest {

    static Hazard hazard(HazardLevel level, LocalDate deadline) {
        Hazard h = new Hazard();
        h.id = UUID.fromString("3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66");
        h.reportedAt = Instant.parse("2026-11-20T02:00:00Z");
        h.level = level;
        h.deadline = deadline;
        return h;
    }

    @Test
    void everySortOrdersByItsKeysThenTheIdInOneDirection() {
        assertThat(order(HazardSort.NEWEST)).endsWith(" order by reportedAt desc, id desc");
        assertThat(order(HazardSort.OLDEST)).endsWith(" order by reportedAt, id");
        assertThat(order(HazardSort.DEADLINE)).endsWith(" order by coalesce(deadline, {d '9999-12-31'}), id");
        assertThat(order(HazardSort.MAJOR_FIRST)).endsWith(" order by level desc, reportedAt desc, id desc");
    }

    @Test
    void aCursorContinuesAfterItsHazardUnderItsOwnSort() {
        Hazard last = hazard(HazardLevel.MAJOR, null);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        HazardSort.MAJOR_FIRST.appendTo(query, params, HazardSort.MAJOR_FIRST.cursorAfter(last));
        assertThat(query.toString()).contains("level <= :k0 and (level < :k0 or (level = :k0 and reportedAt < :k1) "
                + "or (level = :k0 and reportedAt = :k1 and id < :k2))");
        assertThat(params.map()).containsEntry("k0", HazardLevel.MAJOR).containsEntry("k1", last.reportedAt)
                .containsEntry("k2", last.id);

        Parameters deadline = new Parameters();
        HazardSort.DEADLINE.appendTo(new StringBuilder(), deadline, HazardSort.DEADLINE.cursorAfter(last));
        assertThat(deadline.map()).containsEntry("k0", HazardSort.NO_DEADLINE);
    }

    @Test
    void cursorsOfAnotherSortOrForgedAreRefusedNamingTheCursor() {
        String newest = HazardSort.NEWEST.cursorAfter(hazard(HazardLevel.GENERAL, LocalDate.of(2026, 12, 1)));
        for (String bad : new String[]{newest, "x", encode("NEWEST|+1000000000-01-01T00:00:00Z|3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66"),
                encode("NEWEST|2026-11-20T02:00:00Z|1-2-3-4-5"), encode("NEWEST|2026-11-20T02:00:00Z")}) {
            HazardSort sort = bad.equals(newest) ? HazardSort.DEADLINE : HazardSort.NEWEST;
            assertThatThrownBy(() -> sort.appendTo(new StringBuilder(), new Parameters(), bad))
                    .isInstanceOf(ProblemException.class).hasMessageStartingWith("cursor:");
        }
    }

    @Test
    void theSortParameterNamesEveryChoiceWhenWrong() {
        assertThat(HazardSort.of(null)).isEqualTo(HazardSort.NEWEST);
        assertThat(HazardSort.of("-level")).isEqualTo(HazardSort.MAJOR_FIRST);
        assertThatThrownBy(() -> HazardSort.of("priority")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("-reportedAt");
    }

    private static String order(HazardSort sort) {
        StringBuilder query = new StringBuilder("1 = 1");
        sort.appendTo(query, new Parameters(), null);
        return query.toString();
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
    }
}
