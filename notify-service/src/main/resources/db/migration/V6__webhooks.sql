-- Webhooks for other government systems (notify-service/docs/webhooks.md).

-- A subscription: which event types of which region go to which URL, signed with its secret.
-- The secret is kept as written so that it can sign; encrypting it at rest comes with the security issue.
CREATE TABLE webhook_subscription (
    id                      uuid          PRIMARY KEY,
    url                     varchar(2000) NOT NULL,
    -- exact types (hazard.closed.v1) and prefixes (hazard.*), comma-separated
    event_types             varchar(5200) NOT NULL,
    region_code             varchar(12)   NOT NULL,
    -- the digits every code inside region_code starts with (RegionCode.scopePrefix), so that routing is one LIKE
    region_prefix           varchar(12)   NOT NULL,
    description             varchar(500),
    status                  varchar(16)   NOT NULL,
    suspended_reason        varchar(300),
    suspended_at            timestamptz,
    consecutive_failures    int           NOT NULL DEFAULT 0,
    secret                  varchar(100)  NOT NULL,
    previous_secret         varchar(100),
    previous_secret_until   timestamptz,
    created_by              varchar(200)  NOT NULL,
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL
);
CREATE INDEX webhook_subscription_list_idx ON webhook_subscription (created_at DESC, id DESC);
CREATE INDEX webhook_subscription_routing_idx ON webhook_subscription (region_prefix);

-- The structured-mode CloudEvent as it is sent, once per event however many subscriptions take it: every
-- attempt and replay sends the same bytes.
CREATE TABLE webhook_event (
    event_id    uuid         PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    body        text         NOT NULL,
    arrived_at  timestamptz  NOT NULL
);

-- One event for one subscription: the queue the worker polls. Unique per (subscription, event), whatever the
-- redeliveries from Kafka.
CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    subscription_id  uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid         NOT NULL REFERENCES webhook_event (event_id),
    event_type       varchar(100) NOT NULL,
    state            varchar(16)  NOT NULL,
    -- attempts made, numbering the log; retries: failed attempts since it was last queued, the backoff step
    attempts         int          NOT NULL DEFAULT 0,
    retries          int          NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    -- a lease: while claimed_until lies ahead a worker is sending it; once it has passed, anyone may take it again
    claimed_until    timestamptz,
    claim            uuid,
    created_at       timestamptz  NOT NULL,
    delivered_at     timestamptz,
    last_status      int,
    last_error       varchar(300),
    replays          int          NOT NULL DEFAULT 0,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_list_idx ON webhook_delivery (subscription_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id);

-- The log: one row per attempt, never changed.
CREATE TABLE webhook_attempt (
    delivery_id       uuid          NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt           int           NOT NULL,
    started_at        timestamptz   NOT NULL,
    duration_ms       int           NOT NULL,
    http_status       int,
    error             varchar(300),
    response_snippet  varchar(1024),
    -- when the next attempt was scheduled after this one failed; null when delivered or given up
    next_attempt_at   timestamptz,
    PRIMARY KEY (delivery_id, attempt)
);
