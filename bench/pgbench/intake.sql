-- PostgreSQL's own ceiling for one new-person return-notification intake: the statements the
-- registry sends for one REST/SOAP notification (captured with log_statement=all, see README; this
-- version from the capture of 2026-12-07, commit 6cdb525), with the same row shapes and values:
--   1. the caller's organisation status (autocommit, as the registry sends it when its kept answer is
--      older than registry.organisations.status-ttl; under load most calls answer from the kept one, so
--      this over-counts slightly),
--   2. the replay check (autocommit, before the intake transaction, as the registry sends it),
--   3. the intake in ONE transaction: identity match FOR UPDATE, the notification and the new returnee
--      with their history (two history rows as one multi-row INSERT, as reWriteBatchedInserts sends
--      them), the referral the mission's urgent need opens (route lookup, referral, its first event),
--      the district's resource centre, the call's audit entry (sealed, not yet linked; inside the
--      business transaction since ADR 0027), and the reintegration case the urgent need opens (case,
--      two events, six follow-ups as two multi-row INSERTs, the referral link).
-- 1 and the audit entry are what bearer tokens added; -D security=0 leaves them out (the A/B run.sh makes).
--   pgbench -n -M prepared -c 16 -j 2 -T 30 -D run=1 -D n=0 -D security=1 -f bench/pgbench/intake.sql registry
-- The organisation NPL-EMB-DOH must exist (run.sh registers it through the registry).
-- Keys are unique per (run, client, transaction): ids :run * 10^15 + (client + 1) * 10^12 + n * 32 + k,
-- registry numbers (VARCHAR(14)) :run * 10^11 + client * 10^9 + n.
-- Differences from the registry, all in pgbench's favour and small: no nextval (EclipseLink takes a
-- block of 50 ids); constant strings as literals instead of bind parameters; the linker's rounds (a
-- COUNT of unlinked entries per log every 200 ms, one UPDATE per entry and one of the head per batch)
-- and the outbox dispatcher's poll (timers, not per request, which the capture shows on the same
-- connection) are left out.
-- run.sh captures the registry's statements in the same run (results/intake-statements.log) and
-- report.md says whether their sequence still matches this script.
\set n :n + 1
\set base :run * 1000000000000000 + (:client_id + 1) * 1000000000000 + :n * 32
\set rn :run * 100000000000 + :client_id * 1000000000 + :n
\set returnee :base
\set notification :base + 1
\set history1 :base + 2
\set history2 :base + 3
\set history3 :base + 4
\set episode :base + 5
\set identity :base + 6
\set event :base + 7
\set audit :base + 8
\set referral :base + 9
\set referralevent :base + 10
\set kase :base + 11
\set caseevent1 :base + 12
\set caseevent2 :base + 13
\set followup1 :base + 14
\set followup2 :base + 15
\set followup3 :base + 16
\set followup4 :base + 17
\set followup5 :base + 18
\set followup6 :base + 19
\if :security
SELECT status FROM organisation WHERE (code = 'NPL-EMB-DOH');
\endif
SELECT ID, content, content_hash, content_purged_at, expected_arrival, match_outcome, port_of_entry, received_at, received_by, registry_number, resolution_note, resolved_at, resolved_by, return_modality, review_candidate, review_reason, status, version, mission_code, notification_id FROM return_notification WHERE ((mission_code = 'NPL-EMB-DOH') AND (notification_id = 'bench-' || :base));
BEGIN;
SELECT t0.ID, t0.address, t0.date_of_birth, t0.email, t0.family_name, t0.gender_identity, t0.given_name, t0.home_district, t0.phone, t0.registered_at, t0.sex, t0.updated_at, t0.version, t0.registry_number FROM returnee t0 WHERE t0.ID IN (SELECT t1.ID FROM returnee_identity t2, returnee t1 WHERE ((((t2.id_type = 'PASSPORT') AND (t2.id_number = 'PG' || :base)) AND (t2.issuing_country = 'NPL')) AND (t1.ID = t2.returnee_id))) ORDER BY t0.ID FOR UPDATE;
INSERT INTO return_notification (ID, content, content_hash, content_purged_at, expected_arrival, match_outcome, port_of_entry, received_at, received_by, registry_number, resolution_note, resolved_at, resolved_by, return_modality, review_candidate, review_reason, status, version, mission_code, notification_id) VALUES (:notification, '{"employment":{"channel":"REGULAR","departureDate":"2021-03-01","destinationCountry":"QAT","employer":"Gulf Build LLC","endDate":"2025-02-28","occupation":"71","sector":"F"},"expectedArrivalDate":"2025-03-05","missionCode":"NPL-EMB-DOH","notificationId":"bench-PG1-01-1234567","pendingClaims":[{"amount":1500,"currency":"QAR","type":"UNPAID_WAGES"}],"person":{"dateOfBirth":"1990-04-12","homeDistrict":"Kaski","identifiers":[{"issuingCountry":"NPL","number":"PG1011234567","type":"PASSPORT"}],"name":{"familyName":"Thapa","givenName":"Ram","transliterations":[]},"sex":"1"},"portOfEntry":"KTM","returnModality":"END_OF_CONTRACT","returnReason":"Contract completed","urgentNeeds":[{"need":"MEDICAL","note":"back pain"}]}', '8a85c620f49d61b855ebb0de5a25b45e810eea65679d6381ea96200a7ce377d4', NULL, '2025-03-05', 'CREATED_NEW', 'KTM', localtimestamp, 'service-account-npl-emb-doh@NPL-EMB-DOH', 'R' || :rn, NULL, NULL, NULL, 'END_OF_CONTRACT', NULL, NULL, 'ACCEPTED', 1, 'NPL-EMB-DOH', 'bench-' || :base);
INSERT INTO notification_pending_claim (notification_id, position, amount, currency, description, claim_type) VALUES (:notification, 0, 1500, 'QAR', NULL, 'UNPAID_WAGES');
INSERT INTO notification_urgent_need (notification_id, position, need, note) VALUES (:notification, 0, 'MEDICAL', 'back pain');
INSERT INTO returnee (ID, address, date_of_birth, email, family_name, gender_identity, given_name, home_district, phone, registered_at, sex, updated_at, version, registry_number) VALUES (:returnee, NULL, '1990-04-12', NULL, 'Thapa', NULL, 'Ram', 'Kaski', NULL, localtimestamp, '1', localtimestamp, 1, 'R' || :rn);
INSERT INTO returnee_history (ID, action, recorded_at, reason, seq, actor_client, actor, actor_organisation, actor_subject, returnee_id) VALUES (:history1, 'REGISTERED', localtimestamp, 'Return notification NPL-EMB-DOH/bench-PG1-01-1234567', 1, 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :returnee),(:history3, 'RETURN_RECORDED', localtimestamp, 'Return notification NPL-EMB-DOH/bench-PG1-01-1234567', 3, 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :returnee);
INSERT INTO returnee_history_change (history_id, position, field, new_value, old_value) VALUES (:history3, 0, 'returnEvents', '2025-03-05 END_OF_CONTRACT', NULL);
INSERT INTO returnee_history (ID, action, recorded_at, reason, seq, actor_client, actor, actor_organisation, actor_subject, returnee_id) VALUES (:history2, 'MIGRATION_RECORDED', localtimestamp, 'Return notification NPL-EMB-DOH/bench-PG1-01-1234567', 2, 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :returnee);
INSERT INTO returnee_history_change (history_id, position, field, new_value, old_value) VALUES (:history2, 0, 'migrationEpisodes', 'QAT / Gulf Build LLC', NULL);
INSERT INTO migration_episode (ID, channel, departure_date, destination_country, employer, end_date, occupation, recruitment_agency, sector, returnee_id) VALUES (:episode, 'REGULAR', '2021-03-01', 'QAT', 'Gulf Build LLC', '2025-02-28', '71', NULL, 'F', :returnee);
INSERT INTO returnee_identity (ID, issuing_country, id_number, id_type, returnee_id) VALUES (:identity, 'NPL', 'PG' || :base, 'PASSPORT', :returnee);
INSERT INTO return_event (ID, modality, notification_id, notifying_mission, port_of_entry, reason, return_date, returnee_id) VALUES (:event, 'END_OF_CONTRACT', 'bench-' || :base, 'NPL-EMB-DOH', 'KTM', 'Contract completed', '2025-03-05', :returnee);
SELECT service, recipient, updated_at, updated_by, version FROM referral_route WHERE (service = 'HEALTH');
INSERT INTO referral (ID, created_at, decline_reason, idempotency_key, idempotency_owner, outcome, outcome_note, purpose, reason, recipient, registry_number, request_hash, service, source, source_notification, status, updated_at, version, referral_id) VALUES (:referral, localtimestamp, NULL, NULL, NULL, NULL, NULL, 'HEALTH_FOLLOW_UP', 'Urgent need reported by mission NPL-EMB-DOH', NULL, 'R' || :rn, NULL, 'HEALTH', 'NOTIFICATION', 'NPL-EMB-DOH/bench-' || :base, 'UNROUTED', localtimestamp, 1, regexp_replace(md5(:base::text), '(.{8})(.{4})(.{4})(.{4})(.{12})', '\1-\2-\3-\4-\5'));
INSERT INTO referral_event (ID, recorded_at, note, seq, status, actor_client, actor, actor_organisation, actor_subject, referral_id) VALUES (:referralevent, localtimestamp, 'No route for HEALTH; awaiting a registrar', 1, 'UNROUTED', 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :referral);
SELECT ID, address, date_of_birth, email, family_name, gender_identity, given_name, home_district, phone, registered_at, sex, updated_at, version, registry_number FROM returnee WHERE (registry_number = 'R' || :rn);
SELECT ID, client_id, country, district, name, registered_at, status, org_type, updated_at, version, code FROM organisation WHERE (((org_type = 'MIGRANT_RESOURCE_CENTRE') AND (status = 'ACTIVE')) AND (UPPER(district) = UPPER('Kaski'))) ORDER BY code;
\if :security
INSERT INTO audit_entry (ID, recorded_at, channel, client, entry_hash, operation, organisation, outcome, previous_hash, record_hash, seal, sequence_number, subject, username) VALUES (:audit, localtimestamp, 'REST', 'npl-emb-doh', NULL, 'NOTIFICATION_SUBMIT', 'NPL-EMB-DOH', 'OK', NULL, NULL, md5('s' || :audit) || md5(:audit::text), NULL, '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', 'service-account-npl-emb-doh');
\endif
INSERT INTO reintegration_case (ID, birth_date, centre, close_reason, closed_at, destination_country, home_district, open_registry_number, opened_at, opened_on, outcome, registry_number, return_date, return_modality, sex, source_notification, status, opened_by, updated_at, version, worker, case_id) VALUES (:kase, '1990-04-12', NULL, NULL, NULL, 'QAT', 'Kaski', 'R' || :rn, localtimestamp, current_date, NULL, 'R' || :rn, '2025-03-05', 'END_OF_CONTRACT', '1', 'NPL-EMB-DOH/bench-' || :base, 'OPEN', 'NOTIFICATION', localtimestamp, 1, NULL, regexp_replace(md5('case' || :base::text), '(.{8})(.{4})(.{4})(.{4})(.{12})', '\1-\2-\3-\4-\5'));
INSERT INTO case_event (ID, recorded_at, note, seq, event_type, actor_client, actor, actor_organisation, actor_subject, case_ref) VALUES (:caseevent1, localtimestamp, 'Return notification NPL-EMB-DOH/bench-PG1-01-1234567 (OPEN_EVERY_RETURN)', 1, 'OPENED', 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :kase),(:caseevent2, localtimestamp, 'Referral ' || regexp_replace(md5(:base::text), '(.{8})(.{4})(.{4})(.{4})(.{12})', '\1-\2-\3-\4-\5'), 2, 'REFERRAL_LINKED', 'npl-emb-doh', 'service-account-npl-emb-doh@NPL-EMB-DOH', 'NPL-EMB-DOH', '3a161f5a-de8c-48ab-aa4d-e246dd2485c6', :kase);
INSERT INTO case_follow_up (ID, contacted_on, due_on, note, seq, outcome, recorded_at, case_ref) VALUES (:followup4, NULL, current_date + 120, NULL, 4, NULL, NULL, :kase),(:followup2, NULL, current_date + 60, NULL, 2, NULL, NULL, :kase),(:followup6, NULL, current_date + 180, NULL, 6, NULL, NULL, :kase),(:followup3, NULL, current_date + 90, NULL, 3, NULL, NULL, :kase);
INSERT INTO case_follow_up (ID, contacted_on, due_on, note, seq, outcome, recorded_at, case_ref) VALUES (:followup5, NULL, current_date + 150, NULL, 5, NULL, NULL, :kase),(:followup1, NULL, current_date + 30, NULL, 1, NULL, NULL, :kase);
INSERT INTO case_referral (case_ref, referral_id, pos) VALUES (:kase, regexp_replace(md5(:base::text), '(.{8})(.{4})(.{4})(.{4})(.{12})', '\1-\2-\3-\4-\5'), 0);
COMMIT;
