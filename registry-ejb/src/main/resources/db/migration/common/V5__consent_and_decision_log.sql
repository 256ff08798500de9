-- Consent records (ISO/IEC TS 27560 fields). The terms of a record never change; revocation and
-- supersession are the only later writes, and they only set the columns that say so.
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent_record (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    consent_id          VARCHAR(36)   NOT NULL,
    schema_version      VARCHAR(32)   NOT NULL,
    registry_number     VARCHAR(16)   NOT NULL,
    recipient           VARCHAR(36)   NOT NULL,
    legal_basis         VARCHAR(32)   NOT NULL,
    method              VARCHAR(16)   NOT NULL,
    evidence_hash       VARCHAR(64),
    representative      VARCHAR(200),
    given               BOOLEAN       NOT NULL,
    valid_from          TIMESTAMP     NOT NULL,
    valid_until         TIMESTAMP     NOT NULL,
    notice_version      VARCHAR(64)   NOT NULL,
    notice_language     VARCHAR(8)    NOT NULL,
    jurisdiction        VARCHAR(3)    NOT NULL,
    supersedes          VARCHAR(36),
    superseded_by       VARCHAR(36),
    recorded_at         TIMESTAMP     NOT NULL,
    actor               VARCHAR(200)  NOT NULL,
    actor_subject       VARCHAR(200),
    actor_organisation  VARCHAR(200),
    actor_client        VARCHAR(200),
    revoked_at          TIMESTAMP,
    revocation_reason   VARCHAR(1000),
    revoked_by          VARCHAR(200),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_consent_id UNIQUE (consent_id)
);
CREATE INDEX ix_consent_subject_recipient ON consent_record (registry_number, recipient);

CREATE TABLE consent_record_purpose (
    consent_record_id BIGINT      NOT NULL REFERENCES consent_record (id),
    purpose           VARCHAR(40) NOT NULL,
    PRIMARY KEY (consent_record_id, purpose)
);

CREATE TABLE consent_record_category (
    consent_record_id BIGINT      NOT NULL REFERENCES consent_record (id),
    category          VARCHAR(40) NOT NULL,
    PRIMARY KEY (consent_record_id, category)
);

-- The decision log: every access decision, permit and deny, appended in sequence; each entry
-- carries the hash of the one before, so an edited, removed or inserted row breaks the chain.
CREATE TABLE decision_log_entry (
    sequence_number     BIGINT        NOT NULL PRIMARY KEY,
    decided_at          TIMESTAMP     NOT NULL,
    organisation        VARCHAR(200)  NOT NULL,
    client              VARCHAR(200),
    channel             VARCHAR(16)   NOT NULL,
    subject_hash        VARCHAR(64)   NOT NULL,
    purpose             VARCHAR(40)   NOT NULL,
    requested           VARCHAR(400)  NOT NULL,
    granted             VARCHAR(400)  NOT NULL,
    outcome             VARCHAR(8)    NOT NULL,
    reason              VARCHAR(40)   NOT NULL,
    policy_version      VARCHAR(32)   NOT NULL,
    consent_id          VARCHAR(36),
    request_hash        VARCHAR(64)   NOT NULL,
    previous_hash       VARCHAR(64)   NOT NULL,
    entry_hash          VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_decision_subject_time ON decision_log_entry (subject_hash, decided_at);
CREATE INDEX ix_decision_organisation_time ON decision_log_entry (organisation, decided_at);
CREATE INDEX ix_decision_time ON decision_log_entry (decided_at);
CREATE INDEX ix_decision_consent ON decision_log_entry (consent_id);

-- The chain's head: one row, locked by every append so entries are numbered and chained one at a time.
CREATE TABLE decision_log_head (
    id                BIGINT       NOT NULL PRIMARY KEY,
    last_sequence     BIGINT       NOT NULL,
    last_hash         VARCHAR(64)  NOT NULL
);
INSERT INTO decision_log_head (id, last_sequence, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Keys the registry generates for itself when the operator configures none: the consent receipt
-- signing key and the key that hashes subjects in logs.
CREATE TABLE registry_key (
    name        VARCHAR(64)    NOT NULL PRIMARY KEY,
    material    VARCHAR(4000)  NOT NULL,
    created_at  TIMESTAMP      NOT NULL
);
