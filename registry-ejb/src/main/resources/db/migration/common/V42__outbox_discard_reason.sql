-- An operator who abandons a dead letter says why; the reason stays with the message (ADR 0032).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
ALTER TABLE outbox_message ADD COLUMN discard_reason VARCHAR(500);
