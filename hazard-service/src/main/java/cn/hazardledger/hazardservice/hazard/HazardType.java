package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 隐患类别: what the hazard lies in, as ledgers classify it (docs/domain.md, "the hazard"). */
@Schema(description = "隐患类别 / hazard type: PERSON 人的不安全行为, OBJECT 物的不安全状态, "
        + "ENVIRONMENT 环境的不安全因素, MANAGEMENT 管理缺陷")
public enum HazardType {
    /** 人的不安全行为 */
    PERSON,
    /** 物的不安全状态 */
    OBJECT,
    /** 环境的不安全因素 */
    ENVIRONMENT,
    /** 管理缺陷 */
    MANAGEMENT
}
