package cn.hazardledger.chassis.audit;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.Cursor;
import cn.hazardledger.chassis.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    private static final RegionCode COUNTY = RegionCode.of("500240000000");
    private static final RegionCode TOWNSHIP = RegionCode.of("500240213000");

    @Test
    void aCountyAuditorSeesItsAreaAndTheRecordsOfNoRegion() {
        AuditQuery.Sql sql = AuditQuery.of(COUNTY, null, null, null, null, null, null).sql(null, 21);
        assertThat(sql.text()).contains("(region_code LIKE ? OR region_code IS NULL)")
                .endsWith("ORDER BY at DESC, id DESC LIMIT 21");
        assertThat(sql.params()).containsExactly("500240%");
    }

    @Test
    void aTownshipAuditorSeesOnlyItsArea() {
        AuditQuery.Sql sql = AuditQuery.of(TOWNSHIP, null, null, null, null, null, null).sql(null, 5);
        assertThat(sql.text()).contains("WHERE region_code LIKE ?").doesNotContain("IS NULL");
        assertThat(sql.params()).containsExactly("500240213%");
    }

    @Test
    void everyFilterAndTheCursorInOrder() {
        Instant at = Instant.parse("2026-11-26T01:00:00Z");
        UUID id = UUID.randomUUID();
        AuditQuery.Sql sql = AuditQuery.of(TOWNSHIP, "2026-11-01T00:00:00+08:00", "2026-12-01T00:00:00Z", "clerk-2",
                "/hazards/{id}/closure", "POST", "DENIED").sql(new Cursor(at, id).encode(), 3);
        assertThat(sql.text()).contains("at >= ?", "at < ?", "subject = ?", "route = ?", "method = ?", "outcome = ?",
                "(at < ? OR (at = ? AND id < ?))");
        assertThat(sql.params()).containsExactly("500240213%", Timestamp.from(Instant.parse("2026-10-31T16:00:00Z")),
                Timestamp.from(Instant.parse("2026-12-01T00:00:00Z")), "clerk-2", "/hazards/{id}/closure", "POST",
                "DENIED", Timestamp.from(at), Timestamp.from(at), id);
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, "yesterday", null, null, null, null, null))
                .isInstanceOf(ProblemException.class).satisfies(e -> assertThat(field(e)).isEqualTo("from"));
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", null, null, null, null))
                .satisfies(e -> assertThat(field(e)).isEqualTo("to"));
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, null, null, null, null, "TRACE", null))
                .satisfies(e -> assertThat(field(e)).isEqualTo("method"));
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, null, null, null, null, null, "denied"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("outcome"));
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, null, null, "a\u0000b", null, null, null))
                .satisfies(e -> assertThat(field(e)).isEqualTo("subject"));
        assertThatThrownBy(() -> AuditQuery.of(COUNTY, "+1000000000-01-01T00:00:00Z", null, null, null, null, null))
                .satisfies(e -> assertThat(field(e)).isEqualTo("from"));
    }

    private static String field(Throwable e) {
        return ((ProblemException) e).problem().errors().get(0).field();
    }
}
