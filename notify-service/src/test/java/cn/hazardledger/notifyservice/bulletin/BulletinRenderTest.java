package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.notifyservice.bulletin.render.BulletinHtml;
import cn.hazardledger.notifyservice.bulletin.render.BulletinXlsx;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews.Figures;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews.LevelFigures;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews.MajorFigures;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The two renderings of one bulletin: the HTML's charts, escaping and self-containment, and the XLSX read back. */
class BulletinRenderTest {

    static final String COUNTY = "500240000000";
    static final String T1 = "500240213000";
    static final String T2 = "500240214000";

    @Test
    void theRectificationRateChartHasABarPerTownshipAsLongAsItsRate() {
        String html = BulletinHtml.render(figures(3));
        // bars are 360 wide at 100 %: 三星乡 rectified 1 of 2 (50 %), 拔山镇 1 of 1 (100 %)
        List<String> widths = new ArrayList<>();
        Matcher m = Pattern.compile("<rect class=\"value\" x=\"220\" y=\"\\d+\" width=\"([0-9.]+)\"").matcher(html);
        while (m.find()) {
            widths.add(m.group(1));
        }
        // the rate chart's two townships, then the overdue chart's industries (GAS 1 of max 1, FIRE 0)
        assertThat(widths).containsExactly("180.0", "360.0", "360.0", "0.0");
        assertThat(html).contains("三星乡（500240213000）").contains("50.0%（1/2）").contains("100.0%（1/1）")
                .contains(">燃气<").contains(">1项<");
        assertThat(html).contains("共排查发现隐患3项，其中一般隐患2项、重大事故隐患1项；已整改2项");
    }

    @Test
    void everyTextFromASourceIsEscapedAndTheDocumentLoadsNothing() {
        String html = BulletinHtml.render(figures(1));
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=\"x\"")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .contains("燃气站 &amp; &lt;img src=&quot;x&quot;&gt;");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//").doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .contains("@media print").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void aListLongerThanItsLimitSaysHowManyAreLeftOut() {
        String html = BulletinHtml.render(figures(1, 5));
        assertThat(html).contains("共5项，此处列出前1项，另有4项未列出");
    }

    @Test
    void theWorkbookHasItsFiveSheetsWithChineseHeadersAndNumbersAsNumbers() throws Exception {
        byte[] xlsx = BulletinXlsx.render(figures(3));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4))).containsExactly("汇总", "分乡镇", "超期隐患", "挂牌督办", "任务进展");
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("忠县2026年上半年安全生产事故隐患排查治理情况通报");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("排查发现（项）");
            assertThat(summary.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(50.0);

            Sheet regions = book.getSheet("分乡镇");
            assertThat(regions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("区域");
            assertThat(regions.getRow(0).getCell(3).getStringCellValue()).isEqualTo("一般隐患整改率（%）");
            assertThat(regions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("三星乡（500240213000）");
            assertThat(regions.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(regions.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(regions.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(1);
            // wide enough for the Chinese header (two columns a character) and frozen under it
            assertThat(regions.getColumnWidth(3)).isGreaterThanOrEqualTo(20 * 256);
            assertThat(regions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Sheet overdue = book.getSheet("超期隐患");
            assertThat(overdue.getRow(0).getCell(0).getStringCellValue()).isEqualTo("台账编号");
            assertThat(overdue.getRow(1).getCell(1).getStringCellValue()).isEqualTo("<script>alert(\"x\")</script>");
            assertThat(overdue.getRow(1).getCell(3).getStringCellValue()).isEqualTo("燃气");
            assertThat(book.getSheet("挂牌督办").getRow(1).getCell(6).getStringCellValue()).isEqualTo("忠县应急管理局");
            Sheet tasks = book.getSheet("任务进展");
            assertThat(tasks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("三星乡重大事故隐患专项排查整治2023行动方案");
            assertThat(tasks.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(34);
            assertThat(tasks.getRow(1).getCell(9).getStringCellValue()).isEqualTo("97.1%");
        }
    }

    static BulletinFigures figures(int listLimit) {
        return figures(listLimit, 1);
    }

    /** 三星乡: 2 general found, 1 rectified, 1 overdue (GAS); 拔山镇: 1 major found and rectified, listed. */
    static BulletinFigures figures(int listLimit, long overdueTotal) {
        Figures t1 = new Figures(new LevelFigures(2, 1, new BigDecimal("50.0")), new MajorFigures(0, 0, null, 0, 0),
                1, 1, new BigDecimal("5.0"), new BigDecimal("3500.00"));
        Figures t2 = new Figures(new LevelFigures(0, 0, null), new MajorFigures(1, 1, new BigDecimal("100.0"), 1, 1),
                1, 0, new BigDecimal("10.5"), new BigDecimal("20000.00"));
        Figures total = new Figures(new LevelFigures(2, 1, new BigDecimal("50.0")),
                new MajorFigures(1, 1, new BigDecimal("100.0"), 1, 1), 2, 1, new BigDecimal("7.8"), new BigDecimal("23500.00"));
        Figures fire = new Figures(new LevelFigures(1, 1, new BigDecimal("100.0")), new MajorFigures(0, 0, null, 0, 0),
                1, 0, null, BigDecimal.ZERO);
        SourceViews.Statistics statistics = new SourceViews.Statistics(COUNTY, "2026-01-01", "2026-06-30",
                "2026-07-01T08:00:00+08:00",
                List.of(new SourceViews.Row(T1, t1, List.of()), new SourceViews.Row(T2, t2, List.of())),
                new SourceViews.Row(COUNTY, total, List.of(new SourceViews.IndustryRow("GAS", total),
                        new SourceViews.IndustryRow("FIRE", fire))));
        SourceViews.Hazard overdue = new SourceViews.Hazard(UUID.randomUUID(), "YH-500240-2026-000003",
                "<script>alert(\"x\")</script>", "500240213001", "GAS", "GENERAL", "ORANGE", "RECTIFYING",
                "2026-03-01T09:00:00+08:00", new SourceViews.Rectification("2026-03-20",
                new SourceViews.Responsible("ENTERPRISE", "燃气站 & <img src=\"x\">", "张建国")), null, null);
        SourceViews.Hazard listed = new SourceViews.Hazard(UUID.randomUUID(), "YH-500240-2026-000005", "烟花爆竹零售点超量储存",
                "500240214001", "FIREWORKS", "MAJOR", "RED", "SUBMITTED", "2026-02-01T09:00:00+08:00", null,
                new SourceViews.Supervision(true, "COUNTY", "忠县应急管理局", "忠安督〔2026〕1号", "2026-08-01",
                        "2026-02-03T10:00:00+08:00"), null);
        Sourced sourced = new Sourced(statistics, new Sourced.HazardList(overdueTotal, listLimit, List.of(overdue)),
                new Sourced.HazardList(1, listLimit, List.of(listed)),
                List.of(new Sourced.CampaignProgress(new SourceViews.Campaign(UUID.randomUUID(),
                        "三星乡重大事故隐患专项排查整治2023行动方案", "三星府发〔2023〕76号", T1, 2023, "PUBLISHED"),
                        new SourceViews.Counts(8, 25, 34, 33, 0, 1))));
        return BulletinFigures.of(COUNTY, Period.ofKey("2026-H1", "period"), sourced,
                Map.of(COUNTY, "忠县", T1, "三星乡", T2, "拔山镇"));
    }
}
