-- GET /statistics (hazard-service/README.md, "Statistics"): a county's form for a period is one range of one
-- index, read without touching the table (an index-only scan), grouped and counted in a single pass.

-- The funds of the plan in force, on the hazard row beside the plan's deadline and responsible person, which the
-- row already carries: summing them then needs no lookup into rectification_plan per hazard (that join was
-- two thirds of the county query's time). Hazard.plan() keeps it; rectification_plan stays the history.
ALTER TABLE hazard ADD COLUMN plan_funds_yuan numeric(15, 2);
UPDATE hazard h SET plan_funds_yuan = p.funds_yuan
FROM rectification_plan p
WHERE p.hazard_id = h.id AND p.revision = h.plan_revision;

-- Scope (county, then township or village) and period lead; every column a figure reads is included.
CREATE INDEX hazard_statistics_idx ON hazard (county_code, reported_at)
    INCLUDE (township_code, region_code, industry, level, status, plan_revision, deadline, listed_at, closed_at,
             plan_funds_yuan);
