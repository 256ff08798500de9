-- Delivery: dead letters, operator requeue, and re-deciding disclosures at send time.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 16.

-- Why a message that left the retry cycle did so (DEAD_LETTER, CANCELLED, DISCARDED): a short code.
ALTER TABLE outbox_message ADD COLUMN closed_reason VARCHAR(64);
-- After an operator's requeue, attempts and age are counted afresh from here.
ALTER TABLE outbox_message ADD COLUMN attempt_base INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE outbox_message ADD COLUMN requeued_at TIMESTAMP;
-- A message that discloses personal data under the consent decision point carries the purpose and the
-- categories it was decided for, so that the decision is taken again when it is sent.
ALTER TABLE outbox_message ADD COLUMN disclosure_purpose VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN disclosure_categories VARCHAR(300);
