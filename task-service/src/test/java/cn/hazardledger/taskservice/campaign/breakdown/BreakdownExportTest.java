package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A breakdown written as XLSX in the layout of 三星府发〔2023〕76号's table, and read back to the same breakdown. */
class BreakdownExportTest {

    private static final String TITLE = "三星乡重大事故隐患专项排查整治2023行动方案重点任务分解表";

    private static byte[] export(Breakdown breakdown, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BreakdownExport.write(breakdown, title, out);
        return out.toByteArray();
    }

    @Test
    void theFixtureRoundTrips() {
        Breakdown sanxing = Fixtures.sanxing();
        ImportResult result = BreakdownImport.read(export(sanxing, TITLE), "export.xlsx", 2023);
        Breakdown back = Fixtures.imported(result);
        assertThat(Fixtures.withoutRows(back)).isEqualTo(Fixtures.withoutRows(sanxing));
        assertThat(((ImportResult.Imported) result).title()).isEqualTo(TITLE);
        // the title row and the header come first: task (1) is on row 3
        assertThat(back.specificTasks().get(0).sourceRow()).isEqualTo(3);
    }

    @Test
    void everyKindOfContentRoundTrips() {
        Breakdown breakdown = new Breakdown(List.of(
                new MainAction("一", "第一项行动", List.of(
                        new KeyTask("1", "第一项重点任务", List.of(
                                new SpecificTask("1", "每周调度一次", List.of("张三", "李四"), List.of("应急办"), Deadline.ongoing(),
                                        Optional.of(Cadence.WEEKLY), "见附件2", 0),
                                new SpecificTask("2", "无编号的下一项", List.of("张三", "李四"), List.of("应急办"),
                                        Deadline.on(LocalDate.of(2024, 3, 31)), Optional.empty(), "", 0))),
                        new KeyTask("", "没有编号的重点任务", List.of(
                                new SpecificTask("", "没有编号的具体任务", List.of("张三", "李四"), List.of("应急办", "各村"),
                                        new Deadline.Ongoing("每月底"), Optional.of(Cadence.MONTHLY), "", 0))))),
                new MainAction("", "没有编号的行动", List.of(
                        new KeyTask("2", "同一文字", List.of(
                                new SpecificTask("3", "行动之间不合并", List.of("张三", "李四"), List.of("应急办", "各村"),
                                        new Deadline.By(LocalDate.of(2023, 6, 30), "6月底"), Optional.empty(), "", 0),
                                new SpecificTask("4", "文字里有\n换行和“引号”,逗号", List.of("王五"), List.of("应急办"),
                                        new Deadline.By(LocalDate.of(2023, 6, 30), "6月底"), Optional.empty(), "备注，有逗号", 0)))))));
        Breakdown back = Fixtures.imported(BreakdownImport.read(export(breakdown, "标题"), "export.xlsx", 2023));
        assertThat(Fixtures.withoutRows(back)).isEqualTo(breakdown);
    }

    @Test
    void theLayoutOfTheOriginal() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(Fixtures.sanxing(), TITLE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("任务分解表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE);
            List<String> header = List.of("序号", "主要行动", "重点任务", "具体任务", "牵头领导", "责任科室", "完成时限", "备注");
            for (int c = 0; c < header.size(); c++) {
                assertThat(sheet.getRow(1).getCell(c).getStringCellValue()).isEqualTo(header.get(c));
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));

            List<CellRangeAddress> merged = sheet.getMergedRegions();
            assertThat(merged).contains(
                    CellRangeAddress.valueOf("A1:H1"),     // the title
                    CellRangeAddress.valueOf("B3:B12"),    // （一） over its ten tasks
                    CellRangeAddress.valueOf("C4:C5"),     // 2. over (2) and (3)
                    CellRangeAddress.valueOf("A4:A5"),     // 序号 numbers the key tasks
                    CellRangeAddress.valueOf("E3:E4"),     // 肖永富 leads (1) and (2)
                    CellRangeAddress.valueOf("E13:E20"),   // 各行业领域分管领导 over (11)–(18), across key tasks 6 to 10
                    CellRangeAddress.valueOf("G13:G14"));  // (12) shares (11)'s 长期坚持
            assertThat(merged).noneMatch(r -> r.getFirstColumn() == 3 && r.getNumberOfCells() > 1); // each task its own cell
            assertThat(merged).allMatch(r -> r.getFirstRow() == 0 || r.getFirstColumn() == r.getLastColumn());
            assertThat(merged).noneMatch(r -> r.getFirstColumn() == 4 && r.getFirstRow() <= 11 && r.getLastRow() >= 12); // not across actions
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("（一）属地党委政府责任强化行动。");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("1.树牢红线意识。");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("谭千红、谭华祥");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEmpty();  // a merged cell's value is its first cell's
            assertThat(sheet.getLastRowNum()).isEqualTo(35);

            // widths fit Chinese text: the task column widest, none narrower than its header, long text wraps
            int[] widths = new int[8];
            for (int c = 0; c < 8; c++) {
                widths[c] = sheet.getColumnWidth(c) / 256;
                assertThat(widths[c]).isGreaterThanOrEqualTo(DisplayWidth.of(header.get(c)) + 2);
            }
            assertThat(widths[3]).isEqualTo(70).isGreaterThan(widths[1]).isGreaterThan(widths[0]);
            assertThat(widths[4]).isGreaterThanOrEqualTo(DisplayWidth.of("各行业领域分管领导"));
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(2).getHeightInPoints()).isGreaterThan(sheet.getRow(4).getHeightInPoints() - 1);
        }
    }

    @Test
    void anEmptyBreakdownIsATitleAndAHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(new Breakdown(List.of()), " ")))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务分解表");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void displayWidthCountsChineseAsTwo() {
        assertThat(DisplayWidth.of("序号")).isEqualTo(4);
        assertThat(DisplayWidth.of("5月15日前")).isEqualTo(9);
        assertThat(DisplayWidth.of("（1）“五有”")).isEqualTo(13);
        assertThat(DisplayWidth.of("谭千红\n谭华祥、肖永富")).isEqualTo(14);
        assertThat(DisplayWidth.lines("一二三四五", 4)).isEqualTo(3);
        assertThat(DisplayWidth.lines("一\n二", 40)).isEqualTo(2);
    }
}
