package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.RegionCode;

/** A level of the administrative hierarchy, measured from the event's region. */
public enum RegionLevel {
    EVENT_REGION(12), TOWNSHIP(9), COUNTY(6), CITY(4), PROVINCE(2);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** {@code code} at this level; a code above this level answers itself (a county has no township). */
    public String of(String code) {
        RegionCode region = RegionCode.of(code);
        String prefix = code.substring(0, digits);
        if (region.scopePrefix().length() < digits) {
            return code;
        }
        return prefix + "0".repeat(12 - digits);
    }

    /** The level just above the area {@code code} names: a village's township, a township's county… */
    public static String parentOf(String code) {
        int significant = RegionCode.of(code).scopePrefix().length();
        for (RegionLevel level : new RegionLevel[]{TOWNSHIP, COUNTY, CITY, PROVINCE}) {
            if (level.digits < significant) {
                return level.of(code);
            }
        }
        return code;
    }
}
