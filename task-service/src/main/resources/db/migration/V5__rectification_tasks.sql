-- Rectification tasks follow their hazard (rectification.RectificationTasks): who exactly must act, the newest
-- hazard step the task reflects (older redeliveries change nothing), and whether the hazard is supervised.
ALTER TABLE task
    ADD COLUMN assignee_code varchar(64),
    ADD COLUMN assignee_name varchar(200),
    ADD COLUMN hazard_step   int     NOT NULL DEFAULT 0,
    ADD COLUMN supervised    boolean NOT NULL DEFAULT false;
