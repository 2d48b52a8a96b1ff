-- The hazard aggregate. Its history is the append-only hazard_entry table: nothing is edited away.
CREATE TABLE hazard (
    id              uuid PRIMARY KEY,
    title           varchar(200)  NOT NULL,
    description     varchar(4000) NOT NULL,
    region_code     varchar(12)   NOT NULL,
    industry        varchar(32)   NOT NULL,
    source          varchar(32)   NOT NULL,
    level           varchar(16)   NOT NULL,
    status          varchar(32)   NOT NULL,
    address         varchar(500),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    reported_by     varchar(200)  NOT NULL,
    reporter_role   varchar(32)   NOT NULL,
    reported_at     timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL
);
-- region scope is a prefix match; text_pattern_ops lets LIKE 'prefix%' use the index
CREATE INDEX hazard_region_idx ON hazard (region_code text_pattern_ops, reported_at DESC, id);

CREATE TABLE hazard_entry (
    id              uuid PRIMARY KEY,
    hazard_id       uuid          NOT NULL REFERENCES hazard (id),
    sequence        int           NOT NULL,
    action          varchar(32)   NOT NULL,
    status_after    varchar(32)   NOT NULL,
    actor           varchar(200)  NOT NULL,
    actor_role      varchar(32)   NOT NULL,
    note            varchar(4000),
    recorded_at     timestamptz   NOT NULL,
    UNIQUE (hazard_id, sequence)
);

-- Transactional outbox: rows commit with the change that caused them; the relay publishes them in seq order.
CREATE TABLE outbox_event (
    seq             bigserial PRIMARY KEY,
    id              uuid          NOT NULL UNIQUE,
    topic           varchar(100)  NOT NULL,
    aggregate_type  varchar(50)   NOT NULL,
    aggregate_id    varchar(100)  NOT NULL,
    type            varchar(100)  NOT NULL,
    payload         text          NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    published_at    timestamptz,
    attempts        int           NOT NULL DEFAULT 0,
    last_error      varchar(1000)
);
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (seq) WHERE published_at IS NULL;

-- A retried POST with the same Idempotency-Key answers the stored first response.
CREATE TABLE idempotency_record (
    caller          varchar(200)  NOT NULL,
    idempotency_key varchar(200)  NOT NULL,
    request_hash    char(64)      NOT NULL,
    status          int,
    location        varchar(500),
    body            text,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
