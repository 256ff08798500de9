-- One decision-log append alone, as the registry's DecisionLog.append sends it in its own
-- (REQUIRES_NEW) transaction: lock the chain's head row, insert the entry, move the head, commit.
-- Captured from the registry (results/disclosure-permit-statements.log, see README). It runs on
-- copies of the two tables (bench_decision_log_entry, bench_decision_log_head: LIKE ... INCLUDING
-- ALL, created by run.sh --scenario consent), so the registry's own chain stays verifiable.
--   pgbench -n -M prepared -c 16 -j 2 -T 20 -f bench/pgbench/decision-log-append.sql registry
-- Every client waits for the head row's lock, which is held until the commit's WAL flush ends:
-- appends are serialised, and TPS here is the ceiling of decisions per second the log allows.
-- Differences from the registry, small: the next sequence number is computed in the SELECT (the
-- registry adds 1 in Java); the hashes are md5-based stand-ins of the same length (the registry
-- computes SHA-256/HMAC in Java, outside the lock's SQL but inside the locked transaction).
\set subject random(1, 400)
\set consent random(1, 200)
BEGIN;
SELECT id, last_hash, last_sequence + 1 AS seq FROM bench_decision_log_head WHERE id = 1 FOR UPDATE \gset
INSERT INTO bench_decision_log_entry (sequence_number, channel, client, consent_id, decided_at, entry_hash, granted,
    organisation, outcome, policy_version, previous_hash, purpose, reason, request_hash, requested, subject_hash)
    VALUES (:seq, 'REST', 'npl-mohp', '7f3c2a1e-5b6d-4c8e-9f01-' || lpad(:consent::text, 12, '0'), now()::timestamp,
    md5(:seq::text) || md5('e' || :seq::text), 'IDENTITY,CONTACT,HEALTH', 'NPL-MOHP', 'PERMIT', '2026-11', :last_hash,
    'HEALTH_FOLLOW_UP', 'CONSENT', md5('r' || :seq::text) || md5('q' || :seq::text), 'IDENTITY,CONTACT,HEALTH',
    md5(:subject::text) || md5('s' || :subject::text));
UPDATE bench_decision_log_head SET last_hash = md5(:seq::text) || md5('e' || :seq::text), last_sequence = :seq WHERE id = 1;
COMMIT;
