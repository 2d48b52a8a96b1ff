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
