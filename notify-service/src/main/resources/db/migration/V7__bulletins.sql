-- Bulletins (通报): what was delivered is kept byte for byte, so that a download is exactly what the leaders got.
-- Only complete bulletins are stored: one whose sources failed is not written at all (notify-service/docs/bulletins.md).
CREATE TABLE bulletin (
    id            uuid         PRIMARY KEY,
    region_code   varchar(12)  NOT NULL,
    -- HALF_YEAR (2026-H1), QUARTER (2026-Q3) or CUSTOM (2026-03-01~2026-05-31)
    period_kind   varchar(16)  NOT NULL,
    period_key    varchar(32)  NOT NULL,
    period_from   date         NOT NULL,
    period_to     date         NOT NULL,
    -- SCHEDULED by the cadence, or ON_DEMAND by a person
    origin        varchar(16)  NOT NULL,
    ordered_by    varchar(200),
    status        varchar(16)  NOT NULL,
    title         varchar(300) NOT NULL,
    created_at    timestamptz  NOT NULL,
    figures       jsonb        NOT NULL,
    html          text         NOT NULL,
    xlsx          bytea        NOT NULL
);
-- the guard that makes a scheduled bulletin once per region and period, however many replicas race for it
CREATE UNIQUE INDEX bulletin_scheduled_once ON bulletin (region_code, period_kind, period_key) WHERE origin = 'SCHEDULED';
-- lists: a caller's region and below, newest first
CREATE INDEX bulletin_newest_idx ON bulletin (region_code varchar_pattern_ops, created_at DESC, id DESC);
