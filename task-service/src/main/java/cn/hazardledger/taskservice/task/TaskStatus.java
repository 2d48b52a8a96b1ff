package cn.hazardledger.taskservice.task;

/** Overdue is not a status: it is a due date passed while the task is open. */
public enum TaskStatus {
    OPEN,
    /** submitted by the assignee and waiting for review (复查). */
    SUBMITTED,
    DONE,
    CANCELLED
}
