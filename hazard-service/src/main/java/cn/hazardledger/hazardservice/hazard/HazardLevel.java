package cn.hazardledger.hazardservice.hazard;

/** 一般隐患 or 重大事故隐患. A major hazard must be dual-reported. */
public enum HazardLevel {
    GENERAL, MAJOR
}
