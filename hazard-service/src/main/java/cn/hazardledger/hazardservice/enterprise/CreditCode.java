package cn.hazardledger.hazardservice.enterprise;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that names an enterprise or other organisation:
 * 18 characters, registration authority (1), organisation type (1), registering authority's division (6), the
 * organisation's identifier (9, GB 11714) and a check character over the first 17.
 *
 * <p>Only the form and the check character are verified. The authority/type pairs of positions 1–2 are not: the
 * table of GB 32100 has grown by amendments since 2015, and refusing a real code because this copy of the table is
 * behind would be worse than letting a code with an unknown type through.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    /** The code's 31 characters, in the order of their values 0–30: no I, O, S, V or Z, which read as digits. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Weight of each of the first 17 positions: 3^i mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        return problemWith(code) == null;
    }

    /**
     * Why {@code code} is not a unified social credit code, in words a client can act on; null when it is one.
     * Lower case and spaces are refused rather than corrected: the code is read as written (README, "Input is read
     * as written"), and a register keeps it in upper case.
     */
    public static String problemWith(String code) {
        if (code == null || code.isEmpty()) {
            return "must be an 18-character unified social credit code";
        }
        if (code.chars().anyMatch(Character::isWhitespace)) {
            return "must not contain spaces or other whitespace";
        }
        if (code.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            return "must be written in upper case";
        }
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            return "must be " + LENGTH + " characters long, not " + length;
        }
        int[] characters = code.codePoints().toArray();
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(characters[i]) < 0) {
                return "character " + describe(characters[i]) + " at position " + (i + 1)
                        + " is not in the code's alphabet (0-9 and A-Y without I, O, S, V, Z)";
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return "wrong check character: the last character should be '" + expected + "', not '"
                    + code.charAt(LENGTH - 1) + "'";
        }
        return null;
    }

    /** The check character of GB 32100 §5 for the first 17 characters (all from {@link #ALPHABET}). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    // a letter or digit is shown as it is; anything else by its code point, so that no brace, dollar sign or control
    // character of the input reaches a message template or a client's screen
    private static String describe(int c) {
        return c < 128 && Character.isLetterOrDigit(c) ? "'" + (char) c + "'" : String.format("U+%04X", c);
    }
}
