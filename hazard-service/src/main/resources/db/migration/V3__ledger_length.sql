-- The aggregate numbers its own ledger entries: it keeps how many it has, so that appending one needs no count.
ALTER TABLE hazard ADD COLUMN ledger_length int NOT NULL DEFAULT 0;
UPDATE hazard h SET ledger_length = (SELECT count(*) FROM hazard_entry e WHERE e.hazard_id = h.id);
