-- As hazard-service's V2: a scope that holds most tasks is served newest first without sorting them all.
CREATE INDEX task_newest_idx ON task (created_at DESC, id DESC);
