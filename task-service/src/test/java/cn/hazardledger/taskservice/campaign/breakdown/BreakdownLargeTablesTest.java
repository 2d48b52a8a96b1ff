package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** 10,000-row tables import whole and correctly (how fast: {@link BreakdownImportBenchmark}, run by hand). */
class BreakdownLargeTablesTest {

    private final Breakdown breakdown = LargeTables.breakdown();

    @Test
    void aTenThousandRowXlsxWithMergedCells() {
        byte[] xlsx = LargeTables.xlsx(breakdown);
        Breakdown back = Fixtures.imported(BreakdownImport.read(xlsx, "county.xlsx", 2023));
        assertThat(back.specificTasks()).hasSize(10_000);
        assertThat(back.keyTasks()).hasSize(1_000);
        assertThat(back.actions()).hasSize(100);
        LargeTables.assertSame(back, breakdown);
        assertThat(back.specificTasks().get(9_999).sourceRow()).isEqualTo(10_002);
    }

    @Test
    void aTenThousandRowCsvWithBlankCells() {
        byte[] csv = LargeTables.csv(breakdown);
        Breakdown back = Fixtures.imported(BreakdownImport.read(csv, "county.csv", 2023));
        LargeTables.assertSame(back, breakdown);
        assertThat(back.specificTasks().get(9_999).sourceRow()).isEqualTo(10_001);
    }

    @Test
    void aTenThousandRowCsvWithOneBadCellReportsJustThatCell() {
        String[] lines = new String(LargeTables.csv(breakdown), StandardCharsets.UTF_8).split("\r\n");
        String[] row = lines[9_000].split(",", -1);    // task 9000, on row 9001 below the header
        row[6] = "六月中旬";
        lines[9_000] = String.join(",", row);
        byte[] csv = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.problems(BreakdownImport.read(csv, "county.csv", 2023))).containsExactly("第9001行「完成时限」：无法识别的时限“六月中旬”");
    }
}
