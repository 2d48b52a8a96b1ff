-- Deadline alerts raised, one row per hazard, deadline and kind: the guard that makes them exactly once across
-- restarts and replicas (deadline.DeadlineAlerts). A new deadline (extension, reopening) is a new key.
CREATE TABLE deadline_alert (
    hazard_id  uuid        NOT NULL REFERENCES hazard (id),
    deadline   date        NOT NULL,
    kind       varchar(16) NOT NULL,
    raised_at  timestamptz NOT NULL,
    PRIMARY KEY (hazard_id, deadline, kind)
);
-- the watch reads only hazards being rectified, by deadline
CREATE INDEX hazard_rectifying_deadline_idx ON hazard (deadline, id) WHERE status = 'RECTIFYING';
