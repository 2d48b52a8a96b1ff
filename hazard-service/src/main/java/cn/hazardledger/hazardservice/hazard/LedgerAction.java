package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each appended ledger entry records one of these (docs/domain.md, lifecycle). */
@Schema(description = "台账动作 / ledger action: REPORT 上报, CONFIRM 核实纳入台账(定级), REJECT 退回(不属实/重复), "
        + "FIX_ON_SPOT 即查即改, PLAN_RECTIFICATION 制定五到位整改方案, REVISE_PLAN 修订整改方案, "
        + "SUBMIT_RECTIFICATION 提交整改, CLOSE 复查销号, SEND_BACK 复查退回, REOPEN 回头看重新整改, "
        + "REQUEST_EXTENSION 申请延期, APPROVE_EXTENSION 同意延期, REFUSE_EXTENSION 不同意延期, "
        + "DUAL_REPORT 双报告, LIST_FOR_SUPERVISION 挂牌督办, DELIST 摘牌, ESCALATE 上交上级蓄水池, "
        + "PUSH_TO_DEPARTMENT 推送行业部门, IMPORT 从台账文件导入, REVEAL_REPORTER 查看举报人身份（记录理由，不记录内容）")
public enum LedgerAction {
    REPORT, CONFIRM, REJECT, FIX_ON_SPOT, PLAN_RECTIFICATION, REVISE_PLAN, SUBMIT_RECTIFICATION, CLOSE, SEND_BACK,
    REOPEN, REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION, DUAL_REPORT, LIST_FOR_SUPERVISION, DELIST,
    ESCALATE, PUSH_TO_DEPARTMENT,
    /** 导入: the hazard came in from a ledger kept elsewhere (a township's Excel), as it stood there. */
    IMPORT,
    /** 查看举报人身份: township staff revealed the identity of the public report the hazard came from; a record only. */
    REVEAL_REPORTER
}
