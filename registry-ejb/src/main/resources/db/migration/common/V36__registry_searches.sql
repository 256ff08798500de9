-- Registry searches by social protection systems (the DCI sync search, docs/dci.md): which organisation and
-- client searched, under which message and transaction ids, and per search request its status, reason code
-- and how many records were answered — kept so that the caller can ask a transaction's status. No query and
-- no record is kept: personal data stays in the register. A message id is used once per organisation.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE registry_search (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation    VARCHAR(40)   NOT NULL,
    client          VARCHAR(200),
    message_id      VARCHAR(99)   NOT NULL,
    transaction_id  VARCHAR(99)   NOT NULL,
    correlation_id  VARCHAR(36)   NOT NULL,
    searched_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_registry_search_message UNIQUE (organisation, message_id)
);
CREATE INDEX ix_registry_search_transaction ON registry_search (organisation, transaction_id);

CREATE TABLE registry_search_item (
    search_ref      BIGINT        NOT NULL,
    item_index      INTEGER       NOT NULL,
    reference_id    VARCHAR(99),
    status          VARCHAR(4)    NOT NULL,
    reason_code     VARCHAR(64),
    record_count    INTEGER       NOT NULL,
    CONSTRAINT pk_registry_search_item PRIMARY KEY (search_ref, item_index),
    CONSTRAINT fk_registry_search_item FOREIGN KEY (search_ref) REFERENCES registry_search (id)
);
CREATE INDEX ix_registry_search_item_reference ON registry_search_item (reference_id);
