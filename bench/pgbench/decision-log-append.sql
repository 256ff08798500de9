-- One decision-log append alone, as the registry's DecisionChain.append sends it in its own
-- (REQUIRES_NEW) transaction since ADR 0009 (append now, link later): one INSERT of the sealed decision,
-- without a sequence number or chain hashes, and the commit. No lock is taken: the registry's linker
-- numbers and chains committed decisions later, in batches of up to 500 (one UPDATE per decision and
-- one of the head per batch, which this script does not do). Captured from the registry
-- (results/disclosure-permit-statements.log, see README). It runs on a copy of the entry table
-- (bench_decision_log_entry: LIKE ... INCLUDING ALL, created by run.sh --scenario consent), so the
-- registry's own log stays verifiable.
--   pgbench -n -M prepared -c 16 -j 2 -T 20 -D run=1 -D n=0 -f bench/pgbench/decision-log-append.sql registry
-- Before ADR 0009 every append locked the head row until its commit's WAL flush ended, so appends were
-- serialised on it; now concurrent appends share WAL flushes (group commit) like any INSERT.
-- Differences from the registry, small: the id is computed here (the registry takes blocks of 50 from
-- decision_log_seq); the hashes are md5-based stand-ins of the same length (the registry computes the
-- HMACs in Java before the INSERT).
\set n :n + 1
\set id :run * 1000000000000000 + (:client_id + 1) * 1000000000000 + :n
\set subject random(1, 400)
\set consent random(1, 200)
BEGIN;
INSERT INTO bench_decision_log_entry (id, channel, client, consent_id, decided_at, entry_hash, granted, organisation,
    outcome, policy_version, previous_hash, purpose, reason, request_hash, requested, seal, sequence_number, subject_hash)
    VALUES (:id, 'REST', 'npl-mohp', '7f3c2a1e-5b6d-4c8e-9f01-' || lpad(:consent::text, 12, '0'), now()::timestamp,
    NULL, 'IDENTITY,CONTACT,HEALTH', 'NPL-MOHP', 'PERMIT', '2026-11', NULL, 'HEALTH_FOLLOW_UP', 'CONSENT',
    md5('r' || :id::text) || md5('q' || :id::text), 'IDENTITY,CONTACT,HEALTH', md5('s' || :id::text) || md5(:id::text),
    NULL, md5(:subject::text) || md5('s' || :subject::text));
COMMIT;
