-- Evidence (photos and documents) of a hazard. Uploading is not itself a ledger step: a file becomes part of the
-- tamper-evident ledger when a step cites it, and that step's entry records its id and SHA-256; entry_sequence
-- then names that entry. The bytes live in PostgreSQL, so that a file commits with its metadata and is backed up
-- and restored with the rest of the service's data (hazard-service/README.md, "Evidence").
CREATE TABLE evidence (
    id              uuid          PRIMARY KEY,
    hazard_id       uuid          NOT NULL REFERENCES hazard (id),
    kind            varchar(16)   NOT NULL CHECK (kind IN ('PHOTO', 'DOCUMENT')),
    media_type      varchar(100)  NOT NULL,
    size_bytes      bigint        NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256          char(64)      NOT NULL,
    file_name       varchar(255),
    caption         varchar(500),
    captured_at     timestamptz,
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    uploaded_by     varchar(200)  NOT NULL,
    uploader_role   varchar(32)   NOT NULL,
    uploaded_at     timestamptz   NOT NULL,
    entry_sequence  int
);
CREATE INDEX evidence_hazard_idx ON evidence (hazard_id, uploaded_at);

-- The bytes, one row per evidence, apart from the metadata: lists and citations read evidence rows and never
-- touch a file. JPEG, PNG and PDF are compressed already, so PostgreSQL keeps them as they are (EXTERNAL: out of
-- line, uncompressed), which also lets substring() read one slice without the rest when the file is streamed.
CREATE TABLE evidence_content (
    evidence_id     uuid          PRIMARY KEY REFERENCES evidence (id),
    content         bytea         NOT NULL
);
ALTER TABLE evidence_content ALTER COLUMN content SET STORAGE EXTERNAL;

-- A file is written once: the SHA-256 a ledger entry records must keep matching its bytes.
CREATE FUNCTION evidence_content_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence files are written once: % of a file is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER evidence_content_write_once BEFORE UPDATE ON evidence_content
    FOR EACH ROW EXECUTE FUNCTION evidence_content_write_once();
