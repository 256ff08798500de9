-- Append now, link later (ADR 0009): an entry of a hash-chained log is written with the call it records,
-- sealed with a keyed hash of its content, and without a place in the chain; the log's linker later gives
-- it its sequence number and hashes. No call locks a head row any more: only the linker does.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- The audit trail: the seal; the sequence number and the hashes stay null until the entry is linked.
ALTER TABLE audit_entry ADD COLUMN seal VARCHAR(64);

-- The decision log: a decision is known by its id from the moment it is written (the number callers are
-- given); the sequence number comes with linking. Decisions already logged keep their sequence number as
-- their id. The table is rebuilt because its primary key moves to the new column.
CREATE TABLE decision_log_record (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    sequence_number     BIGINT,
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
    previous_hash       VARCHAR(64),
    entry_hash          VARCHAR(64),
    seal                VARCHAR(64)
);
INSERT INTO decision_log_record (id, sequence_number, decided_at, organisation, client, channel, subject_hash,
        purpose, requested, granted, outcome, reason, policy_version, consent_id, request_hash, previous_hash,
        entry_hash, seal)
    SELECT sequence_number, sequence_number, decided_at, organisation, client, channel, subject_hash,
        purpose, requested, granted, outcome, reason, policy_version, consent_id, request_hash, previous_hash,
        entry_hash, NULL
    FROM decision_log_entry;
DROP TABLE decision_log_entry;
ALTER TABLE decision_log_record RENAME TO decision_log_entry;
CREATE UNIQUE INDEX uq_decision_sequence ON decision_log_entry (sequence_number);
CREATE INDEX ix_decision_subject_time ON decision_log_entry (subject_hash, decided_at);
CREATE INDEX ix_decision_organisation_time ON decision_log_entry (organisation, decided_at);
CREATE INDEX ix_decision_time ON decision_log_entry (decided_at);
CREATE INDEX ix_decision_consent ON decision_log_entry (consent_id);

-- Ids of new decisions; V15 moves it past the ids taken above.
CREATE SEQUENCE decision_log_seq START WITH 50 INCREMENT BY 50;
