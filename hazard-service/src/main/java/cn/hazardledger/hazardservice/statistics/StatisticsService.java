package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.statistics.StatisticsForm.Cell;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Statistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statistics form of a region and period, from one aggregate query over the hazards found in it (the
 * definitions: hazard-service/README.md, "Statistics"). Region scope is equality on the hazard's county and
 * township columns, so that a county reads one range of {@code hazard_statistics_idx} and no row of the table.
 */
@ApplicationScoped
public class StatisticsService {

    /** In the ledger: confirmed and not rejected. A report awaiting review may yet be found untrue (不属实). */
    static final Set<HazardStatus> IN_LEDGER = EnumSet.complementOf(EnumSet.of(HazardStatus.REPORTED, HazardStatus.REJECTED));

    /** Closed, or fixed on the spot and awaiting re-inspection: only an on-the-spot fix is SUBMITTED without a plan. */
    private static final String RECTIFIED = "(h.status = 'CLOSED' OR (h.status = 'SUBMITTED' AND h.plan_revision = 0))";

    private static final String CELLS = """
            SELECT %s AS child, h.industry, h.level,
                   count(*) AS found,
                   count(*) FILTER (WHERE %s) AS rectified,
                   count(*) FILTER (WHERE h.status = 'CLOSED') AS closed,
                   count(*) FILTER (WHERE h.status IN (%s) AND h.deadline < :today) AS overdue,
                   count(*) FILTER (WHERE h.listed_at IS NOT NULL) AS listed,
                   count(*) FILTER (WHERE h.plan_revision > 0) AS planned,
                   coalesce(sum(extract(epoch FROM h.closed_at - h.reported_at)) FILTER (WHERE h.status = 'CLOSED'), 0),
                   coalesce(sum(h.plan_funds_yuan) FILTER (WHERE %s), 0) AS funds
            FROM hazard h
            WHERE %s AND h.reported_at >= :start AND h.reported_at < :end AND h.status IN (%s)%s
            GROUP BY 1, 2, 3""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HazardService hazards;

    /** The form for {@code query}; a region outside the caller's is a 404, as everything outside their scope is. */
    public Statistics of(StatisticsQuery query) {
        if (!caller.region().covers(query.region())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no region " + query.region() + " in your region "
                    + caller.region());
        }
        Instant asOf = hazards.now();
        // overdue is read against the day of asOf, so that a form asked at midnight is of one moment
        List<Cell> cells = cells(query, LocalDate.ofInstant(asOf, ChinaTime.ZONE));
        StatisticsForm form = StatisticsForm.of(query.region().value(), cells);
        return new Statistics(query.region().value(), query.from(), query.to(), query.industry(), query.level(),
                ChinaTime.of(asOf), form.rows(), form.total());
    }

    public LocalDate today() {
        return hazards.today();
    }

    @SuppressWarnings("unchecked")
    private List<Cell> cells(StatisticsQuery query, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = scope(query.region(), params);
        StringBuilder filters = new StringBuilder();
        if (query.industry() != null) {
            filters.append(" AND h.industry = :industry");
            params.put("industry", query.industry().name());
        }
        if (query.level() != null) {
            filters.append(" AND h.level = :level");
            params.put("level", query.level().name());
        }
        String sql = CELLS.formatted(childColumn(query.region()), RECTIFIED, quoted(Hazard.OVERDUE_STATUSES), RECTIFIED,
                scope, quoted(IN_LEDGER), filters);
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("today", today);
        q.setParameter("start", query.start());
        q.setParameter("end", query.end());
        return ((List<Object[]>) q.getResultList()).stream().map(StatisticsService::cell).toList();
    }

    /**
     * A county's rows are its townships, a township's its villages; a village is its own only row. Grouping by a
     * stored column rather than by an expression over region_code spares the database a computation per hazard.
     */
    static String childColumn(RegionCode region) {
        return switch (region.scopePrefix().length()) {
            case 2 -> "substr(h.county_code, 1, 4)";
            case 4 -> "h.county_code";
            case 6 -> "h.township_code";
            default -> "h.region_code";
        };
    }

    /**
     * The region and everything under it, as equality on the generated ancestor columns wherever the region is a
     * county or below (the index leads with county_code); a city or a province is a prefix match.
     */
    static String scope(RegionCode region, Map<String, Object> params) {
        String prefix = region.scopePrefix();
        if (prefix.length() < 6) {
            params.put("prefix", prefix + "%");
            return "h.region_code LIKE :prefix";
        }
        params.put("county", prefix.substring(0, 6));
        return switch (prefix.length()) {
            case 6 -> "h.county_code = :county";
            case 9 -> {
                params.put("township", prefix);
                yield "h.county_code = :county AND h.township_code = :township";
            }
            default -> {
                params.put("village", prefix);
                yield "h.county_code = :county AND h.region_code = :village";
            }
        };
    }

    private static String quoted(Collection<HazardStatus> statuses) {
        // enum names, not input: safe to write into the statement, and a constant plan for the database
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static Cell cell(Object[] r) {
        Tally tally = new Tally(count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]),
                decimal(r[9]), decimal(r[10]));
        return new Cell(regionCode((String) r[0]), Industry.valueOf((String) r[1]), HazardLevel.valueOf((String) r[2]), tally);
    }

    /** A child's prefix as the 12-digit code of the whole area: 500240213 is the township 500240213000. */
    static String regionCode(String prefix) {
        return (prefix.strip() + "000000000000").substring(0, 12);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
