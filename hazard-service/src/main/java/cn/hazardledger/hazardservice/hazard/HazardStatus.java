package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a hazard stands in its lifecycle (docs/domain.md). Overdue is not a status: it is a passed deadline. */
@Schema(description = "状态 / status: REPORTED 已上报, CONFIRMED 已纳入台账, REJECTED 已退回, RECTIFYING 整改中, SUBMITTED 已提交待复查, CLOSED 已销号")
public enum HazardStatus {
    /** 上报: reported, waiting for the township's review. */
    REPORTED,
    /** 纳入全量库: confirmed into the ledger. */
    CONFIRMED,
    /** 不属实 / 重复: rejected on review; terminal. */
    REJECTED,
    /** 整改中: under rectification with the five-in-place plan. */
    RECTIFYING,
    /** 已提交整改: rectification submitted with evidence, awaiting re-inspection. */
    SUBMITTED,
    /** 销号: closed. A later spot re-check can reopen it. */
    CLOSED
}
