package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.statistics.StatisticsForm.Cell;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Figures;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's arithmetic: rates and averages from summed counts, and a total that is the sum of its rows. */
class StatisticsFormTest {

    static final String COUNTY = "500240000000";
    static final String TOWNSHIP_A = "500240213000";
    static final String TOWNSHIP_B = "500240214000";

    @Test
    void aRateIsPercentWithOneDecimalAndNullWhenNothingWasFound() {
        assertThat(tally(3, 2, 0).rectificationRate()).isEqualByComparingTo("66.7");
        assertThat(tally(3, 1, 0).rectificationRate()).isEqualByComparingTo("33.3");
        assertThat(tally(8, 1, 0).rectificationRate()).isEqualByComparingTo("12.5");
        assertThat(tally(16, 1, 0).rectificationRate()).isEqualByComparingTo("6.3");
        assertThat(tally(4, 4, 0).rectificationRate()).isEqualByComparingTo("100.0");
        assertThat(tally(2, 0, 0).rectificationRate()).isEqualByComparingTo("0.0");
        assertThat(Tally.ZERO.rectificationRate()).isNull();
    }

    @Test
    void averageDaysToCloseIsSummedTimeOverClosedOneDecimalAndNullWhenNoneClosed() {
        // 1.5 days and 4 days: 2.75 days, shown 2.8
        Tally t = new Tally(2, 2, 2, 0, 0, 0, BigDecimal.valueOf(129_600 + 345_600), BigDecimal.ZERO);
        assertThat(t.averageDaysToClose()).isEqualByComparingTo("2.8");
        assertThat(tally(2, 1, 0).averageDaysToClose()).isNull();
    }

    @Test
    void theTotalIsTheSumOfTheRowsAndItsRatesComeFromTheSummedCounts() {
        // A: general GAS 3 found, 1 rectified; B: general GAS 1 found, 1 rectified; B: major FIRE 2 found, 1 closed
        List<Cell> cells = List.of(
                new Cell(TOWNSHIP_A, Industry.GAS, HazardLevel.GENERAL, new Tally(3, 1, 1, 1, 0, 2, days(2), yuan("100.50"))),
                new Cell(TOWNSHIP_B, Industry.GAS, HazardLevel.GENERAL, new Tally(1, 1, 1, 0, 0, 1, days(6), yuan("200"))),
                new Cell(TOWNSHIP_B, Industry.FIRE, HazardLevel.MAJOR, new Tally(2, 1, 1, 1, 1, 2, days(10), yuan("5000"))));
        StatisticsForm form = StatisticsForm.of(COUNTY, cells);

        assertThat(form.rows()).extracting(Row::region).containsExactly(TOWNSHIP_A, TOWNSHIP_B);
        Figures total = form.total().figures();
        assertThat(form.total().region()).isEqualTo(COUNTY);
        assertThat(total.general().found()).isEqualTo(4);
        assertThat(total.general().rectified()).isEqualTo(2);
        // 2 of 4, not the mean of A's 33.3 and B's 100.0
        assertThat(total.general().rectificationRate()).isEqualByComparingTo("50.0");
        assertThat(total.major().found()).isEqualTo(2);
        assertThat(total.major().rectificationRate()).isEqualByComparingTo("50.0");
        assertThat(total.major().fiveInPlaceMet()).isEqualTo(2);
        assertThat(total.major().listedForSupervision()).isEqualTo(1);
        assertThat(total.closed()).isEqualTo(3);
        assertThat(total.overdue()).isEqualTo(2);
        // (2 + 6 + 10) days over 3 closed: 6.0, not the mean of A's 2.0 and B's 8.0
        assertThat(total.averageDaysToClose()).isEqualByComparingTo("6.0");
        assertThat(total.fundsSpentYuan()).isEqualByComparingTo("5300.50");
        assertThat(total.fundsSpentYuan().scale()).isEqualTo(2);

        Figures b = form.rows().get(1).figures();
        assertThat(b.general().rectificationRate()).isEqualByComparingTo("100.0");
        assertThat(b.averageDaysToClose()).isEqualByComparingTo("8.0");
        assertThat(form.rows().get(0).figures().major().rectificationRate()).isNull();
        assertThat(form.rows().get(1).byIndustry()).extracting(r -> r.industry()).containsExactly(Industry.GAS, Industry.FIRE);

        for (var figure : List.<java.util.function.ToLongFunction<Figures>>of(f -> f.general().found(),
                f -> f.general().rectified(), f -> f.major().found(), f -> f.major().rectified(),
                f -> f.major().fiveInPlaceMet(), f -> f.major().listedForSupervision(), Figures::closed, Figures::overdue)) {
            assertThat(form.rows().stream().mapToLong(r -> figure.applyAsLong(r.figures())).sum())
                    .isEqualTo(figure.applyAsLong(total));
            assertThat(form.total().byIndustry().stream().mapToLong(r -> figure.applyAsLong(r.figures())).sum())
                    .isEqualTo(figure.applyAsLong(total));
        }
    }

    @Test
    void aRegionWithNothingFoundHasNoRowsAndANullRate() {
        StatisticsForm form = StatisticsForm.of(COUNTY, List.of());
        assertThat(form.rows()).isEmpty();
        assertThat(form.total().figures().general().rectificationRate()).isNull();
        assertThat(form.total().figures().averageDaysToClose()).isNull();
        assertThat(form.total().figures().fundsSpentYuan()).isEqualByComparingTo("0.00");
        assertThat(form.total().byIndustry()).isEmpty();
    }

    private static Tally tally(long found, long rectified, long closed) {
        return new Tally(found, rectified, closed, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static BigDecimal days(long days) {
        return BigDecimal.valueOf(days * 86_400);
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
