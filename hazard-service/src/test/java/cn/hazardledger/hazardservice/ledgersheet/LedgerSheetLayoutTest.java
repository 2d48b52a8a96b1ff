package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardSource;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.HazardType;
import cn.hazardledger.hazardservice.hazard.ImportedHazard;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import cn.hazardledger.hazardservice.hazard.RiskColour;
import cn.hazardledger.hazardservice.hazard.Transition;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's layout written and read back with real parsers, and the rules of reading rows, without a server. */
class LedgerSheetLayoutTest {

    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    static final Actor CLERK = new Actor("clerk-1", "TOWNSHIP", RegionCode.of("500240213000"), null, null, "王芳");

    @TempDir
    Path dir;

    static ImportedHazard closed() {
        return new ImportedHazard("YH-500240-2024-000017", "=HYPERLINK(\"x\") 餐馆液化气钢瓶与灶具同室存放",
                "一楼厨房液化气钢瓶与灶具同室存放，\n未安装可燃气体报警装置。", "500240213001", Industry.GAS,
                HazardSource.GRID_PATROL, HazardLevel.GENERAL, HazardType.OBJECT, RiskColour.YELLOW, HazardStatus.CLOSED,
                "三星乡好再来餐馆", "91350100M000100Y43", "三星乡场镇主街12号", new BigDecimal("30.012345"),
                new BigDecimal("108.123456"), Instant.parse("2024-03-01T01:30:00Z"), "李明",
                Instant.parse("2024-03-01T02:15:30Z"), "三星乡安办", "张建国", LocalDate.parse("2024-03-31"),
                Instant.parse("2024-03-20T08:00:00Z"));
    }

    static ImportedHazard reported() {
        return new ImportedHazard(null, "村道急弯路段无警示标志", "急弯处无警示标志和护栏", "500240213002", Industry.ROAD_TRAFFIC,
                HazardSource.PUBLIC_REPORT, HazardLevel.MAJOR, null, null, HazardStatus.REPORTED, null, null, null, null,
                null, Instant.parse("2025-07-09T23:59:59Z"), null, Instant.parse("2025-07-09T23:59:59Z"), null, null,
                null, null);
    }

    static Hazard hazard(ImportedHazard h) {
        return Hazard.imported(h, new ImportedHazard.Origin(UUID.randomUUID().toString(), "old.xlsx", "a".repeat(64), 2),
                CLERK, NOW, LocalDate.parse("2026-11-26")).hazard();
    }

    @Test
    void anImportedHazardKeepsWhatTheLedgerSaysAndItsOneEntrySaysWhereItCameFrom() {
        Transition t = Hazard.imported(closed(), new ImportedHazard.Origin("imp-1", "old.xlsx", "a".repeat(64), 7),
                CLERK, NOW, LocalDate.parse("2026-11-26"));
        assertThat(t.hazard().status).isEqualTo(HazardStatus.CLOSED);
        assertThat(t.hazard().reportedAt).isEqualTo(closed().reportedAt());
        assertThat(t.hazard().closedAt).isEqualTo(closed().closedAt());
        assertThat(t.hazard().reportedBy).isEqualTo("clerk-1");
        assertThat(t.entry().action).isEqualTo(LedgerAction.IMPORT);
        assertThat(t.entry().sequence).isEqualTo(1);
        assertThat(t.entry().statusAfter).isEqualTo(HazardStatus.CLOSED);
        assertThat(t.entry().signature).isEqualTo("王芳");
        assertThat(t.entry().recordedAt).isEqualTo(NOW);
        assertThat(t.entry().data).contains("\"row\":7", "\"importId\":\"imp-1\"", "\"source\":\"GRID_PATROL\"");
        assertThat(t.hazard().ledgerHead).isEqualTo(t.entry().hash);
        assertThat(t.event().type()).isEqualTo("hazard.imported.v1");
        assertThat(t.records()).hasSize(1);
    }

    @Test
    void theXlsxHasChineseHeadersBoldAndFrozenDateCellsAndWidthsForChineseText() throws IOException {
        byte[] xlsx = xlsx(hazard(closed()), hazard(reported()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheet("隐患台账");
            Row header = sheet.getRow(0);
            List<String> headers = Arrays.stream(SheetColumn.values()).map(c -> header.getCell(c.ordinal()).getStringCellValue()).toList();
            assertThat(headers).startsWith("台账编号", "隐患名称", "隐患描述", "所在区域代码", "行业", "隐患来源", "隐患等级")
                    .contains("整改期限", "销号时间", "纬度", "经度").noneMatch(h -> h.contains("电话"));
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            Cell reportedAt = first.getCell(SheetColumn.REPORTED_AT.ordinal());
            assertThat(reportedAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(reportedAt)).isTrue();
            assertThat(reportedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2024-03-01T10:15:30"));
            Cell deadline = first.getCell(SheetColumn.DEADLINE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2024-03-31"));
            assertThat(first.getCell(SheetColumn.INDUSTRY.ordinal()).getStringCellValue()).isEqualTo("燃气");
            assertThat(first.getCell(SheetColumn.STATUS.ordinal()).getStringCellValue()).isEqualTo("已销号");
            assertThat(first.getCell(SheetColumn.LATITUDE.ordinal()).getNumericCellValue()).isEqualTo(30.012345);
            // an XLSX text cell is never a formula: the title is kept as written
            assertThat(first.getCell(SheetColumn.TITLE.ordinal()).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(SheetColumn.TITLE.ordinal()).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(SheetColumn.LEDGER_NUMBER.ordinal())).isNull();

            // 企业名称 holds 8 Chinese characters (16 units); 所在区域代码's digits are 12 wide, its header 12 too
            assertThat(sheet.getColumnWidth(SheetColumn.ENTERPRISE.ordinal()) / 256).isGreaterThanOrEqualTo(18);
            assertThat(sheet.getColumnWidth(SheetColumn.TITLE.ordinal()) / 256).isGreaterThanOrEqualTo(TextWidth.of(closed().title()));
            assertThat(sheet.getColumnWidth(SheetColumn.DESCRIPTION.ordinal()) / 256).isLessThanOrEqualTo(60);
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndGuardsFormulas() throws IOException {
        byte[] csv = csv(hazard(closed()), hazard(reported()));
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, 3, csv.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("台账编号");
        CSVRecord first = records.get(1);
        assertThat(first.get(SheetColumn.TITLE.ordinal())).startsWith("'=HYPERLINK");
        assertThat(first.get(SheetColumn.DESCRIPTION.ordinal())).contains("\n");
        assertThat(first.get(SheetColumn.REPORTED_AT.ordinal())).isEqualTo("2024-03-01 10:15:30");
        assertThat(first.get(SheetColumn.DEADLINE.ordinal())).isEqualTo("2024-03-31");
        assertThat(first.get(SheetColumn.RISK_COLOUR.ordinal())).isEqualTo("黄");
        assertThat(records.get(2).get(SheetColumn.LEDGER_NUMBER.ordinal())).isEmpty();
    }

    @Test
    void whatTheExportWritesTheImportReadsBackAsItWas() throws IOException {
        Path xlsx = Files.write(dir.resolve("ledger.xlsx"), xlsx(hazard(closed()), hazard(reported())));
        Path csv = Files.write(dir.resolve("ledger.csv"), csv(hazard(closed()), hazard(reported())));
        for (Path file : List.of(xlsx, csv)) {
            byte[] content = Files.readAllBytes(file);
            LedgerRows.Result result = rows().read(SheetFormat.of(content).read(file, content));
            assertThat(result.problems()).as(file.toString()).isEmpty();
            assertThat(result.rows()).extracting(LedgerRows.Read::row).containsExactly(2, 3);
            assertThat(result.rows().get(0).hazard()).as(file.toString()).isEqualTo(closed());
            assertThat(result.rows().get(1).hazard()).as(file.toString()).isEqualTo(reported());
        }
    }

    static LedgerRows rows() {
        return new LedgerRows(r -> r.value().startsWith("500240213"), "500240213000", NOW);
    }

    static byte[] xlsx(Hazard... hazards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = new XlsxSheetWriter(out)) {
            write(writer, hazards);
        }
        return out.toByteArray();
    }

    static byte[] csv(Hazard... hazards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = new CsvSheetWriter(out)) {
            write(writer, hazards);
        }
        return out.toByteArray();
    }

    private static void write(SheetWriter writer, Hazard... hazards) throws IOException {
        for (Hazard h : hazards) {
            writer.row(h);
        }
        writer.finish();
    }
}
