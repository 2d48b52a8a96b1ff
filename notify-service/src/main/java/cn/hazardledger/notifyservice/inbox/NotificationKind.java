package cn.hazardledger.notifyservice.inbox;

/** Why someone is told (docs/routing.md lists which events and rules lead to each). */
public enum NotificationKind {
    /** 双报告: a major hazard, reported to one of its two sides, which must acknowledge it. */
    DUAL_REPORT,
    /** 新隐患待核实: a hazard was reported in the township. */
    HAZARD_REPORTED,
    /** 重大事故隐患报告: written by earlier versions for a major hazard; now {@link #DUAL_REPORT}. */
    MAJOR_HAZARD_REPORTED,
    /** 双报告催办: a side has not acknowledged its dual report in time. */
    DUAL_REPORT_REMINDER,
    /** 挂牌督办: a major hazard was listed for supervision. */
    LISTED_FOR_SUPERVISION,
    /** 新任务: a task (a hazard's verification or rectification, a campaign's task or period) was assigned. */
    TASK_ASSIGNED,
    /** 进展报告: progress was reported on a campaign task its lead leaders lead. */
    PROGRESS_REPORTED,
    /** 临期提醒: a deadline is near. */
    DEADLINE_APPROACHING,
    /** 超期督办: a deadline passed; told to the responsible side and its supervisor. */
    OVERDUE,
    /** 约谈建议: still overdue days later; the next level up is asked to summon the responsible side. */
    SUMMONS_SUGGESTED,
    /** 上交 / 推送: a hazard was handed to the receiving side's ledger. */
    ESCALATED,
    /** 通报: a region's bulletin was issued, told to its leaders (notify-service/docs/bulletins.md). */
    BULLETIN
}
