-- The partner exchange's inbound side: the message log (every message exchanged with a partner institution,
-- accepted or refused, hash-chained by the shared linker like the audit trail and the decision log, ADR 0009)
-- and the replay store (one row per accepted message, unique per sender and message id, ADR 0013).
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

CREATE SEQUENCE message_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE message_log_entry (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    sequence_number          BIGINT,
    recorded_at              TIMESTAMP     NOT NULL,
    direction                VARCHAR(16)   NOT NULL,
    message_id               VARCHAR(64),
    correlation_id           VARCHAR(64),
    agreement_id             VARCHAR(36),
    agreement_version        INTEGER,
    sender                   VARCHAR(40),
    recipient                VARCHAR(40),
    message_type             VARCHAR(48),
    envelope_timestamp       TIMESTAMP,
    caller_organisation      VARCHAR(200),
    signature_value          VARCHAR(1024),
    signer_fingerprint       VARCHAR(64),
    body_hash                VARCHAR(64),
    decision                 VARCHAR(16)   NOT NULL,
    reason                   VARCHAR(64)   NOT NULL,
    xroad_client             VARCHAR(300),
    xroad_service            VARCHAR(300),
    xroad_id                 VARCHAR(200),
    xroad_user_id            VARCHAR(200),
    xroad_issue              VARCHAR(200),
    xroad_protocol_version   VARCHAR(16),
    xroad_represented_party  VARCHAR(300),
    previous_hash            VARCHAR(64),
    entry_hash               VARCHAR(64),
    seal                     VARCHAR(64)
);
CREATE UNIQUE INDEX uq_message_log_sequence ON message_log_entry (sequence_number);
CREATE INDEX ix_message_log_sender_message ON message_log_entry (sender, message_id);
CREATE INDEX ix_message_log_agreement ON message_log_entry (agreement_id, recorded_at);
CREATE INDEX ix_message_log_time ON message_log_entry (recorded_at);

CREATE TABLE message_log_head (
    id                BIGINT       NOT NULL PRIMARY KEY,
    last_sequence     BIGINT       NOT NULL,
    last_hash         VARCHAR(64)  NOT NULL
);
INSERT INTO message_log_head (id, last_sequence, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE inbound_message (
    receipt_id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    sender             VARCHAR(40)  NOT NULL,
    message_id         VARCHAR(64)  NOT NULL,
    correlation_id     VARCHAR(64),
    recipient          VARCHAR(40)  NOT NULL,
    message_type       VARCHAR(48)  NOT NULL,
    agreement_id       VARCHAR(36)  NOT NULL,
    agreement_version  INTEGER      NOT NULL,
    body_hash          VARCHAR(64)  NOT NULL,
    received_at        TIMESTAMP    NOT NULL,
    registry_number    VARCHAR(14),
    CONSTRAINT uq_inbound_sender_message UNIQUE (sender, message_id)
);
CREATE INDEX ix_inbound_correlation ON inbound_message (sender, correlation_id);
