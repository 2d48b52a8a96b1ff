-- Receipts (回执): delivered (the inbox holds it from the moment it is written), read (per person, in
-- notification_read), acknowledged (once per recipient side: the first person of that side who acknowledges).
ALTER TABLE notification ADD COLUMN delivered_at timestamptz;
UPDATE notification SET delivered_at = created_at;
ALTER TABLE notification ALTER COLUMN delivered_at SET NOT NULL;
ALTER TABLE notification ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE notification ADD COLUMN acknowledged_by varchar(200);
ALTER TABLE notification ADD COLUMN acknowledged_by_name varchar(100);
ALTER TABLE notification ADD COLUMN acknowledgement_note varchar(500);
-- the rule that chose the recipient ('default:<key>' or a rule's id), so that anyone can tell why it came
ALTER TABLE notification ADD COLUMN rule varchar(80) NOT NULL DEFAULT '';
-- which side of a dual report (双报告) this notification is, if any
ALTER TABLE notification ADD COLUMN dual_report_side varchar(40);
CREATE INDEX notification_subject_idx ON notification (subject_type, subject_id);

-- A major hazard's dual report: opened by the first event that makes the hazard major, once per hazard.
CREATE TABLE dual_report (
    hazard_id      varchar(100) PRIMARY KEY,
    title          varchar(300) NOT NULL,
    region_code    varchar(12)  NOT NULL,
    township_code  varchar(12)  NOT NULL,
    county_code    varchar(12)  NOT NULL,
    industry       varchar(40),
    opened_at      timestamptz  NOT NULL,
    opened_by_event uuid        NOT NULL
);
CREATE INDEX dual_report_region_idx ON dual_report (county_code, opened_at DESC);

-- One row per reminder sent for an unacknowledged side: the key makes a reminder once per side and round,
-- whichever replica's job finds it first.
CREATE TABLE dual_report_reminder (
    notification_id uuid        NOT NULL REFERENCES notification (id),
    round           int         NOT NULL,
    reminded_at     timestamptz NOT NULL,
    PRIMARY KEY (notification_id, round)
);

-- Overdue subjects notify-service keeps an eye on, to suggest 约谈 to the next level up when a subject is
-- still overdue some days later. Cleared by the events that end the overdue (closed, new deadline, done).
CREATE TABLE overdue_watch (
    subject_type   varchar(40)  NOT NULL,
    subject_id     varchar(100) NOT NULL,
    due            date         NOT NULL,
    -- what the event that ends it names: a hazard's id, a task's id, a period instance's campaign|period|text
    clear_key      varchar(400) NOT NULL,
    event_type     varchar(100) NOT NULL,
    event_data     text         NOT NULL,
    overdue_event  uuid         NOT NULL,
    watched_at     timestamptz  NOT NULL,
    summon_at      timestamptz  NOT NULL,
    summoned_at    timestamptz,
    cleared_at     timestamptz,
    PRIMARY KEY (subject_type, subject_id, due)
);
CREATE INDEX overdue_watch_clear_idx ON overdue_watch (clear_key) WHERE cleared_at IS NULL;
CREATE INDEX overdue_watch_due_idx ON overdue_watch (summon_at) WHERE summoned_at IS NULL AND cleared_at IS NULL;
