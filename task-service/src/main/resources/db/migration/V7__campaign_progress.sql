-- Progress on a campaign's specific tasks (进展报告): reports with evidence references, and the task done once a
-- final report says so. A task's own status lives on its tree row; overdue stays derived from its deadline.
ALTER TABLE campaign_item ADD COLUMN status varchar(16);
UPDATE campaign_item SET status = 'OPEN' WHERE level = 'SPECIFIC_TASK';
ALTER TABLE campaign_item ADD COLUMN completed_at timestamptz;

CREATE TABLE progress_report (
    id           uuid PRIMARY KEY,
    campaign_id  uuid          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    item_id      uuid          NOT NULL REFERENCES campaign_item (id) ON DELETE CASCADE,
    text         varchar(4000) NOT NULL,
    evidence     varchar(4000),
    final        boolean       NOT NULL,
    reported_by  varchar(200)  NOT NULL,
    reporter_role varchar(32)  NOT NULL,
    reporter_unit varchar(200),
    reported_at  timestamptz   NOT NULL
);
CREATE INDEX progress_report_item_idx ON progress_report (item_id, reported_at);
