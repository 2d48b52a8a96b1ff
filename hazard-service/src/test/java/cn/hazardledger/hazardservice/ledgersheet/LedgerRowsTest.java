package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.hazard.RiskColour;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the import reads rows of a ledger: every problem with its row, column and reason in Chinese. */
class LedgerRowsTest {

    static final String HEADER = "台账编号,隐患名称,隐患描述,所在区域代码,行业,隐患来源,隐患等级,隐患类别,风险颜色,状态,"
            + "企业名称,统一社会信用代码,发现时间,发现人,上报时间,整改责任单位,整改责任人,整改期限,销号时间,地址,纬度,经度\n";

    @Test
    void everyBadRowAndColumnIsReportedWithItsReasonInChinese() {
        String csv = HEADER
                + "YH-500240-2024-000001,灶具未装熄火保护,餐馆后厨,500240213001,燃气,网格巡查,一般隐患,物的不安全状态,黄,整改中,,,,,2024-03-01 10:00,,,2024/4/1,,,,\n"
                + "YH-500240-2024-000002,电动车楼道充电,敬老院,500240213001,木材加工,网格巡查,一般,,红色,整改中,,,,,2024-03-01,,,下月底,,,,\n"
                + ",堆放杂物,,500240214001,消防,群众举报,重大,,,已上报,,91350100M000100Y44,,,2024-13-01,,,,,,95,\n"
                + "YH-500241-2024-000003,边坡,采石场,500240213001,矿山,部门检查,一般隐患,,,已销号,,,2024-03-02,,2024-03-01,,,,,,,\n"
                + "YH-500240-2024-000001,重复,重复,500240213001,矿山,部门检查,一般隐患,,,已纳入台账,,,,,2024-03-01,,,,,,,\n";
        LedgerRows.Result result = LedgerSheetLayoutTest.rows().read(CsvSheetReader.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactlyInAnyOrder(
                new SheetProblem(3, "行业", "无法识别“木材加工”，应为：道路交通、建筑施工、燃气、消防、危险化学品、工贸、烟花爆竹、矿山、自建房、水上交通、其他"),
                new SheetProblem(3, "整改期限", "日期格式应为 yyyy-MM-dd，如 2026-12-31"),
                new SheetProblem(4, "隐患描述", "不能为空"),
                new SheetProblem(4, "所在区域代码", "500240214001 不在你的辖区（500240213000）内"),
                new SheetProblem(4, "统一社会信用代码", "“91350100M000100Y44”不是有效的统一社会信用代码（18位，末位为校验码）"),
                new SheetProblem(4, "上报时间", "时间格式应为 yyyy-MM-dd HH:mm:ss 或 yyyy-MM-dd，如 2026-11-26 09:30:00"),
                new SheetProblem(4, "纬度", "应为 -90 到 90 之间的数（度），如 30.012345"),
                new SheetProblem(5, "台账编号", "台账编号的县级代码 500241 与所在区域代码 500240213001 不符"),
                new SheetProblem(5, "销号时间", "已销号的隐患须有销号时间"),
                new SheetProblem(5, "发现时间", "不能晚于上报时间"),
                new SheetProblem(6, "台账编号", "与第2行的台账编号重复"));
        assertThat(result.problems().get(0).message()).startsWith("第3行「行业」：");
    }

    @Test
    void codesAndShortNamesAreTakenAsWellAsTheNamesTheExportWrites() {
        String csv = "隐患名称,隐患描述,所在区域代码,行业,隐患来源,隐患等级,风险颜色,状态,上报时间,整改期限,备注\n"
                + "燃气管道腐蚀,老化,500240213001,GAS,GRID_PATROL,重大,红色,RECTIFYING,2024/3/1 9:05,2024-04-01,已约谈\n"
                + ",,,,,,,,,,制表：王芳\n";
        LedgerRows.Result result = LedgerSheetLayoutTest.rows().read(CsvSheetReader.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).isEmpty();
        assertThat(result.ignoredColumns()).containsExactly("备注");
        assertThat(result.rows()).hasSize(1);
        var h = result.rows().get(0).hazard();
        assertThat(h.industry()).isEqualTo(Industry.GAS);
        assertThat(h.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(h.riskColour()).isEqualTo(RiskColour.RED);
        assertThat(h.deadline()).isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(h.reportedAt()).isEqualTo(LocalDateTime.parse("2024-03-01T09:05").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndAMissingColumnIsNamed() {
        String csv = "三星乡安全生产事故隐患台账（2024年）\n隐患名称,所在区域代码,行业,隐患来源,隐患等级,状态,上报时间\n";
        LedgerRows.Result result = LedgerSheetLayoutTest.rows().read(CsvSheetReader.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).containsExactly(new SheetProblem(2, "隐患描述", "缺少此列"));
        assertThat(LedgerSheetLayoutTest.rows().read(CsvSheetReader.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .problems()).extracting(SheetProblem::row).containsExactly(0);
    }

    @Test
    void aCsvSavedByChineseExcelIsGbkAndReadAsSuch() {
        String csv = HEADER + ",堆放杂物,疏散通道堆放杂物,500240213001,消防,群众举报,一般隐患,,,已上报,,,,,2024-03-01,,,,,,,\n";
        LedgerRows.Result result = LedgerSheetLayoutTest.rows().read(CsvSheetReader.read(csv.getBytes(Charset.forName("GBK"))));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().get(0).hazard().title()).isEqualTo("堆放杂物");
    }

    @Test
    void whatIsNoLedgerFileIsToldByItsBytes() {
        assertThatThrownBy(() -> SheetFormat.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableSheet.class).matches(e -> ((UnreadableSheet) e).wrongType());
        assertThatThrownBy(() -> SheetFormat.of(new byte[0])).hasMessage("文件是空的");
        assertThat(SheetFormat.of(HEADER.getBytes(StandardCharsets.UTF_8))).isEqualTo(SheetFormat.CSV);
        assertThatThrownBy(() -> CsvSheetReader.read(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0}))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void cellTextReadsWhatExcelShows() {
        assertThat(CellText.date("2026/1/5")).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(CellText.date("2026-02-30")).isNull();
        assertThat(CellText.date("2026-01-05 10:00")).isNull();
        assertThat(CellText.dateTime("2026-01-05")).isEqualTo(LocalDateTime.parse("2026-01-05T00:00"));
        assertThat(CellText.dateTime("2026-01-05 25:00")).isNull();
        assertThat(CellText.unguarded(CellText.guarded("-1 号楼"))).isEqualTo("-1 号楼");
        assertThat(CellText.unguarded("'普通文字")).isEqualTo("'普通文字");
        assertThat(TextWidth.of("燃气ab")).isEqualTo(6);
        assertThat(List.of(Labels.choices(RiskColour.class))).containsExactly("红、橙、黄、蓝");
    }
}
