-- The exchange context: where each organisation takes deliveries, and the transactional outbox of
-- messages to them. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+. (V5 belongs to the
-- consent context; Flyway accepts the gap.)

CREATE SEQUENCE delivery_endpoint_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE delivery_endpoint (
    id                BIGINT       NOT NULL PRIMARY KEY,
    organisation_code VARCHAR(36)  NOT NULL,
    version           BIGINT       NOT NULL,
    push_url          VARCHAR(500),
    mllp_host         VARCHAR(253),
    mllp_port         INTEGER,
    updated_at        TIMESTAMP    NOT NULL,
    updated_by        VARCHAR(200) NOT NULL,
    CONSTRAINT uq_delivery_endpoint_organisation UNIQUE (organisation_code)
);

-- One row per message to an organisation, written in the transaction of the business change that
-- caused it. The id is the message id the receiver sees (Idempotency-Key, HL7 MSH-10).
CREATE TABLE outbox_message (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    recipient       VARCHAR(36)    NOT NULL,
    kind            VARCHAR(40)    NOT NULL,
    channel         VARCHAR(16)    NOT NULL,
    subject_ref     VARCHAR(64),
    registry_number VARCHAR(14),
    payload         VARCHAR(65535) NOT NULL,
    status          VARCHAR(24)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP,
    last_error      VARCHAR(500),
    ack_code        VARCHAR(2),
    ack_text        VARCHAR(200),
    created_at      TIMESTAMP      NOT NULL,
    delivered_at    TIMESTAMP
);
-- the dispatcher's question: which messages are due?
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient, status, created_at);
CREATE INDEX ix_outbox_person ON outbox_message (recipient, registry_number, channel);
