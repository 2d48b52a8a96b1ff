package cn.hazardledger.taskservice.task;

/** What a task asks of its assignee. */
public enum TaskKind {
    /** 核实隐患: the township reviews a reported hazard and confirms it into the ledger or rejects it. */
    VERIFY_HAZARD,
    /** 整改隐患: the responsible side rectifies a confirmed hazard under its five-in-place plan. */
    RECTIFY_HAZARD
}
