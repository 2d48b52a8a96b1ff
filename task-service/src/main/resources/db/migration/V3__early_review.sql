-- A township's review of a hazard that reached task-service before the report it reviews (events of one
-- hazard can be delivered out of order after a broker failure). Kept until the report opens the task, which
-- is then completed at once; the row is removed then.
CREATE TABLE early_review (
    hazard_id    uuid PRIMARY KEY,
    outcome      varchar(16)  NOT NULL,
    received_at  timestamptz  NOT NULL
);
