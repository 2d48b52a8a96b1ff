-- The audit trail (审计日志, 等保 2.0 level 3): every write of the REST API and every sensitive read, whatever
-- its outcome, one row each (cn.hazardledger.chassis.audit; README "Security"). Written by one INSERT, read by
-- the AUDITOR newest first within a region.
CREATE TABLE audit_record (
    id             uuid PRIMARY KEY,
    at             timestamptz  NOT NULL,
    request_id     varchar(64)  NOT NULL,
    subject        varchar(200),           -- null: no valid token (a 401, or a public endpoint)
    subject_name   varchar(200),
    role           varchar(20),
    region_code    varchar(12),            -- the token's region_code
    client_address varchar(64),
    method         varchar(10)  NOT NULL,
    route          varchar(500) NOT NULL,  -- the route template, /hazards/{id}/closure
    resource_ids   jsonb,                  -- the path's parameters, {"id": "…"}
    action         varchar(100),           -- a sensitive read's name, ledger.export
    status         smallint     NOT NULL,
    outcome        varchar(10)  NOT NULL,  -- SUCCESS, DENIED, REFUSED, FAILED
    problem_type   varchar(200)
);
-- newest first, and an auditor's region (region codes are prefixes of their areas)
CREATE INDEX audit_record_newest_idx ON audit_record (at DESC, id DESC);
CREATE INDEX audit_record_region_idx ON audit_record (region_code varchar_pattern_ops, at DESC);

-- Append-only in the database too: no row is ever changed, and none younger than six months (the floor of
-- 等保 2.0 level 3; the retention job deletes only older ones) is removed. The tables' owner can lift the
-- trigger: production runs the service under a role that does not own them (README, "Running it elsewhere").
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.at < now() - interval '183 days' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only: % refused (UPDATE always; DELETE of a record younger than 183 days)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();
