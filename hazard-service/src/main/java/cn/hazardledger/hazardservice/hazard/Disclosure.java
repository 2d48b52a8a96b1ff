package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.Roles;

import java.util.Set;

/**
 * Whether an answer shows personal data (docs/domain.md, "Personal data") in clear or masked. Phone numbers are
 * there to be called: the roles that act on a hazard (find it, fix it, check it, supervise it) see them in clear
 * where they read one hazard; leaders, other systems and auditors never call the enterprise's contact, so they
 * see them masked; and a list or a search, which shows many people at once, masks them for everyone.
 */
public enum Disclosure {
    CLEAR, MASKED;

    private static final Set<String> ACTING_ROLES = Set.of(Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT,
            Roles.TOWNSHIP, Roles.REGULATOR);

    /** For an answer about one hazard (or the caller's own offline copy of its working set). */
    public static Disclosure forOne(String role) {
        return ACTING_ROLES.contains(role) ? CLEAR : MASKED;
    }

    public String phone(String phone) {
        return this == CLEAR ? phone : maskPhone(phone);
    }

    /** 138****0000: enough to tell two numbers apart, too little to call. Short numbers keep only their ends. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int head = digits.length() >= 11 ? 3 : 1;
        int tail = digits.length() >= 11 ? 4 : 2;
        return digits.substring(0, head) + "*".repeat(digits.length() - head - tail) + digits.substring(digits.length() - tail);
    }
}
