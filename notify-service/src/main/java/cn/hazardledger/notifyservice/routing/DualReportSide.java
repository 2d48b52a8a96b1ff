package cn.hazardledger.notifyservice.routing;

/** The two sides a major hazard is reported to (双报告, docs/domain.md lifecycle step 4). */
public enum DualReportSide {
    /** 乡镇人民政府: the township government of the hazard's region. */
    TOWNSHIP_GOVERNMENT,
    /** 行业主管部门: the department supervising the hazard's industry. */
    INDUSTRY_DEPARTMENT
}
