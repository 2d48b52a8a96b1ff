package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.hazardledger.taskservice.campaign.breakdown.Workbooks.HEADER;
import static cn.hazardledger.taskservice.campaign.breakdown.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

/** XLSX files as offices make them: merged cells, title rows above the header, date cells, notes below. */
class BreakdownXlsxImportTest {

    private static final String TITLE = "三星乡2023年安全生产专项整治行动任务分解表";

    private static ImportResult.Imported importXlsx(byte[] xlsx) {
        ImportResult result = BreakdownImport.read(xlsx, "任务分解表.xlsx", 2023);
        Fixtures.imported(result);
        return (ImportResult.Imported) result;
    }

    private static void title(Sheet sheet, int row, String text) {
        sheet.createRow(row).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, HEADER.length - 1));
    }

    @Test
    void mergedCellsAndAMergedTitleRowAboveTheHeader() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            title(sheet, 0, TITLE);
            Workbooks.write(sheet, 1, List.<String[]>of(HEADER));
            Workbooks.writeMerged(sheet, 2, Workbooks.sanxingRows());
        });
        ImportResult.Imported imported = importXlsx(xlsx);
        Breakdown fromCsv = Fixtures.sanxing();
        assertThat(imported.title()).isEqualTo(TITLE);
        assertThat(imported.breakdown().actions()).hasSize(8);
        assertThat(imported.breakdown().keyTasks()).hasSize(25);
        assertThat(Fixtures.withoutRows(imported.breakdown())).isEqualTo(Fixtures.withoutRows(fromCsv));
        // rows as Excel shows them: the fixture's CSV row 2 is the workbook's row 3
        assertThat(imported.breakdown().specificTasks().get(0).sourceRow()).isEqualTo(3);
        SpecificTask twelve = imported.breakdown().specificTasks().get(11);
        assertThat(twelve.leaders()).containsExactly("各行业领域分管领导");
        assertThat(twelve.deadline()).isEqualTo(new Deadline.Ongoing("长期坚持"));
    }

    @Test
    void twoTitleRowsAboveTheHeader() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet("任务分解表");
            sheet.createRow(0).createCell(0).setCellValue("附件");
            title(sheet, 1, TITLE);
            Workbooks.write(sheet, 2, List.<String[]>of(HEADER));
            Workbooks.writeMerged(sheet, 3, Workbooks.sanxingRows());
        });
        ImportResult.Imported imported = importXlsx(xlsx);
        assertThat(imported.title()).isEqualTo(TITLE);
        assertThat(Fixtures.withoutRows(imported.breakdown())).isEqualTo(Fixtures.withoutRows(Fixtures.sanxing()));
        assertThat(imported.breakdown().specificTasks().get(0).sourceRow()).isEqualTo(4);
    }

    @Test
    void blankCellsWithoutMergingRepeatTheRowAboveAsInTheCsv() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, Workbooks.sanxingRows());
        });
        ImportResult.Imported imported = importXlsx(xlsx);
        assertThat(imported.breakdown()).isEqualTo(Fixtures.sanxing());
        assertThat(imported.title()).isEmpty();
    }

    @Test
    void anExplanationSheetBeforeTheTable() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由乡应急办汇总，请于每月底前报送。");
            Sheet sheet = wb.createSheet("分解表");
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, Workbooks.sanxingRows());
        });
        assertThat(importXlsx(xlsx).breakdown()).isEqualTo(Fixtures.sanxing());
    }

    @Test
    void headersBrokenOverLinesAndNumbersAndDatesTypedAsSuch() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(new String[]{"序号", "主要\n行动", "重点 任务", "具体任务", "牵头领导", "责任单位", "完成\n时限", "备注"}));
            Workbooks.write(sheet, 1, List.of(
                    row("", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "党政办、应急办", "", "已列入年度计划"),
                    row("", "", "", "（2）制定方案。", "肖永富", "应急办", ""),
                    row("", "", "", "（3）报县安委办备案。", "肖永富", "应急办", "")));
            CellStyle chineseDate = wb.createCellStyle();
            chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle isoDate = wb.createCellStyle();
            isoDate.setDataFormat((short) 14);                 // Excel's built-in m/d/yy
            CellStyle builtinChinese = wb.createCellStyle();
            builtinChinese.setDataFormat((short) 31);          // Chinese Excel's built-in yyyy"年"m"月"d"日"
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                row.createCell(0).setCellValue(r);              // 序号 as a number
                var cell = row.createCell(6);
                cell.setCellValue(LocalDate.of(2023, 6, 28).plusDays(r));
                cell.setCellStyle(r == 1 ? chineseDate : r == 2 ? isoDate : builtinChinese);
            }
        });
        Breakdown b = importXlsx(xlsx).breakdown();
        assertThat(b.specificTasks()).extracting(SpecificTask::deadline).containsExactly(
                new Deadline.By(LocalDate.of(2023, 6, 29), "2023年6月29日"),
                new Deadline.By(LocalDate.of(2023, 6, 30), "2023年6月30日"),
                new Deadline.By(LocalDate.of(2023, 7, 1), "2023年7月1日"));
        assertThat(b.specificTasks().get(0).remarks()).isEqualTo("已列入年度计划");
        assertThat(b.specificTasks().get(1).remarks()).isEmpty();   // a blank remark is no remark
        assertThat(b.specificTasks().get(0).units()).containsExactly("党政办", "应急办");
    }

    @Test
    void aSpecificTaskMergedOverTwoRowsIsOneTaskAndANoteBelowTheTableIsNoTask() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, List.of(
                    row("1", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "应急办", "长期坚持"),
                    row(),
                    row("2", "", "2.全面动员部署。", "（2）制定方案。", "肖永富", "应急办", "5月15日前"),
                    row(),
                    row("填表人：张三    审核人：李四")));
            for (int c = 0; c <= 7; c++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 7));
        });
        Breakdown b = importXlsx(xlsx).breakdown();
        assertThat(b.specificTasks()).extracting(SpecificTask::number).containsExactly("1", "2");
        assertThat(b.keyTasks()).hasSize(2);
    }

    @Test
    void aBadWorkbookGetsEveryProblemWithRowAndColumnAndNothingElse() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            title(sheet, 0, TITLE);
            Workbooks.write(sheet, 1, List.<String[]>of(HEADER));
            List<String[]> rows = new ArrayList<>(List.of(
                    row("1", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "党政办、应急办", "长期坚持"), // row 3
                    row("", "", "2.全面动员部署。", "（2）制定方案。", "肖永富", "应急办", "六月中旬"),              // row 4
                    row("", "", "", "（3）每月开展1次实地督导检查。", "、", "各科室、各村", ""),                         // row 5
                    row("", "（二）企业主要负责人依法履职行动。", "", "（4）每月督促企业开展隐患排查。", "", "", "2月30日"),  // row 6
                    row("", "", "3.检查落实安全生产责任制。", "", "", "", "5月底"),                                   // row 7
                    row("", "", "", "（5）督促建立岗位操作流程。", "", "", "", "", "多余的内容"),                       // row 8
                    row("", "", "", "（6）规范编制各类安全技术方案。", "", "", "")));                                 // row 9
            Workbooks.write(sheet, 2, rows);
        });
        assertThat(Fixtures.problems(BreakdownImport.read(xlsx, "bad.xlsx", 2023))).containsExactly(
                "第4行「完成时限」：无法识别的时限“六月中旬”",
                "第5行「牵头领导」：没有写明任何名称“、”",
                "第6行「重点任务」：具体任务没有所属的重点任务：新的主要行动须写明其重点任务",
                "第6行「完成时限」：不存在的日期“2月30日”",
                "第7行「具体任务」：缺少具体任务",
                "第8行「第9列」：表头没有此列，单元格却有内容");
    }

    @Test
    void anUnreadableMergedCellIsReportedOnceButTheSameWordsInAnotherCellAgain() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, List.of(
                    row("1", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "应急办", "六月中旬"),
                    row("", "", "", "（2）制定方案。"),
                    row("", "", "", "（3）报县安委办备案。", "肖永富", "应急办", "六月中旬")));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 6, 6));
        });
        assertThat(Fixtures.problems(BreakdownImport.read(xlsx, "t.xlsx", 2023))).containsExactly(
                "第2行「完成时限」：无法识别的时限“六月中旬”",
                "第4行「完成时限」：无法识别的时限“六月中旬”");
    }

    @Test
    void aNoteBetweenTasksIsAProblem() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, List.of(
                    row("1", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "应急办", "长期坚持"),
                    row("第二部分"),
                    row("2", "", "2.全面动员部署。", "（2）制定方案。", "肖永富", "应急办", "5月15日前")));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 7));
        });
        assertThat(Fixtures.problems(BreakdownImport.read(xlsx, "t.xlsx", 2023)))
                .containsExactly("第3行：整行合并为一个单元格（标题或说明），不能夹在任务行之间");
    }

    @Test
    void aMergedTaskCellWithOtherTextInItsSecondRow() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            Workbooks.write(sheet, 0, List.<String[]>of(HEADER));
            Workbooks.write(sheet, 1, List.of(
                    row("1", "（一）属地党委政府责任强化行动。", "1.树牢红线意识。", "（1）召开党委会议专题学习。", "肖永富", "应急办", "长期坚持"),
                    row("", "", "", "", "谭华祥")));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
        });
        assertThat(Fixtures.problems(BreakdownImport.read(xlsx, "t.xlsx", 2023)))
                .containsExactly("第3行「牵头领导」：上方具体任务的合并单元格延伸到此行，此单元格的内容无所归属");
    }

    @Test
    void aWorkbookWithoutTheTable() {
        byte[] xlsx = Workbooks.xlsx(wb -> Workbooks.write(wb.createSheet(), 0, List.of(row("姓名", "电话"), row("张三", "123"))));
        assertThat(Fixtures.problems(BreakdownImport.read(xlsx, "t.xlsx", 2023)))
                .containsExactly("找不到表头：前10行中没有一行写明列名（应有“主要行动”“重点任务”“具体任务”“牵头领导”“责任科室”“完成时限”等列）");
        byte[] empty = Workbooks.xlsx(XSSFWorkbook::createSheet);
        assertThat(Fixtures.problems(BreakdownImport.read(empty, "t.xlsx", 2023))).hasSize(1);
    }
}
