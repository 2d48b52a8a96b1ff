package cn.hazardledger.hazardservice.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "双报告对象 / dual report recipient: TOWNSHIP_GOVERNMENT 属地乡镇人民政府, "
        + "INDUSTRY_DEPARTMENT 行业主管部门")
public enum DualReportRecipient {
    TOWNSHIP_GOVERNMENT, INDUSTRY_DEPARTMENT
}
