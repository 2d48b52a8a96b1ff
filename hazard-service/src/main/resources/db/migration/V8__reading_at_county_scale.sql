-- Reading the ledger at a county's size (hazard-service/README.md, "Reading at county scale", shows the plans).

-- Region scope as equality on the region's ancestors: a county's or a township's hazards are one index range
-- instead of a prefix match over every code of the province. Stored generated columns, so no writer can
-- let them drift from region_code.
ALTER TABLE hazard
    ADD COLUMN county_code   char(6) GENERATED ALWAYS AS (substr(region_code, 1, 6)) STORED,
    ADD COLUMN township_code char(9) GENERATED ALWAYS AS (substr(region_code, 1, 9)) STORED;

-- the list's own order within a scope: newest first, deadline, level
CREATE INDEX hazard_county_newest_idx ON hazard (county_code, reported_at DESC, id DESC);
CREATE INDEX hazard_township_newest_idx ON hazard (township_code, reported_at DESC, id DESC);
CREATE INDEX hazard_county_deadline_idx ON hazard (county_code, coalesce(deadline, DATE '9999-12-31'), id);
CREATE INDEX hazard_township_deadline_idx ON hazard (township_code, coalesce(deadline, DATE '9999-12-31'), id);
CREATE INDEX hazard_county_level_idx ON hazard (county_code, level DESC, reported_at DESC, id DESC);
CREATE INDEX hazard_township_level_idx ON hazard (township_code, level DESC, reported_at DESC, id DESC);
CREATE INDEX hazard_county_status_idx ON hazard (county_code, status, reported_at DESC, id DESC);
DROP INDEX hazard_region_idx;
CREATE INDEX hazard_region_idx ON hazard (region_code, reported_at DESC, id DESC);

-- Free text for Chinese. Chinese has no spaces and its words are mostly two characters (消防, 粉尘, 燃气):
-- pg_trgm needs three characters for an index search and, under the C locale, drops CJK characters
-- altogether. So the index holds every two-character piece (bigram) of title, description and enterprise
-- name, as pg_bigm does, in a GIN index over an expression (nothing stored in the row); a search needs all
-- bigrams of its words, then strpos() confirms the exact substring. hazard_text_matches is a single-SELECT
-- SQL function, so the planner inlines it and sees the indexed expression.
CREATE FUNCTION hazard_bigrams(body text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(body), i, 2)), '{}')
    FROM generate_series(1, greatest(char_length(body) - 1, 0)) AS i
    WHERE substr(body, i, 2) !~ '\s'
$$;
CREATE FUNCTION hazard_text(title text, description text, enterprise_name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(title || ' ' || description || ' ' || coalesce(enterprise_name, ''))
$$;
CREATE INDEX hazard_text_bigrams_idx ON hazard
    USING gin (hazard_bigrams(hazard_text(title, description, enterprise_name)));
CREATE FUNCTION hazard_text_has_bigrams(title text, description text, enterprise_name text, words text)
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hazard_bigrams(hazard_text(title, description, enterprise_name)) @> hazard_bigrams(words)
$$;

-- Changes for phones that were offline (GET /hazards/changes). Each write stamps the row with its transaction's
-- id; the feed reads only ids below the oldest transaction still running (pg_snapshot_xmin), so a
-- transaction that commits late can never fall behind a token already handed out.
ALTER TABLE hazard ADD COLUMN change_xid xid8;
UPDATE hazard SET change_xid = pg_current_xact_id();
ALTER TABLE hazard ALTER COLUMN change_xid SET NOT NULL;
CREATE FUNCTION hazard_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER hazard_changed BEFORE INSERT OR UPDATE ON hazard FOR EACH ROW EXECUTE FUNCTION hazard_changed();
CREATE INDEX hazard_change_idx ON hazard (change_xid, id);
CREATE INDEX hazard_county_change_idx ON hazard (county_code, change_xid, id);
CREATE INDEX hazard_township_change_idx ON hazard (township_code, change_xid, id);

-- An enterprise or a unit can lose a hazard (a credit code corrected at confirmation, a plan naming another
-- unit, a push to another department): the feed tells their phones that it is gone.
CREATE TABLE hazard_scope_exit (
    hazard_id   uuid        NOT NULL REFERENCES hazard (id),
    party_kind  varchar(16) NOT NULL CHECK (party_kind IN ('ENTERPRISE', 'UNIT')),
    party_code  varchar(64) NOT NULL,
    change_xid  xid8        NOT NULL
);
CREATE INDEX hazard_scope_exit_party_idx ON hazard_scope_exit (party_kind, party_code, change_xid, hazard_id);
CREATE FUNCTION hazard_scope_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.enterprise_credit_code IS NOT NULL
            AND OLD.enterprise_credit_code IS DISTINCT FROM NEW.enterprise_credit_code THEN
        INSERT INTO hazard_scope_exit VALUES (NEW.id, 'ENTERPRISE', OLD.enterprise_credit_code, pg_current_xact_id());
    END IF;
    IF OLD.responsible_unit_code IS NOT NULL
            AND OLD.responsible_unit_code IS DISTINCT FROM NEW.responsible_unit_code
            AND OLD.responsible_unit_code IS DISTINCT FROM NEW.department_code THEN
        INSERT INTO hazard_scope_exit VALUES (NEW.id, 'UNIT', OLD.responsible_unit_code, pg_current_xact_id());
    END IF;
    IF OLD.department_code IS NOT NULL
            AND OLD.department_code IS DISTINCT FROM NEW.department_code
            AND OLD.department_code IS DISTINCT FROM NEW.responsible_unit_code
            AND OLD.department_code IS DISTINCT FROM OLD.responsible_unit_code THEN
        INSERT INTO hazard_scope_exit VALUES (NEW.id, 'UNIT', OLD.department_code, pg_current_xact_id());
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER hazard_scope_left AFTER UPDATE ON hazard FOR EACH ROW EXECUTE FUNCTION hazard_scope_left();
