-- An ongoing task with a cadence (长期坚持, 每月…) has one instance per period, each with its own due date, status
-- and reports. The unique key makes the scheduled job create each instance once, across restarts and replicas.
CREATE TABLE campaign_task_instance (
    id            uuid PRIMARY KEY,
    campaign_id   uuid         NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    item_id       uuid         NOT NULL REFERENCES campaign_item (id) ON DELETE CASCADE,
    period_key    varchar(16)  NOT NULL,
    period_start  date         NOT NULL,
    period_end    date         NOT NULL,
    due           date         NOT NULL,
    status        varchar(16)  NOT NULL,
    completed_at  timestamptz,
    created_at    timestamptz  NOT NULL,
    UNIQUE (item_id, period_key)
);
CREATE INDEX campaign_task_instance_campaign_idx ON campaign_task_instance (campaign_id, due);
ALTER TABLE progress_report ADD COLUMN instance_id uuid REFERENCES campaign_task_instance (id) ON DELETE CASCADE;
ALTER TABLE campaign ADD COLUMN published_at timestamptz;
