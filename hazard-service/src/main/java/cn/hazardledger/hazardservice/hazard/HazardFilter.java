package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.hazardservice.enterprise.CreditCode;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;

/** The parsed filters of GET /hazards, and the JPQL they add to the caller's scope. */
public record HazardFilter(HazardStatus status, HazardLevel level, Industry industry, HazardSource source,
                           RiskColour riskColour, RegionCode region, String creditCode, boolean overdue, boolean listed,
                           boolean escalated, String responsibleUnit, LocalDate reportedFrom, LocalDate reportedTo,
                           LocalDate deadlineFrom, LocalDate deadlineTo) {

    public static HazardFilter of(HazardQuery q) {
        RegionCode region = QueryParams.region(q.region, "region");
        String credit = q.creditCode == null || q.creditCode.isBlank() ? null : q.creditCode.trim();
        if (credit != null && CreditCode.problemWith(credit) != null) {
            throw ProblemException.invalidField("creditCode", CreditCode.problemWith(credit));
        }
        String unit = q.responsibleUnit == null || q.responsibleUnit.isBlank() ? null : q.responsibleUnit.trim();
        if (unit != null && unit.length() > 64) {
            throw ProblemException.invalidField("responsibleUnit", "must be at most 64 characters");
        }
        return new HazardFilter(QueryParams.enumValue(HazardStatus.class, q.status, "status"),
                QueryParams.enumValue(HazardLevel.class, q.level, "level"),
                QueryParams.enumValue(Industry.class, q.industry, "industry"),
                QueryParams.enumValue(HazardSource.class, q.source, "source"),
                QueryParams.enumValue(RiskColour.class, q.riskColour, "riskColour"), region, credit,
                QueryParams.flag(q.overdue, "overdue"), QueryParams.flag(q.listed, "listed"),
                QueryParams.flag(q.escalated, "escalated"), unit, QueryParams.date(q.reportedFrom, "reportedFrom"),
                QueryParams.date(q.reportedTo, "reportedTo"), QueryParams.date(q.deadlineFrom, "deadlineFrom"),
                QueryParams.date(q.deadlineTo, "deadlineTo"));
    }

    /** Appends the filters to {@code query}; {@code today} is the China date overdue is read against. */
    public void appendTo(StringBuilder query, Parameters params, LocalDate today) {
        add(query, params, "status", status);
        add(query, params, "level", level);
        add(query, params, "industry", industry);
        add(query, params, "source", source);
        add(query, params, "riskColour", riskColour);
        add(query, params, "enterprise.creditCode", creditCode);
        add(query, params, "responsibleUnitCode", responsibleUnit);
        if (region != null) {
            query.append(" and ").append(HazardScope.regionPredicate(region.scopePrefix(), "region", params));
        }
        if (overdue) {
            // the same rule as Hazard.isOverdue, as a predicate
            query.append(" and deadline < :today and status in (:rectifying)");
            params.and("today", today).and("rectifying", Hazard.OVERDUE_STATUSES);
        }
        if (listed) {
            query.append(" and listing.listedAt is not null and listing.delistedAt is null");
        }
        if (escalated) {
            query.append(" and (escalation.poolRegionCode is not null or escalation.departmentCode is not null)");
        }
        if (reportedFrom != null) {
            query.append(" and reportedAt >= :reportedFrom");
            params.and("reportedFrom", reportedFrom.atStartOfDay(ChinaTime.ZONE).toInstant());
        }
        if (reportedTo != null) {
            query.append(" and reportedAt < :reportedTo");
            params.and("reportedTo", reportedTo.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        }
        if (deadlineFrom != null) {
            query.append(" and deadline >= :deadlineFrom");
            params.and("deadlineFrom", deadlineFrom);
        }
        if (deadlineTo != null) {
            query.append(" and deadline <= :deadlineTo");
            params.and("deadlineTo", deadlineTo);
        }
    }

    private static void add(StringBuilder query, Parameters params, String field, Object value) {
        if (value != null) {
            String name = "f_" + field.replace('.', '_');
            query.append(" and ").append(field).append(" = :").append(name);
            params.and(name, value);
        }
    }
}
