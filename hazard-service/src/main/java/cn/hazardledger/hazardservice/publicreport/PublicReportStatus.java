package cn.hazardledger.hazardservice.publicreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a public report stands; every status but RECEIVED is final (the township triages once). */
@Schema(description = "举报状态 / status: RECEIVED 已收到, ACCEPTED 已受理（转为隐患）, DUPLICATE 重复举报（已有隐患）, NOT_TRUE 不属实")
public enum PublicReportStatus {
    RECEIVED, ACCEPTED, DUPLICATE, NOT_TRUE;

    /** What the reporter reads when the township wrote no reply of its own. */
    String defaultReply() {
        return switch (this) {
            case RECEIVED -> "您的举报已收到，正在核查。/ Received; it is being looked into.";
            case ACCEPTED -> "您的举报已受理，已列入隐患台账核查整改。/ Accepted: the hazard is in the ledger.";
            case DUPLICATE -> "您举报的问题此前已有人反映，已在核查整改中。/ Already reported; it is being dealt with.";
            case NOT_TRUE -> "经核查，举报的问题不属实。/ Looked into and found not true.";
        };
    }
}
