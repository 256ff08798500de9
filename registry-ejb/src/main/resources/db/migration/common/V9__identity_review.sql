-- A return notification whose identifier is held by a returnee with another name or date of birth
-- is kept but not recorded on anyone until a registrar decides: no registry number while it is held,
-- the returnee it may belong to and why it is held, and who resolved it, when and why.
ALTER TABLE return_notification ALTER COLUMN registry_number DROP NOT NULL;
ALTER TABLE return_notification ADD COLUMN review_candidate VARCHAR(14);
ALTER TABLE return_notification ADD COLUMN review_reason VARCHAR(32);
ALTER TABLE return_notification ADD COLUMN resolved_at TIMESTAMP;
ALTER TABLE return_notification ADD COLUMN resolved_by VARCHAR(200);
ALTER TABLE return_notification ADD COLUMN resolution_note VARCHAR(1000);
CREATE INDEX ix_notification_status ON return_notification (status, received_at);
