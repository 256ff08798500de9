-- The partner exchange's message log records the transport each message crossed by: SOAP, or the REST twin
-- (ADR 0034). Entries written before carry none; the column is hashed into the chain only where present, so their
-- hashes stand. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
ALTER TABLE message_log_entry ADD COLUMN transport VARCHAR(8);
