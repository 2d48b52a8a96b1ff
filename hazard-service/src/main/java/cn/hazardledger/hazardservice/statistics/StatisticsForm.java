package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Figures;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.IndustryRow;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Row;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lays the database's cells out as the form: a row per child region, each by industry, and the total. The total
 * is built from the same cells as the rows, so that every count in it is the sum of the rows' counts.
 */
public final class StatisticsForm {

    /** What one group of the aggregate query holds. */
    public record Cell(String region, Industry industry, HazardLevel level, Tally tally) {
    }

    /** A general and a major tally: the form keeps the two levels apart. */
    record Levels(Tally general, Tally major) {

        static final Levels ZERO = new Levels(Tally.ZERO, Tally.ZERO);

        static Levels of(HazardLevel level, Tally tally) {
            return level == HazardLevel.MAJOR ? new Levels(Tally.ZERO, tally) : new Levels(tally, Tally.ZERO);
        }

        Levels plus(Levels o) {
            return new Levels(general.plus(o.general), major.plus(o.major));
        }

        Figures figures() {
            return Figures.of(general, major);
        }
    }

    private final List<Row> rows;
    private final Row total;

    private StatisticsForm(List<Row> rows, Row total) {
        this.rows = rows;
        this.total = total;
    }

    public static StatisticsForm of(String region, List<Cell> cells) {
        SortedMap<String, Map<Industry, Levels>> byRegion = new TreeMap<>();
        Map<Industry, Levels> totals = new EnumMap<>(Industry.class);
        for (Cell cell : cells) {
            Levels levels = Levels.of(cell.level(), cell.tally());
            byRegion.computeIfAbsent(cell.region(), r -> new EnumMap<>(Industry.class))
                    .merge(cell.industry(), levels, Levels::plus);
            totals.merge(cell.industry(), levels, Levels::plus);
        }
        List<Row> rows = byRegion.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
        return new StatisticsForm(rows, row(region, totals));
    }

    private static Row row(String region, Map<Industry, Levels> industries) {
        Levels all = industries.values().stream().reduce(Levels.ZERO, Levels::plus);
        return new Row(region, all.figures(), industries.entrySet().stream()
                .map(e -> new IndustryRow(e.getKey(), e.getValue().figures())).toList());
    }

    public List<Row> rows() {
        return rows;
    }

    public Row total() {
        return total;
    }
}
