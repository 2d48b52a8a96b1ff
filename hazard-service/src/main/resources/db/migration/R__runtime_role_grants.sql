-- The service works as ${runtime_role}: rows only, no ownership, so it can neither drop nor disable the triggers that
-- keep the ledger and the audit trail append-only (only a table's owner may); Flyway migrates as the owner. Repeatable,
-- so that it runs again whenever the role's name changes (the checksum includes the placeholder's value), and for
-- tables added later, the default privileges. When the two are one role (local tests), it grants nothing new.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtime_role};
-- the service never needs Flyway's history; the owner keeps its own rights to it
DO $$
BEGIN
    IF current_user <> '${runtime_role}' THEN
        REVOKE ALL ON flyway_schema_history FROM ${runtime_role};
    END IF;
END
$$;
