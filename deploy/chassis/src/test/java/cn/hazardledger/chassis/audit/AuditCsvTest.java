package cn.hazardledger.chassis.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditCsvTest {

    @Test
    void oneLineARecordQuotedWhereNeededAndNoFormulas() {
        UUID id = UUID.fromString("0b6f2a4e-3c1d-4f7a-9e2b-5d8c7a6b1e20");
        AuditRecord r = new AuditRecord(id, Instant.parse("2026-11-26T02:15:04Z"), "req-1", "=cmd|'/C calc'!A0",
                "王芳, 乡应急办", "TOWNSHIP", "500240213000", "10.0.3.17", "POST", "/hazards/{id}/closure",
                Map.of("id", "7d1e"), null, 409, AuditRecord.Outcome.REFUSED, "https://hazard-ledger.cn/problems/conflict");
        String csv = AuditCsv.of(List.of(r));
        assertThat(csv).startsWith("\uFEFF" + AuditCsv.HEADER + "\r\n");
        assertThat(csv.split("\r\n")[1]).isEqualTo("0b6f2a4e-3c1d-4f7a-9e2b-5d8c7a6b1e20,2026-11-26T02:15:04Z,req-1,"
                + "'=cmd|'/C calc'!A0,\"王芳, 乡应急办\",TOWNSHIP,500240213000,10.0.3.17,POST,/hazards/{id}/closure,"
                + "id=7d1e,,409,REFUSED,https://hazard-ledger.cn/problems/conflict");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void aRetentionUnderSixMonthsIsRefusedAtStartUp() {
        AuditRetention.check(Duration.ofDays(183));
        AuditRetention.check(Duration.ofDays(400));
        assertThatThrownBy(() -> AuditRetention.check(Duration.ofDays(182))).hasMessageContaining("P183D");
    }
}
