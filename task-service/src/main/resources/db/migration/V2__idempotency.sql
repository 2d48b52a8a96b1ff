-- A retried POST with the same Idempotency-Key answers the stored first response (the chassis' Idempotency).
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
