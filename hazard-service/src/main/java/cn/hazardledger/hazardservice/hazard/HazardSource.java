package cn.hazardledger.hazardservice.hazard;

/** 来源: how the hazard was found. */
public enum HazardSource {
    ENTERPRISE_SELF_CHECK, DEPARTMENT_INSPECTION, SUPERVISION_INSPECTION, COVERT_INSPECTION, GRID_PATROL,
    PUBLIC_REPORT, WHISTLEBLOWER, ASSIGNED_BY_SUPERIOR
}
