package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad file imports nothing and gets every problem, with row, column and reason in Chinese. */
class BreakdownProblemsTest {

    private static final String HEADER = "序号,主要行动,重点任务,具体任务,牵头领导,责任科室,完成时限,备注\n";

    private static ImportResult csv(String text) {
        return BreakdownImport.read(text.getBytes(StandardCharsets.UTF_8), "分解表.csv", 2023);
    }

    @Test
    void everyBadRowAndColumnOfACsv() {
        String csv = HEADER
                + "1,（一）属地党委政府责任强化行动。,1.树牢红线意识。,（1）召开党委会议。,肖永富,党政办、应急办,长期坚持,\n"
                + ",,2.全面动员部署。,（2）制定方案。,肖永富,应急办,六月中旬,\n"
                + ",,,（3）实地督导检查。,,,,\n"       // repeats row 3's unreadable deadline: reported once, there
                + ",（二）企业主要负责人依法履职行动。,,（4）督促企业开展隐患排查。,肖永富,应急办,5月底,\n"
                + ",,6.全面开展隐患排查整治。,（5）双报告。,,，,2月30日,\n"
                + "\n"
                + ",,,,肖永富,应急办,6月底,\n";
        assertThat(Fixtures.problems(csv(csv))).containsExactly(
                "第3行「完成时限」：无法识别的时限“六月中旬”",
                "第5行「重点任务」：具体任务没有所属的重点任务：新的主要行动须写明其重点任务",
                "第6行「责任科室」：没有写明任何名称“，”",
                "第6行「完成时限」：不存在的日期“2月30日”",
                "第8行「具体任务」：缺少具体任务");
    }

    @Test
    void theFirstTaskHasNothingAboveToRepeat() {
        String csv = HEADER + ",,,（1）召开党委会议。,,,,\n";
        assertThat(Fixtures.problems(csv(csv))).containsExactly(
                "第2行「主要行动」：缺少主要行动",
                "第2行「牵头领导」：缺少牵头领导",
                "第2行「责任科室」：缺少责任科室",
                "第2行「完成时限」：缺少完成时限");
        assertThat(Fixtures.problems(csv(HEADER + ",（一）行动,,（1）召开党委会议。,肖永富,应急办,长期坚持,\n")))
                .containsExactly("第2行「重点任务」：具体任务没有所属的重点任务：新的主要行动须写明其重点任务");
    }

    @Test
    void headerProblems() {
        assertThat(Fixtures.problems(csv("主要行动,重点任务,具体任务,联系人,牵头领导,责任科室,备注,备注\n"
                + "（一）行动,1.任务,（1）具体,张三,肖永富,应急办,,\n"))).containsExactly(
                "第1行「联系人」：无法识别的列，表头应为：序号、主要行动、重点任务、具体任务、牵头领导、责任科室、完成时限、备注",
                "第1行「备注」：此列出现了不止一次",
                "第1行「完成时限」：缺少此列");
        assertThat(Fixtures.problems(csv("三星乡任务分解表\n1,2,3\n"))).containsExactly(
                "找不到表头：前10行中没有一行写明列名（应有“主要行动”“重点任务”“具体任务”“牵头领导”“责任科室”“完成时限”等列）");
        assertThat(Fixtures.problems(csv(HEADER))).containsExactly("第1行：表头下没有任何任务");
    }

    @Test
    void aTitleRowAndOtherNamesOfTheColumnsInACsv() {
        String csv = "附件1,,,,,,,\n"
                + "三星乡2023年安全生产专项整治行动任务分解表,,,,,,,\n"
                + "主要行动,重点任务,具体任务,牵头领导,责任单位,完成时间\n"
                + "（一）行动,1.任务,\"（1）召开党委会议，\n学习“十五条硬措施”。\",\"肖永富,谭华祥\",应急办,6月底前\n";
        ImportResult.Imported imported = (ImportResult.Imported) csv(csv);
        assertThat(imported.title()).isEqualTo("三星乡2023年安全生产专项整治行动任务分解表");
        SpecificTask task = imported.breakdown().specificTasks().get(0);
        assertThat(task.text()).isEqualTo("召开党委会议，\n学习“十五条硬措施”。");
        assertThat(task.leaders()).containsExactly("肖永富", "谭华祥");
        assertThat(task.sourceRow()).isEqualTo(4);
        assertThat(task.remarks()).isEmpty();
    }

    @Test
    void rowNumbersCountRecordsNotLines() {
        String csv = HEADER
                + "1,（一）行动,1.任务,\"（1）第一行\n第二行\n第三行\",肖永富,应急办,长期坚持,\n"
                + ",,,（2）下一项,肖永富,应急办,六月中旬,\n";
        assertThat(Fixtures.problems(csv(csv))).containsExactly("第3行「完成时限」：无法识别的时限“六月中旬”");
        assertThat(Fixtures.problems(csv(HEADER + "1,（一）行动,1.任务,\"（1）未闭合,肖永富\n"))).containsExactly("第2行：引号未闭合，此后的内容都在这个单元格里");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(Fixtures.problems(csv(HEADER + "1,（一）行动,1.任务,（1）召开\u0007会议,肖永富,应急办,长期坚持,\n")))
                .containsExactly("第2行「具体任务」：含有不可见的控制字符（U+0007）");
    }

    @Test
    void filesThatAreNotCsvOrXlsx() {
        assertThat(Fixtures.problems(BreakdownImport.read(new byte[0], "a.csv", 2023))).containsExactly("文件是空的");
        assertThat(Fixtures.problems(BreakdownImport.read("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "a.pdf", 2023)))
                .containsExactly("文件不是 CSV 或 XLSX 文件");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(Fixtures.problems(BreakdownImport.read(png, "a.png", 2023))).containsExactly("文件不是 CSV 或 XLSX 文件");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertThat(Fixtures.problems(BreakdownImport.read(xls, "a.xls", 2023))).containsExactly(
                "文件是旧版 Excel 97-2003（.xls）或加密的工作簿，无法读取：请在 Excel 中另存为“Excel 工作簿（.xlsx）”，并取消密码");
        byte[] binary = {'a', 'b', 0, 1, 2, 3};
        assertThat(Fixtures.problems(BreakdownImport.read(binary, "a.bin", 2023))).containsExactly("文件不是 CSV 或 XLSX 文件");
    }

    @Test
    void aZipThatIsNoWorkbookAndAnXlsxThatIsNoZip() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Fixtures.problems(BreakdownImport.read(zip.toByteArray(), "a.docx", 2023)))
                .containsExactly("无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿");
        byte[] truncated = java.util.Arrays.copyOf(Workbooks.xlsx(wb -> wb.createSheet()), 400);
        assertThat(Fixtures.problems(BreakdownImport.read(truncated, "a.xlsx", 2023)))
                .containsExactly("无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿");
        assertThat(Fixtures.problems(BreakdownImport.read(Fixtures.resource(Fixtures.SANXING), "分解表.xlsx", 2023)))
                .containsExactly("文件名为“分解表.xlsx”，内容却不是 Excel 工作簿（文件可能已损坏，或只是改了扩展名）");
    }

    @Test
    void encodings() {
        // GBK (Excel's "CSV (逗号分隔)" on Chinese Windows) is read; see BreakdownFixtureTest for the whole fixture
        byte[] gbk = (HEADER + "1,（一）行动,1.任务,（1）召开会议,肖永富,应急办,长期坚持,\n").getBytes(CsvTable.GB18030);
        assertThat(Fixtures.imported(BreakdownImport.read(gbk, "a.csv", 2023)).specificTasks().get(0).leaders()).containsExactly("肖永富");
        byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
        assertThat(Fixtures.problems(BreakdownImport.read(utf16, "a.txt", 2023)))
                .containsExactly("文件是 UTF-16 编码的文本（Excel 的“Unicode 文本”），请另存为 XLSX 或“CSV UTF-8（逗号分隔）”");
        byte[] neither = {'a', ',', (byte) 0x80, ',', (byte) 0xFF, '\n'};
        assertThat(Fixtures.problems(BreakdownImport.read(neither, "a.csv", 2023)))
                .containsExactly("无法识别文件的文字编码：既不是 UTF-8，也不是 GBK/GB18030");
        byte[] brokenAfterBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC4, (byte) 0xE3};
        assertThat(Fixtures.problems(BreakdownImport.read(brokenAfterBom, "a.csv", 2023)))
                .containsExactly("文件以 UTF-8 标记开头，内容却不是有效的 UTF-8 文本");
    }

    @Test
    void aProblemReadsAsThePersonSeesIt() {
        assertThat(new ImportProblem(12, "完成时限", "无法识别的时限“六月中旬”").message()).isEqualTo("第12行「完成时限」：无法识别的时限“六月中旬”");
        assertThat(new ImportProblem(12, "", "缺少具体任务").message()).isEqualTo("第12行：缺少具体任务");
        assertThat(new ImportProblem(0, "", "文件是空的").message()).isEqualTo("文件是空的");
    }
}
