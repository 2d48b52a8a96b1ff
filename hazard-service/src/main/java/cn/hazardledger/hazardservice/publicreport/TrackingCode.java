package cn.hazardledger.hazardservice.publicreport;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code a reporter quotes (举报编号): {@code JB-} and 10 characters of an alphabet without 0/O and 1/I, so that
 * it is read out over the phone and typed from a note without doubt. 32^10 ≈ 10^15 codes: guessing one is hopeless,
 * and a code alone shows nothing without its secret anyway.
 */
public final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String PREFIX = "JB-";
    static final int LENGTH = 10;
    private static final Pattern FORM = Pattern.compile("JB-[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
