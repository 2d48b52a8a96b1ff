-- Ledgers kept elsewhere, imported (POST /hazards/imports; hazard-service/README.md, "Ledger export and import"):
-- who imported which file (its SHA-256) when, and what it made. Each imported hazard's first ledger entry
-- names its import and row. A hazard already here is found again by its ledger number, or else by region,
-- title and reported time, which hazard_region_idx (region_code, reported_at, id) serves.
CREATE TABLE ledger_import (
    id              uuid PRIMARY KEY,
    file_sha256     char(64)     NOT NULL,
    file_name       varchar(255),
    file_format     varchar(8)   NOT NULL,
    region_code     varchar(12)  NOT NULL,
    imported_by     varchar(200) NOT NULL,
    importer_role   varchar(32)  NOT NULL,
    imported_at     timestamptz  NOT NULL,
    row_count       int          NOT NULL,
    created         int          NOT NULL,
    already_present int          NOT NULL
);
CREATE INDEX ledger_import_sha256_idx ON ledger_import (file_sha256);
