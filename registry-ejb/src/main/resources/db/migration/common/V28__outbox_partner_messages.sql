-- The partner exchange's outbound side: a message to a partner institution is an outbox message of channel
-- PARTNER_SOAP that names the agreement it is sent under (and the version it was decided under). While the
-- agreement is suspended the message is HELD; when it is terminated the message is ABANDONED (status values,
-- no schema change). Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.
ALTER TABLE outbox_message ADD COLUMN agreement_id VARCHAR(36);
ALTER TABLE outbox_message ADD COLUMN agreement_version INTEGER;
CREATE INDEX ix_outbox_agreement_held ON outbox_message (status, agreement_id);
