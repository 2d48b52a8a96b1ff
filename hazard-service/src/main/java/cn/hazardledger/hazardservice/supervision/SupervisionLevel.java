package cn.hazardledger.hazardservice.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "挂牌督办层级 / listing level: PROVINCE 省级, CITY 市级, COUNTY 县级")
public enum SupervisionLevel {
    PROVINCE, CITY, COUNTY
}
