package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.hazardservice.hazard.HazardSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 群众举报 or 吹哨人 (docs/domain.md): a whistle-blower reports their own employer. */
@Schema(description = "举报类型 / kind: PUBLIC_REPORT 群众举报, WHISTLEBLOWER 吹哨人（本单位员工举报本单位）")
public enum PublicReportKind {
    PUBLIC_REPORT, WHISTLEBLOWER;

    /** The source of the hazard an accepted report becomes. */
    public HazardSource source() {
        return this == PUBLIC_REPORT ? HazardSource.PUBLIC_REPORT : HazardSource.WHISTLEBLOWER;
    }

    /** Who discovered the hazard, as the hazard says it: the kind and the tracking code, never the person. */
    public String discoverer(String trackingCode) {
        return (this == PUBLIC_REPORT ? "群众举报 " : "吹哨人 ") + trackingCode;
    }
}
