package cn.hazardledger.notifyservice.inbox;

/** Why someone is told. */
public enum NotificationKind {
    /** 新隐患待核实: a hazard was reported in the township. */
    HAZARD_REPORTED,
    /** 重大事故隐患报告 (双报告): a major hazard, told to the township and to the county regulator. */
    MAJOR_HAZARD_REPORTED,
    /** 新任务: a task was assigned. */
    TASK_ASSIGNED,
    /** 通报: a region's bulletin was issued, told to its leaders (notify-service/docs/bulletins.md). */
    BULLETIN
}
