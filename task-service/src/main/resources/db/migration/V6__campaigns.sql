-- Campaigns (专项行动 / 工作方案) and their breakdown (任务分解表, docs/domain.md "Tasks"): main actions, key tasks
-- and specific tasks as one ordered tree, with what the table says of each specific task.
CREATE TABLE campaign (
    id                uuid PRIMARY KEY,
    title             varchar(300)  NOT NULL,
    document_number   varchar(100),
    issuing_body      varchar(200),
    region_code       varchar(12)   NOT NULL,
    year              int           NOT NULL,
    status            varchar(16)   NOT NULL,
    breakdown_sha256  char(64),
    breakdown_title   varchar(300),
    created_by        varchar(200)  NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL
);
CREATE INDEX campaign_region_idx ON campaign (region_code text_pattern_ops, created_at DESC, id);

CREATE TABLE campaign_phase (
    campaign_id  uuid          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position     int           NOT NULL,
    name         varchar(100)  NOT NULL,
    ends_on      date,
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_item (
    id              uuid PRIMARY KEY,
    campaign_id     uuid           NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    parent_id       uuid           REFERENCES campaign_item (id) ON DELETE CASCADE,
    level           varchar(16)    NOT NULL,
    position        int            NOT NULL,
    number          varchar(20)    NOT NULL,
    text            varchar(4000)  NOT NULL,
    leaders         varchar(2000),
    units           varchar(2000),
    deadline        date,
    deadline_words  varchar(100),
    cadence         varchar(16),
    remarks         varchar(2000),
    source_row      int,
    UNIQUE (campaign_id, level, position)
);
CREATE INDEX campaign_item_tree_idx ON campaign_item (campaign_id, level, position);
