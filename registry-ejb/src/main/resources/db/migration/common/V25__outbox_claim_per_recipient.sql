-- The dispatcher claims the oldest due message of each recipient (OutboxRepository.lockDue): the question
-- "is there an older due message for this recipient?" is asked per candidate row, so it gets an index.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.
CREATE INDEX ix_outbox_recipient_open ON outbox_message (recipient, status, created_at);
