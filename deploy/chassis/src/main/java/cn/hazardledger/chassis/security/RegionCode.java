package cn.hazardledger.chassis.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 12-digit administrative division code (行政区划代码): province(2) city(2) county(2) township(3) village(3).
 * Trailing zero groups mean "the whole area", so 500240213000 is a township and covers 500240213001..999.
 */
public final class RegionCode {

    private static final Pattern DIGITS = Pattern.compile("\\d{12}");
    /** Lengths of the significant prefix at each level, coarsest first. */
    private static final int[] LEVEL_PREFIX = {2, 4, 6, 9, 12};

    private final String code;

    private RegionCode(String code) {
        this.code = code;
    }

    public static boolean isValid(String code) {
        return code != null && DIGITS.matcher(code).matches() && !code.startsWith("00");
    }

    public static RegionCode of(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a 12-digit region code: " + code);
        }
        return new RegionCode(code);
    }

    /** The digits that every code inside this area starts with. */
    public String scopePrefix() {
        for (int i = LEVEL_PREFIX.length - 1; i > 0; i--) {
            int start = LEVEL_PREFIX[i - 1];
            if (!isZeros(code.substring(start, LEVEL_PREFIX[i]))) {
                return code.substring(0, LEVEL_PREFIX[i]);
            }
        }
        return code.substring(0, LEVEL_PREFIX[0]);
    }

    public boolean covers(RegionCode other) {
        return other.code.startsWith(scopePrefix());
    }

    /** The township (乡镇) this code lies in; a code above township level has none and answers itself. */
    public RegionCode township() {
        return isZeros(code.substring(6, 9)) ? this : new RegionCode(code.substring(0, 9) + "000");
    }

    /** The county (区县) this code lies in. */
    public RegionCode county() {
        return isZeros(code.substring(4, 6)) ? this : new RegionCode(code.substring(0, 6) + "000000");
    }

    public String value() {
        return code;
    }

    private static boolean isZeros(String s) {
        return s.chars().allMatch(c -> c == '0');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
