package cn.hazardledger.notifyservice.bulletin.render;

import cn.hazardledger.notifyservice.bulletin.BulletinFigures;
import cn.hazardledger.notifyservice.bulletin.source.SourceViews;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;

import java.util.List;

/**
 * A bulletin as one self-contained HTML document: Chinese, printable on A4, charts as inline SVG, no script, no
 * style sheet, font or image fetched from anywhere. Every text from a source is escaped.
 */
public final class BulletinHtml {

    private static final String STYLE = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;max-width:960px;margin:24px auto;color:#111;line-height:1.6}
            h1{text-align:center;font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #999}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
            th,td{border:1px solid #666;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}
            td.n{text-align:right}.note{font-size:12px;color:#444}
            @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table,svg{page-break-inside:avoid}}
            @page{size:A4;margin:18mm}""";

    private BulletinHtml() {
    }

    public static String render(BulletinFigures f) {
        SourceViews.Figures total = f.statistics().total().figures();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(f.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(Html.escape(f.title())).append("</h1>");
        h.append("<p class=\"note\">统计区域：").append(Html.escape(f.nameOf(f.region()))).append("；统计期间：")
                .append(f.from()).append(" 至 ").append(f.to()).append("（北京时间）；数据截至：")
                .append(Html.escape(f.asOf())).append("</p>");

        h.append("<h2>一、总体情况</h2><p>").append(Html.escape(summary(f, total))).append("</p>");
        h.append(table(BulletinRows.SUMMARY_HEADERS, BulletinRows.summaryRows(total)));

        h.append("<h2>二、分区域情况</h2>");
        h.append(SvgBars.chart("各区域隐患整改率", BulletinRows.rateBars(f), 100));
        h.append(table(BulletinRows.REGION_HEADERS, BulletinRows.regionRows(f)));

        h.append("<h2>三、超期未整改隐患</h2>");
        h.append(SvgBars.chart("超期未整改隐患（按行业领域）", BulletinRows.overdueBars(f), BulletinRows.maxOverdue(f)));
        hazardList(h, f.overdue(), BulletinRows.OVERDUE_HEADERS, BulletinRows.overdueRows(f), "超期未整改隐患");

        h.append("<h2>四、挂牌督办隐患</h2>");
        hazardList(h, f.listed(), BulletinRows.LISTED_HEADERS, BulletinRows.listedRows(f), "仍在挂牌督办的隐患");

        h.append("<h2>五、专项行动任务进展</h2>");
        if (f.campaigns().isEmpty()) {
            h.append("<p>本区域无实施中或本期结束的专项行动。</p>");
        } else {
            h.append(table(BulletinRows.CAMPAIGN_HEADERS, BulletinRows.campaignRows(f)));
        }

        h.append("<h2>说明</h2><p class=\"note\">").append(Html.escape(BulletinRows.NOTE)).append("</p>");
        return h.append("</body></html>").toString();
    }

    public static String summary(BulletinFigures f, SourceViews.Figures t) {
        return f.periodWords() + "，" + f.nameOf(f.region()) + "共排查发现隐患" + t.found() + "项，其中一般隐患"
                + t.general().found() + "项、重大事故隐患" + t.major().found() + "项；已整改" + t.rectified()
                + "项，一般隐患整改率" + Words.rate(t.general().rectificationRate()) + "，重大事故隐患整改率"
                + Words.rate(t.major().rectificationRate()) + "；挂牌督办" + t.major().listedForSupervision()
                + "项；已销号" + t.closed() + "项；超期未整改" + t.overdue() + "项。";
    }

    private static void hazardList(StringBuilder h, Sourced.HazardList list, List<String> headers,
                                   List<List<Object>> rows, String what) {
        if (list.total() == 0) {
            h.append("<p>无").append(what).append("。</p>");
            return;
        }
        h.append(table(headers, rows));
        if (list.leftOut() > 0) {
            h.append("<p class=\"note\">共").append(list.total()).append("项，此处列出前").append(list.items().size())
                    .append("项，另有").append(list.leftOut()).append("项未列出（见 XLSX 或隐患台账）。</p>");
        }
    }

    private static String table(List<String> headers, List<List<Object>> rows) {
        StringBuilder t = new StringBuilder("<table><thead><tr>");
        headers.forEach(head -> t.append("<th>").append(Html.escape(head)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (List<Object> row : rows) {
            t.append("<tr>");
            for (Object cell : row) {
                t.append(cell instanceof Number ? "<td class=\"n\">" : "<td>").append(Html.escape(BulletinRows.cell(cell)))
                        .append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table>").toString();
    }
}
