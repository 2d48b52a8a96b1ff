-- A notification is addressed to a role in a region (a township's safety office, a county regulator);
-- everyone holding that role there shares it, and each person reads it for themselves.
CREATE TABLE notification (
    id                uuid PRIMARY KEY,
    recipient_role    varchar(32)   NOT NULL,
    recipient_region  varchar(12)   NOT NULL,
    kind              varchar(40)   NOT NULL,
    title             varchar(300)  NOT NULL,
    body              varchar(4000) NOT NULL,
    subject_type      varchar(40)   NOT NULL,
    subject_id        varchar(100)  NOT NULL,
    source_event_id   uuid          NOT NULL,
    created_at        timestamptz   NOT NULL,
    UNIQUE (source_event_id, recipient_role, recipient_region)
);
CREATE INDEX notification_inbox_idx ON notification (recipient_role, recipient_region, created_at DESC, id DESC);

CREATE TABLE notification_read (
    notification_id  uuid          NOT NULL REFERENCES notification (id),
    reader           varchar(200)  NOT NULL,
    read_at          timestamptz   NOT NULL,
    PRIMARY KEY (notification_id, reader)
);

CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      uuid         NOT NULL,
    event_type    varchar(100) NOT NULL,
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

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
