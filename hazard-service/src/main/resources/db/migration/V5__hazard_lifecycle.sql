-- The hazard record, complete, and everything its lifecycle keeps (docs/domain.md; hazard-service/README.md).
ALTER TABLE hazard
    ADD COLUMN ledger_number            varchar(32),
    ADD COLUMN cause                    varchar(2000),
    ADD COLUMN hazard_type              varchar(16),
    ADD COLUMN risk_colour              varchar(8),
    ADD COLUMN enterprise_name          varchar(200),
    ADD COLUMN enterprise_credit_code   char(18),
    ADD COLUMN enterprise_address       varchar(500),
    ADD COLUMN enterprise_contact_name  varchar(100),
    ADD COLUMN enterprise_contact_phone varchar(30),
    ADD COLUMN discovered_at            timestamptz,
    ADD COLUMN discovered_by            varchar(200),
    ADD COLUMN signature                varchar(100),
    ADD COLUMN standard_code            varchar(32),
    ADD COLUMN standard_clause          varchar(500),
    ADD COLUMN duplicate_of             uuid REFERENCES hazard (id),
    ADD COLUMN deadline                 date,
    ADD COLUMN plan_revision            int NOT NULL DEFAULT 0,
    ADD COLUMN responsible_unit_code    varchar(64),
    ADD COLUMN responsible_unit_name    varchar(200),
    ADD COLUMN responsible_person       varchar(100),
    ADD COLUMN responsible_post         varchar(100),
    ADD COLUMN submitted_by             varchar(200),
    ADD COLUMN closed_at                timestamptz,
    ADD COLUMN pending_extension        uuid,
    ADD COLUMN dual_township_name       varchar(200),
    ADD COLUMN dual_township_at         timestamptz,
    ADD COLUMN dual_township_by         varchar(200),
    ADD COLUMN dual_department_name     varchar(200),
    ADD COLUMN dual_department_at       timestamptz,
    ADD COLUMN dual_department_by       varchar(200),
    ADD COLUMN listing_level            varchar(16),
    ADD COLUMN listing_authority        varchar(200),
    ADD COLUMN listing_document_number  varchar(100),
    ADD COLUMN listing_deadline         date,
    ADD COLUMN listed_at                timestamptz,
    ADD COLUMN listed_by                varchar(200),
    ADD COLUMN delisted_at              timestamptz,
    ADD COLUMN delisted_by              varchar(200),
    ADD COLUMN pool_region_code         varchar(12),
    ADD COLUMN escalated_at             timestamptz,
    ADD COLUMN escalated_by             varchar(200),
    ADD COLUMN department_code          varchar(64),
    ADD COLUMN department_name          varchar(200),
    ADD COLUMN pushed_at                timestamptz,
    ADD COLUMN pushed_by                varchar(200);

-- a ledger number is given once per county and year and never again (LedgerNumbers)
ALTER TABLE hazard ADD CONSTRAINT hazard_ledger_number_unique UNIQUE (ledger_number);
CREATE TABLE ledger_number_counter (
    county_code  char(6) NOT NULL,
    year         int     NOT NULL,
    last_number  int     NOT NULL,
    PRIMARY KEY (county_code, year)
);

CREATE INDEX hazard_duplicate_of_idx ON hazard (duplicate_of) WHERE duplicate_of IS NOT NULL;
-- an enterprise's and a unit's own ledgers
CREATE INDEX hazard_enterprise_idx ON hazard (enterprise_credit_code) WHERE enterprise_credit_code IS NOT NULL;
CREATE INDEX hazard_department_idx ON hazard (department_code) WHERE department_code IS NOT NULL;
CREATE INDEX hazard_responsible_unit_idx ON hazard (responsible_unit_code) WHERE responsible_unit_code IS NOT NULL;

-- Entries say who signed, for which unit, and what the step changed (canonical JSON, covered by the chain).
ALTER TABLE hazard_entry
    ADD COLUMN unit_code  varchar(64),
    ADD COLUMN unit_name  varchar(200),
    ADD COLUMN signature  varchar(100),
    ADD COLUMN data       text;

-- Every revision of the five-in-place plan (五到位); rows are added, never changed.
CREATE TABLE rectification_plan (
    hazard_id               uuid           NOT NULL REFERENCES hazard (id),
    revision                int            NOT NULL,
    responsible_name        varchar(100)   NOT NULL,
    responsible_post        varchar(100)   NOT NULL,
    responsible_phone       varchar(30)    NOT NULL,
    unit_code               varchar(64),
    unit_name               varchar(200),
    measures                varchar(4000)  NOT NULL,
    funds_yuan              numeric(15, 2) NOT NULL,
    funds_source            varchar(200)   NOT NULL,
    deadline                date           NOT NULL,
    contingency_plan        varchar(4000)  NOT NULL,
    contingency_document_id uuid,
    revision_reason         varchar(1000),
    entry_sequence          int            NOT NULL,
    recorded_by             varchar(200)   NOT NULL,
    recorded_at             timestamptz    NOT NULL,
    PRIMARY KEY (hazard_id, revision)
);

-- Every deadline a hazard has had and the step that set it.
CREATE TABLE hazard_deadline (
    id                uuid PRIMARY KEY,
    hazard_id         uuid         NOT NULL REFERENCES hazard (id),
    deadline          date         NOT NULL,
    previous_deadline date,
    set_by_action     varchar(32)  NOT NULL,
    entry_sequence    int          NOT NULL,
    set_by            varchar(200) NOT NULL,
    set_at            timestamptz  NOT NULL
);
CREATE INDEX hazard_deadline_hazard_idx ON hazard_deadline (hazard_id, set_at);

-- 延期: requests and their decisions.
CREATE TABLE extension_request (
    id                uuid PRIMARY KEY,
    hazard_id         uuid          NOT NULL REFERENCES hazard (id),
    reason            varchar(4000) NOT NULL,
    current_deadline  date,
    proposed_deadline date          NOT NULL,
    requested_by      varchar(200)  NOT NULL,
    requested_at      timestamptz   NOT NULL,
    decision          varchar(16),
    decision_note     varchar(4000),
    decided_by        varchar(200),
    decided_at        timestamptz
);
CREATE INDEX extension_request_hazard_idx ON extension_request (hazard_id, requested_at);
