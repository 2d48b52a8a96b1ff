package cn.hazardledger.launcher;

import java.util.Locale;

/**
 * Who a demo token speaks for: the claims the services read (README, "Identity"; hazard-service/README.md,
 * "Who may do what"). Role and region always; a person's name (what a report's signature must equal); the unit a
 * UNIT speaks for; the credit code of the enterprise an ENTERPRISE speaks for. Absent parts are null.
 */
public record Identity(String role, String region, String subject, String name, String unitCode, String unitName,
                       String creditCode) {

    /** As hazard-service reads a signature: at most 100 characters. */
    static final int MAX_NAME = 100;
    /** As a department push names a department: a code of at most 64 characters, a name of at most 200. */
    static final int MAX_UNIT_CODE = 64;
    static final int MAX_UNIT_NAME = 200;

    public static Identity of(String role, String region, String subject) {
        return new Identity(role, region, subject, null, null, null, null);
    }

    public Identity named(String personName) {
        return new Identity(role, region, subject, personName, unitCode, unitName, creditCode);
    }

    public Identity ofUnit(String code, String unit) {
        return new Identity(role, region, subject, name, code, unit, creditCode);
    }

    public Identity ofEnterprise(String code) {
        return new Identity(role, region, subject, name, unitCode, unitName, code);
    }

    /**
     * Throws IllegalArgumentException naming what is wrong: an unknown role, a region that is not 12 digits, a
     * blank or over-long name, a unit without both code and name or on a token that is no UNIT's, a credit code
     * that is not one or on a token that is no ENTERPRISE's.
     */
    public void requireValid() {
        Tokens.requireValid(role, region);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the subject must not be blank");
        }
        if (name != null) {
            requireText("--name", name, MAX_NAME);
        }
        if (unitCode != null || unitName != null) {
            if (unitCode == null || unitCode.isBlank() || unitName == null || unitName.isBlank()) {
                throw new IllegalArgumentException("--unit needs the unit's code and name: CODE:NAME, e.g. "
                        + "500240-ZJW:忠县住房和城乡建设委员会");
            }
            requireText("the unit's code", unitCode, MAX_UNIT_CODE);
            requireText("the unit's name", unitName, MAX_UNIT_NAME);
            requireRole("--unit", "UNIT");
        }
        if (creditCode != null) {
            String problem = CreditCodes.problemWith(creditCode);
            if (problem != null) {
                throw new IllegalArgumentException("--credit-code " + creditCode + ": " + problem);
            }
            requireRole("--credit-code", "ENTERPRISE");
        }
    }

    // a claim the role does not read would be silently ignored by the services: say so here instead
    private void requireRole(String option, String expected) {
        if (!expected.equals(role)) {
            throw new IllegalArgumentException(option + " is for " + expected + " tokens, not "
                    + role.toUpperCase(Locale.ROOT));
        }
    }

    private static void requireText(String what, String value, int max) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(what + " must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must not hold control characters");
        }
    }
}
