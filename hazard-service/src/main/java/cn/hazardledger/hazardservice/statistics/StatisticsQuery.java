package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The parameters of GET /statistics, parsed: each refusal is a 400 naming its parameter. The period is whole
 * China days, {@code from} to {@code to} inclusive.
 */
public record StatisticsQuery(RegionCode region, LocalDate from, LocalDate to, Industry industry, HazardLevel level) {

    /** No hazard was reported before the ledger existed; earlier dates are a typo, not a question. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /**
     * @param yours the caller's region, the default
     * @param today the China date now: the default {@code to}, and the last day the figures can be complete for
     */
    public static StatisticsQuery of(String region, String from, String to, String industry, String level,
                                     RegionCode yours, LocalDate today) {
        RegionCode counted = QueryParams.region(region, "region");
        LocalDate first = QueryParams.date(from, "from");
        LocalDate last = QueryParams.date(to, "to");
        last = last == null ? today : last;
        if (last.isAfter(today)) {
            throw ProblemException.invalidField("to", "must not be after today (" + today + "): the days to come "
                    + "have no figures yet");
        }
        first = first == null ? last.withDayOfYear(1) : first;
        if (first.isBefore(EARLIEST)) {
            throw ProblemException.invalidField("from", "must be " + EARLIEST + " or later");
        }
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        return new StatisticsQuery(counted == null ? yours : counted, first, last, QueryParams.enumValue(Industry.class, industry, "industry"),
                QueryParams.enumValue(HazardLevel.class, level, "level"));
    }

    /** The period's first instant: midnight in China. */
    public Instant start() {
        return from.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** The instant after the period: midnight in China after its last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
