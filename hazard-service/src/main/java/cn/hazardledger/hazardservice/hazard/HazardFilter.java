package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.hazardservice.enterprise.CreditCode;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The parsed filters of GET /hazards, and the JPQL they add to the caller's scope. */
public record HazardFilter(HazardStatus status, HazardLevel level, Industry industry, HazardSource source,
                           RiskColour riskColour, RegionCode region, String creditCode, boolean overdue, boolean listed,
                           boolean escalated, String responsibleUnit, LocalDate reportedFrom, LocalDate reportedTo,
                           LocalDate deadlineFrom, LocalDate deadlineTo, LocalDate closedFrom, LocalDate closedTo,
                           List<String> words) {

    static final int MAX_TEXT = 100;

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
                QueryParams.date(q.deadlineTo, "deadlineTo"), QueryParams.date(q.closedFrom, "closedFrom"),
                QueryParams.date(q.closedTo, "closedTo"), words(q.q));
    }

    /** Appends the filters to {@code query}; {@code today} is the China date overdue is read against. */
    public void appendTo(StringBuilder query, Parameters params, LocalDate today) {
        appendTo(query, params, today, "");
    }

    /**
     * The same, where the caller's scope is {@code scopePrefix} ({@link HazardScope#regionPrefix()}): a county's or
     * a township's scope is then also a facet of the text index (V11).
     */
    public void appendTo(StringBuilder query, Parameters params, LocalDate today, String scopePrefix) {
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
        days(query, params, "reportedAt", "reported", reportedFrom, reportedTo);
        days(query, params, "closedAt", "closed", closedFrom, closedTo);
        if (deadlineFrom != null) {
            query.append(" and deadline >= :deadlineFrom");
            params.and("deadlineFrom", deadlineFrom);
        }
        if (deadlineTo != null) {
            query.append(" and deadline <= :deadlineTo");
            params.and("deadlineTo", deadlineTo);
        }
        if (hasText()) {
            appendText(query, params, scopePrefix);
        }
    }

    /**
     * Free text (V8, V11): the text index narrows to rows holding every two-character piece of each word and
     * every facet of the scope and the filters, then each word is confirmed as a substring. A one-character word
     * has no bigram and is only confirmed, within whatever the facets and the other filters narrowed to.
     */
    private void appendText(StringBuilder query, Parameters params, String scopePrefix) {
        query.append(" and function('hazard_search_matches', title, description, enterprise.name, countyCode, townshipCode, "
                + "status, level, industry, source, riskColour, :words, :facets) = true");
        params.and("words", String.join(" ", words)).and("facets", String.join(" ", facets(scopePrefix)));
        query.append(" and ").append(textMatch(params));
    }

    /** The facet elements of the text index (V11) that the scope and the filters ask for. */
    List<String> facets(String scopePrefix) {
        List<String> facets = new java.util.ArrayList<>();
        String narrowest = region != null && region.scopePrefix().length() > scopePrefix.length() ? region.scopePrefix() : scopePrefix;
        if (narrowest.length() >= 9) {
            facets.add("@t" + narrowest.substring(0, 9));
        } else if (narrowest.length() >= 6) {
            facets.add("@c" + narrowest.substring(0, 6));
        }
        if (status != null) {
            facets.add("@s" + status.name());
        }
        if (level != null) {
            facets.add("@l" + level.name());
        }
        if (industry != null) {
            facets.add("@i" + industry.name());
        }
        if (source != null) {
            facets.add("@o" + source.name());
        }
        if (riskColour != null) {
            facets.add("@r" + riskColour.name());
        }
        return facets;
    }

    /** The exact test of every word, without the index: what the newest-rows window of a list checks. */
    public String textMatch(Parameters params) {
        StringBuilder match = new StringBuilder("(1 = 1");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // lower() of CJK text costs as much as the search itself; only a word with letters needs it
            boolean cased = !word.equals(word.toUpperCase(Locale.ROOT));
            String text = cased ? "function('hazard_text', title, description, enterprise.name)"
                    : "concat(title, ' ', description, ' ', coalesce(enterprise.name, ''))";
            match.append(" and locate(:word").append(i).append(", ").append(text).append(") > 0");
            params.and("word" + i, word);
        }
        return match.append(")").toString();
    }

    public boolean hasText() {
        return !words.isEmpty();
    }

    /** The same filters without the free text. */
    public HazardFilter withoutText() {
        return new HazardFilter(status, level, industry, source, riskColour, region, creditCode, overdue, listed, escalated,
                responsibleUnit, reportedFrom, reportedTo, deadlineFrom, deadlineTo, closedFrom, closedTo, List.of());
    }

    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_TEXT) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (q.chars().anyMatch(c -> c == 0 || Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ProblemException.invalidField("q", "must not contain control characters");
        }
        return Arrays.stream(q.trim().toLowerCase(Locale.ROOT).split("[\\s\\u3000]+")).distinct().limit(10).toList();
    }

    /** A range of China dates over a time field: from the first day's start to the last day's end. */
    private static void days(StringBuilder query, Parameters params, String field, String name, LocalDate from, LocalDate to) {
        if (from != null) {
            query.append(" and ").append(field).append(" >= :").append(name).append("From");
            params.and(name + "From", from.atStartOfDay(ChinaTime.ZONE).toInstant());
        }
        if (to != null) {
            query.append(" and ").append(field).append(" < :").append(name).append("To");
            params.and(name + "To", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
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
