-- A statement of periods abroad the claims timer cannot issue (the signing key missing, say) is tried again after a
-- growing, capped pause rather than every round: the failed attempts so far and the time of the next one. Both are
-- cleared when the statement is issued. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

ALTER TABLE ss_claim ADD COLUMN statement_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ss_claim ADD COLUMN statement_retry_at TIMESTAMP;
