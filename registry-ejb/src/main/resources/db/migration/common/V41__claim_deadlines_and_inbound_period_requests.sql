-- Claims that run by themselves: when the registry next looks at a claim's awaited period request (its next
-- reminder or its time-out), kept with the claim so a restarted server, or a second one, carries on where the
-- first stopped. Claims already awaiting periods are looked at once at start-up and rescheduled from their
-- agreement's section. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

ALTER TABLE ss_claim ADD COLUMN next_deadline_at TIMESTAMP;
UPDATE ss_claim SET next_deadline_at = periods_requested_at WHERE status = 'PERIODS_REQUESTED';
CREATE INDEX ix_ss_claim_deadline ON ss_claim (status, next_deadline_at);
