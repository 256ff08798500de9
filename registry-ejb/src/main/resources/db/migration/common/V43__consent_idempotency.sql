-- A consent may be recorded under a client-chosen idempotency key (REST Idempotency-Key), as referrals, claims
-- and grievances are: a repeat with the same key and request answers the first record, another request under
-- the key is refused, and the unique key turns two concurrent first requests into one record and one 409.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.
ALTER TABLE consent_record ADD COLUMN idempotency_owner VARCHAR(36);
ALTER TABLE consent_record ADD COLUMN idempotency_key VARCHAR(64);
ALTER TABLE consent_record ADD COLUMN request_hash VARCHAR(64);
ALTER TABLE consent_record ADD CONSTRAINT uq_consent_idempotency UNIQUE (idempotency_owner, idempotency_key);
