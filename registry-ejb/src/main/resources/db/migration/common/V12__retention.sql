-- Retention: a return notification's content and a closed outbox message's payload are purged after a
-- configurable period; the notification's content hash (replay detection) and the payload's hash stay.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 16.

ALTER TABLE return_notification ALTER COLUMN content DROP NOT NULL;
ALTER TABLE return_notification ADD COLUMN content_purged_at TIMESTAMP;
CREATE INDEX ix_notification_retention ON return_notification (content_purged_at, received_at);

ALTER TABLE outbox_message ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE outbox_message ADD COLUMN payload_hash VARCHAR(64);
ALTER TABLE outbox_message ADD COLUMN payload_purged_at TIMESTAMP;
CREATE INDEX ix_outbox_retention ON outbox_message (payload_purged_at, created_at);
