package cn.hazardledger.hazardservice.hazard;

/** Each appended ledger entry records one of these. */
public enum LedgerAction {
    REPORT, CONFIRM, REJECT, FIX_ON_SPOT, START_RECTIFICATION, SUBMIT_RECTIFICATION, CLOSE, SEND_BACK, REOPEN
}
