-- The consent captured with a notification, sent to the registry's /consents once the notification is
-- acknowledged: its body without the registry number (fixed at capture, so every resend is the same request)
-- and the Idempotency-Key it is always sent with, so an interrupted send is a repeat the registry answers with
-- the first record. consent_body is personal data and is purged with the notification's.
alter table notification add column consent_key varchar(64);
alter table notification add column consent_body clob;
alter table notification add column consent_status varchar(16);
alter table notification add column consent_id varchar(36);
alter table notification add column consent_problem clob;
alter table notification add constraint notification_consent_status
    check (consent_status is null or consent_status in ('PENDING', 'RECORDED', 'REFUSED'));
-- The registry batch a waiting notification was last sent in: a sync interrupted after the batch was accepted
-- follows that batch instead of sending the notification again.
alter table notification add column batch_id varchar(36);
create index notification_consent_pending on notification (consent_status, status);
