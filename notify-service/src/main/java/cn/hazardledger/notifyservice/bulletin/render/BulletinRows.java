package cn.hazardledger.notifyservice.bulletin.render;

import cn.hazardledger.notifyservice.bulletin.BulletinFigures;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tables of a bulletin, once, for both renderings: the HTML and the XLSX show the same rows. A cell is a
 * {@link Number} (a count, a rate, yuan) or text; a figure with no value (a rate when nothing was found) is "—".
 */
public final class BulletinRows {

    static final String NO_VALUE = "—";

    static final List<String> SUMMARY_HEADERS = List.of("项目", "一般隐患", "重大事故隐患", "合计");
    static final List<String> REGION_HEADERS = List.of("区域", "排查一般隐患", "已整改一般隐患", "一般隐患整改率（%）",
            "排查重大隐患", "已整改重大隐患", "重大隐患整改率（%）", "挂牌督办", "已销号", "超期未整改", "平均整改销号天数",
            "落实治理资金（元）");
    static final List<String> OVERDUE_HEADERS = List.of("台账编号", "隐患名称", "区域", "行业领域", "等级", "风险",
            "状态", "整改期限", "整改责任方", "上报日期");
    static final List<String> LISTED_HEADERS = List.of("台账编号", "隐患名称", "区域", "行业领域", "状态", "督办级别",
            "督办机关", "督办文号", "督办期限", "挂牌日期");
    static final List<String> CAMPAIGN_HEADERS = List.of("专项行动", "文号", "区域", "年度", "状态", "具体任务",
            "已完成", "按期推进", "已超期", "完成率");

    static final String NOTE = "本通报数据取自隐患台账（hazard-service 统计接口）与任务分解（task-service）。排查发现指统计期间内上报"
            + "并经核实纳入台账的隐患（待核实、已退回的不计）；已整改指已销号或即查即改待复查；整改率为已整改数除以排查发现数；"
            + "已整改、已销号、超期未整改均为截至“数据截至”时刻的状态；超期未整改指整改期限已过且仍在整改中的隐患。"
            + "挂牌督办数含已摘牌的，挂牌督办清单仅列仍在督办的。超期及挂牌督办清单均为本期发现的隐患。";

    private BulletinRows() {
    }

    static List<List<Object>> summaryRows(SourceViews.Figures t) {
        return List.of(
                row("排查发现（项）", t.general().found(), t.major().found(), t.found()),
                row("已整改（项）", t.general().rectified(), t.major().rectified(), t.rectified()),
                row("整改率（%）", rate(t.general().rectificationRate()), rate(t.major().rectificationRate()), ""),
                row("落实“五到位”（项）", "", t.major().fiveInPlaceMet(), ""),
                row("挂牌督办（项）", "", t.major().listedForSupervision(), ""),
                row("已销号（项）", "", "", t.closed()),
                row("超期未整改（项）", "", "", t.overdue()),
                row("平均整改销号天数", "", "", rate(t.averageDaysToClose())),
                row("落实治理资金（元）", "", "", rate(t.fundsSpentYuan())));
    }

    static List<List<Object>> regionRows(BulletinFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (SourceViews.Row r : f.statistics().rows()) {
            rows.add(regionRow(f.nameOf(r.region()), r.figures()));
        }
        rows.add(regionRow("合计", f.statistics().total().figures()));
        return rows;
    }

    private static List<Object> regionRow(String name, SourceViews.Figures x) {
        return row(name, x.general().found(), x.general().rectified(), rate(x.general().rectificationRate()),
                x.major().found(), x.major().rectified(), rate(x.major().rectificationRate()),
                x.major().listedForSupervision(), x.closed(), x.overdue(), rate(x.averageDaysToClose()),
                rate(x.fundsSpentYuan()));
    }

    static List<List<Object>> overdueRows(BulletinFigures f) {
        return f.overdue().items().stream().map(h -> row(text(h.ledgerNumber()), h.title(), f.nameOf(h.regionCode()),
                Words.industry(h.industry()), Words.level(h.level()), Words.colour(h.riskColour()),
                Words.status(h.status()), h.rectification() == null ? "" : text(h.rectification().deadline()),
                responsible(h), Words.day(h.reportedAt()))).toList();
    }

    static List<List<Object>> listedRows(BulletinFigures f) {
        return f.listed().items().stream().map(h -> {
            SourceViews.Supervision s = h.supervision();
            return row(text(h.ledgerNumber()), h.title(), f.nameOf(h.regionCode()), Words.industry(h.industry()),
                    Words.status(h.status()), s == null ? "" : text(s.level()), s == null ? "" : text(s.authority()),
                    s == null ? "" : text(s.documentNumber()), s == null ? "" : text(s.deadline()),
                    s == null ? "" : Words.day(s.listedAt()));
        }).toList();
    }

    static List<List<Object>> campaignRows(BulletinFigures f) {
        return f.campaigns().stream().map(c -> {
            SourceViews.Counts p = c.progress();
            return row(c.campaign().title(), text(c.campaign().documentNumber()), f.nameOf(c.campaign().regionCode()),
                    c.campaign().year(), Words.campaignStatus(c.campaign().status()), p.specificTasks(), p.done(),
                    p.inTime(), p.overdue(), Words.share(p.done(), p.specificTasks()));
        }).toList();
    }

    /** One bar per child region: its general and major hazards together, rectified of found. */
    static List<SvgBars.Bar> rateBars(BulletinFigures f) {
        return f.statistics().rows().stream().map(r -> {
            long found = r.figures().found();
            long done = r.figures().rectified();
            Double rate = found == 0 ? null : done * 100.0 / found;
            String shown = found == 0 ? NO_VALUE : BigDecimal.valueOf(done * 100L)
                    .divide(BigDecimal.valueOf(found), 1, java.math.RoundingMode.HALF_UP) + "%（" + done + "/" + found + "）";
            return new SvgBars.Bar(f.nameOf(r.region()), rate, shown);
        }).toList();
    }

    /** One bar per industry in which a hazard was found in the period, its overdue count. */
    static List<SvgBars.Bar> overdueBars(BulletinFigures f) {
        return f.statistics().total().byIndustry().stream().map(i -> new SvgBars.Bar(Words.industry(i.industry()),
                (double) i.figures().overdue(), i.figures().overdue() + "项")).toList();
    }

    static double maxOverdue(BulletinFigures f) {
        return Math.max(1, f.statistics().total().byIndustry().stream().mapToLong(i -> i.figures().overdue()).max().orElse(1));
    }

    private static String responsible(SourceViews.Hazard h) {
        SourceViews.Responsible r = h.rectification() == null ? null : h.rectification().responsible();
        if (r == null) {
            return h.enterprise() == null ? "" : text(h.enterprise().name());
        }
        return r.personName() == null ? text(r.name()) : text(r.name()) + " " + r.personName();
    }

    private static Object rate(BigDecimal value) {
        return value == null ? NO_VALUE : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    static boolean hasMore(Sourced.HazardList list) {
        return list.leftOut() > 0;
    }
}
