package cn.hazardledger.chassis.security;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;

/** Who is calling: subject, role and the region whose data they may see, all taken from the verified token. */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region_code";
    public static final String UNIT_CODE_CLAIM = "unit_code";
    public static final String UNIT_NAME_CLAIM = "unit_name";
    public static final String CREDIT_CODE_CLAIM = "credit_code";
    public static final String NAME_CLAIM = "name";

    /**
     * When a token carries several roles, the most specific one that acts on hazards wins. AUDITOR acts on nothing
     * (it reads the audit trail, which checks the group itself), so any role that acts comes before it.
     */
    private static final List<String> ROLE_PRECEDENCE = List.of(Roles.SYSTEM, Roles.REGULATOR, Roles.LEADER,
            Roles.TOWNSHIP, Roles.UNIT, Roles.INSPECTOR, Roles.ENTERPRISE, Roles.AUDITOR, Roles.PUBLIC);

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
    }

    public String role() {
        return roleOf(jwt.getGroups());
    }

    /** The role that a token of these groups acts in (the precedence above). */
    public static String roleOf(java.util.Set<String> groups) {
        return ROLE_PRECEDENCE.stream().filter(groups::contains).findFirst().orElse(Roles.PUBLIC);
    }

    /** A token without a valid region claim can see nothing: forbidden rather than everything. */
    public RegionCode region() {
        // a claim is whatever JSON the token holds: a number or an array is no region, not a server error
        Object raw = jwt.getClaim(REGION_CLAIM);
        String claim = raw instanceof String text ? text
                : raw instanceof jakarta.json.JsonString json ? json.getString() : null;
        if (!RegionCode.isValid(claim)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "your token carries no valid " + REGION_CLAIM + " claim (a 12-digit region code), so no data is in scope");
        }
        return RegionCode.of(claim);
    }

    /** The unit (责任科室 / 行业主管部门) a UNIT token speaks for, from its unit_code claim. */
    public Optional<String> unitCode() {
        return text(UNIT_CODE_CLAIM);
    }

    public Optional<String> unitName() {
        return text(UNIT_NAME_CLAIM);
    }

    /** The enterprise an ENTERPRISE token speaks for: its unified social credit code. */
    public Optional<String> creditCode() {
        return text(CREDIT_CODE_CLAIM);
    }

    /** The person's name as the identity provider knows it (OIDC {@code name}): what their signature must say. */
    public Optional<String> name() {
        return text(NAME_CLAIM);
    }

    private Optional<String> text(String claim) {
        Object raw = jwt.getClaim(claim);
        String value = raw instanceof String text ? text
                : raw instanceof jakarta.json.JsonString json ? json.getString() : null;
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && v.length() <= 200);
    }

    public boolean canSee(RegionCode code) {
        return region().covers(code);
    }
}
