-- Routing rules that regulators add for their region (docs/routing.md). The rules that ship are code
-- (DefaultRules), never rows: a region changes them by adding a rule to the same slot, which wins there.
CREATE TABLE routing_rule (
    id              uuid PRIMARY KEY,
    name            varchar(200) NOT NULL,
    event_type      varchar(100) NOT NULL,
    region_code     varchar(12)  NOT NULL,
    industry        varchar(40),
    level           varchar(16),
    audience        varchar(40)  NOT NULL,
    audience_role   varchar(32),
    audience_level  varchar(16),
    audience_party  varchar(64),
    kind            varchar(40)  NOT NULL,
    slot            varchar(80),
    dual_report_side varchar(40),
    enabled         boolean      NOT NULL,
    version         int          NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL
);
CREATE INDEX routing_rule_type_idx ON routing_rule (event_type) WHERE enabled;
CREATE INDEX routing_rule_region_idx ON routing_rule (region_code, created_at DESC, id DESC);

-- Every change of a rule, as it was before and after: append-only (no UPDATE or DELETE is ever issued).
CREATE TABLE routing_rule_audit (
    id            uuid PRIMARY KEY,
    rule_id       uuid         NOT NULL,
    action        varchar(16)  NOT NULL,
    actor         varchar(200) NOT NULL,
    actor_role    varchar(32)  NOT NULL,
    actor_region  varchar(12)  NOT NULL,
    at            timestamptz  NOT NULL,
    before        text,
    after         text
);
CREATE INDEX routing_rule_audit_region_idx ON routing_rule_audit (actor_region, at DESC, id DESC);
CREATE INDEX routing_rule_audit_rule_idx ON routing_rule_audit (rule_id, at DESC);
