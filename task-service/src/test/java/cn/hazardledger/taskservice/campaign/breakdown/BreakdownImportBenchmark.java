package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long importing and exporting a 10,000-row table takes, printed, never asserted (a shared 2-core machine
 * makes times vary). Run by hand:
 * {@code ./mvnw -B -ntp -pl task-service -am test -Dtest=BreakdownImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbreakdown.benchmark=true}
 */
@EnabledIfSystemProperty(named = "breakdown.benchmark", matches = "true")
class BreakdownImportBenchmark {

    private static final int ROUNDS = 5;

    @Test
    void tenThousandRows() throws Exception {
        Breakdown breakdown = LargeTables.breakdown();
        byte[] xlsx = LargeTables.xlsx(breakdown);
        byte[] csv = LargeTables.csv(breakdown);
        System.out.printf("files: XLSX %,d bytes, CSV %,d bytes, %,d specific tasks%n", xlsx.length, csv.length, breakdown.specificTasks().size());

        // the first import in a fresh JVM is what the first upload after a deployment waits for
        time("XLSX import, first in this JVM", 1, () -> BreakdownImport.read(xlsx, "county.xlsx", 2023));
        time("CSV import, first in this JVM", 1, () -> BreakdownImport.read(csv, "county.csv", 2023));
        time("XLSX import (streaming SAX reader)", ROUNDS, () -> BreakdownImport.read(xlsx, "county.xlsx", 2023));
        time("CSV import", ROUNDS, () -> BreakdownImport.read(csv, "county.csv", 2023));
        // where an XLSX import's time goes: the sheet's XML into rows of text, then the rows into a breakdown
        time("  of which XLSX to rows of text (SAX)", ROUNDS, () -> XlsxTable.read(xlsx));
        Table rows = XlsxTable.read(xlsx);
        time("  of which rows of text to a breakdown", ROUNDS, () -> BreakdownReader.read(rows, 2023));
        time("XLSX export (SXSSF)", ROUNDS, () -> LargeTables.xlsx(breakdown));
        // for comparison only: the whole workbook as a DOM, which the import does not do
        time("XLSX loaded as a DOM (XSSFWorkbook), for comparison", ROUNDS, () -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                return wb.getSheetAt(0).getLastRowNum();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(BreakdownImport.read(xlsx, "county.xlsx", 2023)).isInstanceOf(ImportResult.Imported.class);
    }

    /**
     * Wall time, and this thread's CPU time: on a shared machine the wall time includes waiting for a core,
     * the CPU time does not (it leaves out the serial collector's pauses, which run on a VM thread).
     */
    private static void time(String what, int rounds, Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = work.get();
            wall.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            assertThat(result).isNotNull();
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-52s wall min %,6d  median %,6d  max %,6d ms | cpu median %,6d ms  (%d run%s)%n", what,
                wall.get(0), wall.get(wall.size() / 2), wall.get(wall.size() - 1), cpu.get(cpu.size() / 2),
                rounds, rounds == 1 ? "" : "s");
    }
}
