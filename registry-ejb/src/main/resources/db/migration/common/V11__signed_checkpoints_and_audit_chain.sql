-- Signed checkpoints of the hash-chained logs: the registry's key (kept outside the database) signs
-- (log, sequence, hash, time) at intervals; each checkpoint is also appended to a file outside the
-- database. One row per log and sequence number: two instances signing the same head keep one.
CREATE TABLE log_checkpoint (
    log_name         VARCHAR(32)    NOT NULL,
    sequence_number  BIGINT         NOT NULL,
    entry_hash       VARCHAR(64)    NOT NULL,
    signed_at        TIMESTAMP      NOT NULL,
    signature        VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (log_name, sequence_number)
);

-- The audit trail becomes a hash chain like the decision log: entries numbered without gaps, each
-- carrying the hash of the one before, and the keyed hash of the record the call named. Entries
-- written before this version keep no sequence number and are not part of the chain.
ALTER TABLE audit_entry ADD COLUMN sequence_number BIGINT;
ALTER TABLE audit_entry ADD COLUMN record_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_audit_sequence ON audit_entry (sequence_number);
CREATE INDEX ix_audit_record ON audit_entry (record_hash);

-- The audit chain's head: one row, locked by every append.
CREATE TABLE audit_head (
    id                BIGINT       NOT NULL PRIMARY KEY,
    last_sequence     BIGINT       NOT NULL,
    last_hash         VARCHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Key material no longer lives in the database: the registry moves the keys an earlier version kept in
-- registry_key into its key directory at its first start and deletes them here (RegistryKeys).
