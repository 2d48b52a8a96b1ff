package cn.hazardledger.chassis.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 12-digit administrative division code (行政区划代码): province(2) city(2) county(2) township(3) village(3).
 * Trailing zero groups mean "the whole area", so 500240213000 is a township and covers 500240213001..999.
 * A zero group can only be followed by zero groups: 500000213001 names a village of no county, which no
 * division can be, and the province is never 00.
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
        if (code == null || !DIGITS.matcher(code).matches()) {
            return false;
        }
        boolean wholeArea = false;
        for (int i = 0; i < LEVEL_PREFIX.length; i++) {
            boolean zeros = isZeros(code.substring(i == 0 ? 0 : LEVEL_PREFIX[i - 1], LEVEL_PREFIX[i]));
            if (i == 0 && zeros || wholeArea && !zeros) {
                return false;
            }
            wholeArea = zeros;
        }
        return true;
    }

    /** Why {@code code} is not a region code, in words a client can act on; null when it is one. */
    public static String problemWith(String code) {
        if (code == null || !DIGITS.matcher(code).matches()) {
            return "must be a 12-digit administrative division code";
        }
        return isValid(code) ? null : "is not an administrative division code: its province is 00, or a level "
                + "below a 000 level is not 000";
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

    /** A county (区县) or a level above it: what a regulator's region must be to act for the county. */
    public boolean isCountyOrAbove() {
        return isZeros(code.substring(6));
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
