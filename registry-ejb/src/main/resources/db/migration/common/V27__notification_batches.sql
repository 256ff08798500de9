-- Bulk intake: a batch of return notifications a mission submits at once, and its items. A batch is
-- acknowledged once this row and every item's raw content are committed; a job then takes each pending
-- item through the same intake as a single notification and records its outcome in the same
-- transaction as its effect. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Ids from
-- entity_seq (V1).

CREATE TABLE notification_batch (
    id              BIGINT        NOT NULL PRIMARY KEY,
    batch_id        VARCHAR(36)   NOT NULL,
    version         BIGINT        NOT NULL,
    mission_code    VARCHAR(40)   NOT NULL,
    -- the submitter as the verified token named them; the job acts for them
    actor_subject   VARCHAR(200)  NOT NULL,
    actor_name      VARCHAR(200),
    actor_client    VARCHAR(200),
    format          VARCHAR(8)    NOT NULL,
    item_count      INTEGER       NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    accepted_count  INTEGER       NOT NULL,
    replayed_count  INTEGER       NOT NULL,
    refused_count   INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    CONSTRAINT uq_notification_batch_id UNIQUE (batch_id)
);
CREATE INDEX ix_notification_batch_mission ON notification_batch (mission_code, created_at);
CREATE INDEX ix_notification_batch_state ON notification_batch (state);

CREATE TABLE notification_batch_item (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    batch_ref           BIGINT         NOT NULL,
    row_number          INTEGER        NOT NULL,
    notification_id     VARCHAR(64),
    outcome             VARCHAR(16)    NOT NULL,
    -- the item as received, in the canonical JSON of a notification; null when it could not be read
    content             VARCHAR(65535),
    registry_number     VARCHAR(14),
    notification_status VARCHAR(16),
    match_outcome       VARCHAR(16),
    refusal_code        VARCHAR(64),
    refusal_message     VARCHAR(1000),
    -- the refusal's violations per field, as a JSON array of {field, rule, message}
    violations          VARCHAR(65535),
    processed_at        TIMESTAMP,
    CONSTRAINT fk_notification_batch_item_batch FOREIGN KEY (batch_ref) REFERENCES notification_batch (id),
    CONSTRAINT uq_notification_batch_item_row UNIQUE (batch_ref, row_number)
);
CREATE INDEX ix_notification_batch_item_outcome ON notification_batch_item (outcome, batch_ref, row_number);
