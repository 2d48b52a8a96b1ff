package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 一般隐患 or 重大事故隐患. A major hazard must be dual-reported. */
@Schema(description = "隐患等级 / level: GENERAL 一般隐患, MAJOR 重大事故隐患")
public enum HazardLevel {
    GENERAL, MAJOR
}
