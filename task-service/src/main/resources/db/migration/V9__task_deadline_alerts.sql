-- Deadline alerts of tasks, campaign tasks and their instances, one row per subject, due date and kind: the guard
-- that raises each task.deadline-approaching / task.overdue once, across restarts and replicas.
CREATE TABLE task_deadline_alert (
    subject_type  varchar(24)  NOT NULL,
    subject_id    uuid         NOT NULL,
    due           date         NOT NULL,
    kind          varchar(16)  NOT NULL,
    raised_at     timestamptz  NOT NULL,
    PRIMARY KEY (subject_type, subject_id, due, kind)
);
