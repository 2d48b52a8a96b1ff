package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import io.quarkus.panache.common.Parameters;

/**
 * Which hazards a caller sees (docs/domain.md, "Who uses the system"; the table in hazard-service/README.md):
 * everything in their region, except that an enterprise sees only its own hazards and a unit only those pushed
 * to it or that it must rectify, plus, for both, what they reported themselves. Written once as a query
 * predicate and once as a check, so that lists and single reads agree.
 */
public record HazardScope(String regionPrefix, String role, String subject, String ownCode) {

    public static HazardScope of(Caller caller) {
        String role = caller.role();
        String own = switch (role) {
            case Roles.ENTERPRISE -> caller.creditCode().orElse(null);
            case Roles.UNIT -> caller.unitCode().orElse(null);
            default -> null;
        };
        return new HazardScope(caller.region().scopePrefix(), role, caller.subject(), own);
    }

    public boolean sees(Hazard h) {
        if (!h.regionCode.startsWith(regionPrefix)) {
            return false;
        }
        return switch (role) {
            case Roles.ENTERPRISE -> h.reportedBy.equals(subject)
                    || ownCode != null && h.enterprise != null && ownCode.equals(h.enterprise.creditCode);
            case Roles.UNIT -> h.reportedBy.equals(subject) || ownCode != null
                    && (ownCode.equals(h.responsibleUnitCode) || h.escalation != null && ownCode.equals(h.escalation.departmentCode));
            default -> true;
        };
    }

    /** The same rule as a JPQL predicate over {@code Hazard}, with its parameters added to {@code params}. */
    public String predicate(Parameters params) {
        String region = regionPredicate(regionPrefix, "scope", params);
        return switch (role) {
            case Roles.ENTERPRISE -> {
                params.and("subject", subject).and("own", ownCode == null ? "" : ownCode);
                yield region + " and (reportedBy = :subject or enterprise.creditCode = :own)";
            }
            case Roles.UNIT -> {
                params.and("subject", subject).and("own", ownCode == null ? "" : ownCode);
                yield region + " and (reportedBy = :subject or responsibleUnitCode = :own or escalation.departmentCode = :own)";
            }
            default -> region;
        };
    }

    /**
     * The same rule once more as SQL over table {@code hazard} aliased {@code h}, for the reads that need native
     * SQL (the changes feed compares transaction ids, which JPQL cannot); {@code params} receives its values.
     */
    public String sqlPredicate(java.util.Map<String, Object> params) {
        String region = switch (regionPrefix.length()) {
            case 6 -> "h.county_code = :scope";
            case 9 -> "h.township_code = :scope";
            case 12 -> "h.region_code = :scope";
            default -> "h.region_code like :scope";
        };
        params.put("scope", region.endsWith("like :scope") ? regionPrefix + "%" : regionPrefix);
        if (!role.equals(Roles.ENTERPRISE) && !role.equals(Roles.UNIT)) {
            return region;
        }
        params.put("subject", subject);
        params.put("own", ownCode == null ? "" : ownCode);
        return region + (role.equals(Roles.ENTERPRISE)
                ? " and (h.reported_by = :subject or h.enterprise_credit_code = :own)"
                : " and (h.reported_by = :subject or h.responsible_unit_code = :own or h.department_code = :own)");
    }

    /** ENTERPRISE or UNIT: the party whose code can lose a hazard (hazard_scope_exit); null for a region's staff. */
    public String partyKind() {
        return role.equals(Roles.ENTERPRISE) || role.equals(Roles.UNIT) ? role : null;
    }

    /**
     * "In this region and under it" for a {@link RegionCode#scopePrefix()}: a county, a township or a village is
     * an equality on a column of its own (indexed); only a city or a province is a prefix match.
     */
    static String regionPredicate(String prefix, String parameter, Parameters params) {
        String column = switch (prefix.length()) {
            case 6 -> "countyCode";
            case 9 -> "townshipCode";
            case 12 -> "regionCode";
            default -> null;
        };
        if (column == null) {
            params.and(parameter, prefix + "%");
            return "regionCode like :" + parameter;
        }
        params.and(parameter, prefix);
        return column + " = :" + parameter;
    }

    public boolean covers(RegionCode region) {
        return region.value().startsWith(regionPrefix);
    }
}
