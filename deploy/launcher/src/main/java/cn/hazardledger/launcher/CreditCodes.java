package cn.hazardledger.launcher;

/**
 * The check of a unified social credit code (统一社会信用代码, GB 32100) that deploy/token and the demo data make
 * before putting one into a token: hazard-service refuses an enterprise's report whose code is not its token's,
 * so a mistyped code would only surface later as a puzzling 400. Form and check character only, as hazard-service
 * checks it; the launcher shares no code with the services (README, "no shared library of domain classes").
 */
public final class CreditCodes {

    /** The 31 characters of the code, in the order of their values: no I, O, S, V or Z. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weight of each of the first 17 positions: 3^i mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Why {@code code} is not a credit code, in words a user can act on; null when it is one. */
    public static String problemWith(String code) {
        if (code == null || code.length() != 18) {
            return "must be 18 characters (GB 32100), e.g. 91350100M000100Y43";
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " is not one of 0-9 and A-Y without I, O, S, V, Z (upper case)";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        return code.charAt(17) == expected ? null
                : "wrong check character: the last character should be '" + expected + "'";
    }

    /** GB 32100 §5: the 18th character from the first 17 (public: the ledger bench makes codes with it). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
