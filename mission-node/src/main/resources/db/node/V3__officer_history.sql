-- Who added an officer, and whether (and by whom) the officer was disabled: an officer who leaves the mission
-- is disabled, not deleted, so the notifications they captured still name a known officer.
alter table officer add column added_by varchar(64);
alter table officer add column disabled_at timestamp with time zone;
alter table officer add column disabled_by varchar(64);
