package cn.hazardledger.hazardservice.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts behind one cell of the statistics form (a child region, an industry, a level), as the database
 * sums them. Every figure of the form is derived from tallies, and tallies only ever add up, so a total is the
 * sum of its rows by construction; rates and averages are computed from the summed counts, never averaged.
 *
 * @param found          hazards found in the period (in the ledger: neither awaiting review nor rejected)
 * @param rectified      of those, closed, or fixed on the spot and awaiting re-inspection
 * @param closed         of those, closed (销号)
 * @param overdue        of those, overdue now
 * @param listed         of those, ever listed for supervision (挂牌督办)
 * @param planned        of those, with a five-in-place plan
 * @param secondsToClose the closed ones' time from report to closure, summed, in seconds
 * @param fundsYuan      the funds of the current plan of the rectified ones, summed
 */
public record Tally(long found, long rectified, long closed, long overdue, long listed, long planned,
                    BigDecimal secondsToClose, BigDecimal fundsYuan) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Tally plus(Tally o) {
        return new Tally(found + o.found, rectified + o.rectified, closed + o.closed, overdue + o.overdue,
                listed + o.listed, planned + o.planned, secondsToClose.add(o.secondsToClose), fundsYuan.add(o.fundsYuan));
    }

    /** 整改率: rectified of found, in percent with one decimal; null when nothing was found (not 0, not NaN). */
    public BigDecimal rectificationRate() {
        return found == 0 ? null : BigDecimal.valueOf(rectified).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(found), 1, RoundingMode.HALF_UP);
    }

    /** Days from report to closure over the closed hazards, one decimal; null when none is closed. */
    public BigDecimal averageDaysToClose() {
        return closed == 0 ? null : secondsToClose.divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(closed)), 1,
                RoundingMode.HALF_UP);
    }

    public BigDecimal fundsSpentYuan() {
        return fundsYuan.setScale(2, RoundingMode.HALF_UP);
    }
}
