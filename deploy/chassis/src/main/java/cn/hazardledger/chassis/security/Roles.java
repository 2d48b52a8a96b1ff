package cn.hazardledger.chassis.security;

/** Role names as they appear in the token's groups claim (docs/domain.md, "Who uses the system"). */
public final class Roles {
    public static final String INSPECTOR = "INSPECTOR";
    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String UNIT = "UNIT";
    public static final String TOWNSHIP = "TOWNSHIP";
    public static final String REGULATOR = "REGULATOR";
    public static final String LEADER = "LEADER";
    public static final String PUBLIC = "PUBLIC";
    public static final String SYSTEM = "SYSTEM";
    /** 审计员: reads the audit trail of their region, and nothing else (等保 2.0 三员分立). */
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
