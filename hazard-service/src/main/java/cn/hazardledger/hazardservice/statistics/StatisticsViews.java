package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What GET /statistics answers: the statutory form 安全生产事故隐患排查治理情况统计表, one row per child region and a
 * total, each broken down by industry; the definitions are in hazard-service/README.md, "Statistics".
 */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(name = "Statistics", description = "安全生产事故隐患排查治理情况统计表 / hazard statistics of a region for a "
            + "period: one row per child region (a county's townships, a township's villages), and the total, which "
            + "is the sum of the rows")
    public record Statistics(
            @Schema(description = "the region counted, 12 digits", examples = "500240000000") String region,
            @Schema(description = "first day of the period (China date), inclusive") LocalDate from,
            @Schema(description = "last day of the period (China date), inclusive") LocalDate to,
            @Schema(description = "the industry filter, when one was given") Industry industry,
            @Schema(description = "the level filter, when one was given") HazardLevel level,
            @Schema(description = "when the figures were read: rectified, closed and overdue are as of then") OffsetDateTime asOf,
            @Schema(description = "one row per child region in which a hazard was found in the period, by region code")
            List<Row> rows,
            @Schema(description = "合计 / the total: the sum of the rows") Row total) {
    }

    @Schema(name = "StatisticsRow", description = "one region's figures, and the same by industry")
    public record Row(
            @Schema(description = "the child region (for the total, the region counted)", examples = "500240213000")
            String region,
            Figures figures,
            @Schema(description = "行业领域: the industries in which a hazard was found, in the order of Industry")
            List<IndustryRow> byIndustry) {
    }

    @Schema(name = "StatisticsIndustryRow", description = "one industry's figures within a row")
    public record IndustryRow(Industry industry, Figures figures) {
    }

    @Schema(name = "StatisticsFigures", description = "the figures of the form for one cell")
    public record Figures(
            @Schema(description = "一般隐患 / general hazards") LevelFigures general,
            @Schema(description = "重大事故隐患 / major hazards") MajorFigures major,
            @Schema(description = "已销号 / closed, both levels") long closed,
            @Schema(description = "超期未整改 / overdue now, both levels") long overdue,
            @Schema(description = "平均销号天数 / average days from report to closure of the closed ones, one decimal; "
                    + "null when none is closed") BigDecimal averageDaysToClose,
            @Schema(description = "落实整改资金（元）/ funds of the current five-in-place plan of the rectified ones, yuan "
                    + "(the paper form writes 万元: divide by 10,000)") BigDecimal fundsSpentYuan) {

        static Figures of(Tally general, Tally major) {
            Tally both = general.plus(major);
            return new Figures(new LevelFigures(general.found(), general.rectified(), general.rectificationRate()),
                    new MajorFigures(major.found(), major.rectified(), major.rectificationRate(), major.planned(),
                            major.listed()),
                    both.closed(), both.overdue(), both.averageDaysToClose(), both.fundsSpentYuan());
        }
    }

    @Schema(name = "StatisticsLevelFigures", description = "一般隐患 排查数、已整改数、整改率")
    public record LevelFigures(
            @Schema(description = "排查发现 / found in the period") long found,
            @Schema(description = "已整改 / rectified: closed, or fixed on the spot") long rectified,
            @Schema(description = "整改率（%）/ rectified of found in percent, one decimal; null when none was found",
                    examples = "66.7") BigDecimal rectificationRate) {
    }

    @Schema(name = "StatisticsMajorFigures", description = "重大事故隐患 排查数、已整改数、整改率、落实五到位数、挂牌督办数")
    public record MajorFigures(
            @Schema(description = "排查发现 / found in the period") long found,
            @Schema(description = "已整改 / rectified: closed, or fixed on the spot") long rectified,
            @Schema(description = "整改率（%）/ rectified of found in percent, one decimal; null when none was found",
                    examples = "50.0") BigDecimal rectificationRate,
            @Schema(description = "落实“五到位” / with a five-in-place plan: a plan is only accepted whole, so each of "
                    + "目标任务、经费物资、机构人员、时间要求、安全措施应急预案 is in place") long fiveInPlaceMet,
            @Schema(description = "挂牌督办 / listed for supervision (delisted ones included)") long listedForSupervision) {
    }
}
