package cn.hazardledger.chassis.security;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Who is calling: subject, role and the region whose data they may see, all taken from the verified token. */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region_code";

    /** When a token carries several roles, the most specific one that acts on hazards wins. */
    private static final List<String> ROLE_PRECEDENCE = List.of(Roles.SYSTEM, Roles.REGULATOR, Roles.LEADER,
            Roles.TOWNSHIP, Roles.UNIT, Roles.INSPECTOR, Roles.ENTERPRISE, Roles.PUBLIC);

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
    }

    public String role() {
        return ROLE_PRECEDENCE.stream().filter(jwt.getGroups()::contains).findFirst().orElse(Roles.PUBLIC);
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

    public boolean canSee(RegionCode code) {
        return region().covers(code);
    }
}
