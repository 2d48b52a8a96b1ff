-- Public and whistle-blower reports (群众举报 / 吹哨人, 有奖举报; hazard-service/README.md, "Public reports").
-- A report is kept apart from the hazard ledger until the township accepts it: the reporter's identity and contact
-- are sealed (AES-256-GCM, chassis crypto.FieldCipher; the associated data is the report id and the column), so a
-- database dump or backup holds none of them in clear. key_version names the key every sealed column of the row
-- was sealed with, so that a re-seal after a key rotation finds the rows still on an old key.
CREATE TABLE public_report (
    id                      uuid          PRIMARY KEY,
    tracking_code           varchar(13)   NOT NULL UNIQUE,
    -- SHA-256 of the secret shown once to the reporter; the secret itself is never stored
    secret_sha256           char(64)      NOT NULL,
    kind                    varchar(16)   NOT NULL CHECK (kind IN ('PUBLIC_REPORT', 'WHISTLEBLOWER')),
    status                  varchar(16)   NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'DUPLICATE', 'NOT_TRUE')),
    title                   varchar(200)  NOT NULL,
    description             varchar(4000) NOT NULL,
    region_code             varchar(12)   NOT NULL,
    enterprise_name         varchar(200),
    enterprise_credit_code  varchar(18),
    reporter_identified     boolean       NOT NULL,
    reporter_name_sealed    text,
    reporter_phone_sealed   text,
    reporter_id_sealed      text,
    reporter_contact_sealed text,
    location_sealed         text,
    key_version             int           NOT NULL,
    received_at             timestamptz   NOT NULL,
    decided_at              timestamptz,
    decided_by              varchar(200),
    public_reply            varchar(1000),
    hazard_id               uuid          REFERENCES hazard (id),
    not_true_reason         varchar(1000),
    reward_amount_yuan      numeric(12, 2) CHECK (reward_amount_yuan > 0),
    reward_proposed_by      varchar(200),
    reward_proposed_at      timestamptz,
    reward_approved_by      varchar(200),
    reward_approver_role    varchar(32),
    reward_approved_at      timestamptz,
    reward_paid_on          date,
    reward_paid_recorded_by varchar(200),
    version                 bigint        NOT NULL
);
-- a township's or county's list, newest first (keyset over received_at, id)
CREATE INDEX public_report_region_idx ON public_report (region_code text_pattern_ops, received_at DESC, id DESC);
-- the reports of a hazard, for the reward's "first valid report"
CREATE INDEX public_report_hazard_idx ON public_report (hazard_id, received_at) WHERE hazard_id IS NOT NULL;
-- the re-seal after a key rotation
CREATE INDEX public_report_key_version_idx ON public_report (key_version);

-- The report's own history: received, triaged, revealed, rewarded. Appended, never changed. A reveal of a report
-- not yet linked to a hazard is recorded only here (and in the audit trail); once linked, in the hazard's ledger too.
CREATE TABLE public_report_entry (
    id          uuid          PRIMARY KEY,
    report_id   uuid          NOT NULL REFERENCES public_report (id),
    action      varchar(32)   NOT NULL,
    actor       varchar(200)  NOT NULL,
    actor_role  varchar(32)   NOT NULL,
    signature   varchar(200),
    note        varchar(1000),
    recorded_at timestamptz   NOT NULL
);
CREATE INDEX public_report_entry_report_idx ON public_report_entry (report_id, recorded_at);

CREATE FUNCTION public_report_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a public report''s history is appended only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER public_report_entry_append_only BEFORE UPDATE OR DELETE ON public_report_entry
    FOR EACH ROW EXECUTE FUNCTION public_report_entry_append_only();

-- Photos sent with a report, inspected by the evidence rules (type by the bytes, size, complete container, EXIF read)
-- and kept as sent, nothing stripped: so the file is sealed whole (its EXIF may say where the reporter stood and
-- with which phone), and the position read from its EXIF is sealed like the report's GPS. Not evidence of a hazard
-- (evidence belongs to a hazard and is seen by everyone who sees it); the township uploads its own once it acts.
CREATE TABLE public_report_photo (
    id               uuid          PRIMARY KEY,
    report_id        uuid          NOT NULL REFERENCES public_report (id),
    media_type       varchar(100)  NOT NULL,
    size_bytes       bigint        NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256           char(64)      NOT NULL,
    caption          varchar(500),
    captured_at      timestamptz,
    location_sealed  text,
    content_sealed   bytea         NOT NULL,
    key_version      int           NOT NULL,
    uploaded_at      timestamptz   NOT NULL
);
CREATE INDEX public_report_photo_report_idx ON public_report_photo (report_id, uploaded_at);
CREATE INDEX public_report_photo_key_version_idx ON public_report_photo (key_version);
ALTER TABLE public_report_photo ALTER COLUMN content_sealed SET STORAGE EXTERNAL;

-- Rate limiting of the public endpoints across replicas: one row per client (a keyed fingerprint of its address,
-- never the address), endpoint and fixed window, counted with INSERT ... ON CONFLICT DO UPDATE ... RETURNING hits.
-- Rows of past windows are deleted by PublicRateWindows' periodic job.
CREATE TABLE public_rate_window (
    client_key   varchar(64)  NOT NULL,
    endpoint     varchar(16)  NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         int          NOT NULL,
    PRIMARY KEY (client_key, endpoint, window_start)
);
CREATE INDEX public_rate_window_start_idx ON public_rate_window (window_start);

-- The hazard a township made of an accepted report points back at it (shown to staff only; never in an event).
ALTER TABLE hazard ADD COLUMN public_report_id uuid;
