-- Besides a role's inbox in a region (a township's safety office), a party's own inbox: one unit (its unit code)
-- or one enterprise (its credit code), which no other unit or enterprise of that region may read.
-- '' marks a role's inbox, so that the unique key below needs no NULL handling.
ALTER TABLE notification ADD COLUMN recipient_party varchar(64) NOT NULL DEFAULT '';
-- the one unique key of V1, whose generated name PostgreSQL shortened: found by what it is, not by its name
DO $$
DECLARE
    old_key text;
BEGIN
    SELECT conname INTO STRICT old_key FROM pg_constraint WHERE conrelid = 'notification'::regclass AND contype = 'u';
    EXECUTE format('ALTER TABLE notification DROP CONSTRAINT %I', old_key);
END
$$;
ALTER TABLE notification ADD CONSTRAINT notification_once_per_recipient
    UNIQUE (source_event_id, recipient_role, recipient_region, recipient_party);
CREATE INDEX notification_party_inbox_idx ON notification (recipient_role, recipient_party, created_at DESC, id DESC)
    WHERE recipient_party <> '';
