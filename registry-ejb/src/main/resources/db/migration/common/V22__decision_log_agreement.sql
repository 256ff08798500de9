-- A partner institution's read, and an outbound message carrying personal data, is decided under an
-- agreement: the decision log records which one, and in which version. Null for decisions without one.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 16.

ALTER TABLE decision_log_entry ADD COLUMN agreement_id VARCHAR(36);
ALTER TABLE decision_log_entry ADD COLUMN agreement_version INTEGER;
