-- The ledger is tamper-evident: each entry holds the SHA-256 of the entry before it and of its own canonical
-- content (LedgerChain), and the hazard holds the hash of its newest entry. Entries written before this
-- migration carry no hash; the chain begins at the first entry that has one.
ALTER TABLE hazard_entry ADD COLUMN previous_hash char(64);
ALTER TABLE hazard_entry ADD COLUMN hash char(64);
ALTER TABLE hazard ADD COLUMN ledger_head char(64);

-- Entries are never changed or removed, and the database refuses it too, not only the code. The table's
-- owner can still disable this trigger: production runs the service under a role that does not own the
-- tables (README, "Running it elsewhere"), and GET /hazards/{id}/ledger/verify shows any change made anyway.
CREATE FUNCTION hazard_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the hazard ledger is append-only: % of an entry is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER hazard_entry_append_only BEFORE UPDATE OR DELETE ON hazard_entry
    FOR EACH ROW EXECUTE FUNCTION hazard_entry_append_only();
CREATE TRIGGER hazard_entry_no_truncate BEFORE TRUNCATE ON hazard_entry
    FOR EACH STATEMENT EXECUTE FUNCTION hazard_entry_append_only();
