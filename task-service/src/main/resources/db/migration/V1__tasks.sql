-- A task for a responsible unit or township: verify a reported hazard, rectify one, or a campaign item.
CREATE TABLE task (
    id               uuid PRIMARY KEY,
    kind             varchar(32)   NOT NULL,
    title            varchar(300)  NOT NULL,
    description      varchar(4000),
    region_code      varchar(12)   NOT NULL,
    assignee_role    varchar(32)   NOT NULL,
    hazard_id        uuid,
    status           varchar(32)   NOT NULL,
    due_at           timestamptz,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    source_event_id  uuid,
    version          bigint        NOT NULL
);
CREATE INDEX task_region_idx ON task (region_code text_pattern_ops, created_at DESC, id);
-- one verification task per hazard, whatever the broker redelivers
CREATE UNIQUE INDEX task_hazard_kind_uq ON task (hazard_id, kind) WHERE hazard_id IS NOT NULL;

-- Consumer-side inbox: an event id is recorded in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      uuid         NOT NULL,
    event_type    varchar(100) NOT NULL,
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

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
