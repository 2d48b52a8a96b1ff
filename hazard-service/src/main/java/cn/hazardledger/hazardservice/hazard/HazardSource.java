package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 来源: how the hazard was found. */
@Schema(description = "来源 / source: ENTERPRISE_SELF_CHECK 企业自查, DEPARTMENT_INSPECTION 部门检查, SUPERVISION_INSPECTION 督导检查, COVERT_INSPECTION 明查暗访, GRID_PATROL 网格巡查, PUBLIC_REPORT 群众举报, WHISTLEBLOWER 吹哨人, ASSIGNED_BY_SUPERIOR 上级交办")
public enum HazardSource {
    ENTERPRISE_SELF_CHECK, DEPARTMENT_INSPECTION, SUPERVISION_INSPECTION, COVERT_INSPECTION, GRID_PATROL,
    PUBLIC_REPORT, WHISTLEBLOWER, ASSIGNED_BY_SUPERIOR
}
