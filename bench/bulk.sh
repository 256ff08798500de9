#!/usr/bin/env bash
# Bulk-intake benchmark on PostgreSQL: starts PostgreSQL, Keycloak and a Payara domain with the registry as
# bench/run.sh does (its --setup-only --keep-running path, which also registers the mission NPL-EMB-DOH),
# then runs bench/bulk.py against it — batches through POST /return-notifications/batches with single
# notifications timed meanwhile — and stops everything it started. Output: bench/target/results/bulk.jsonl, and per
# run the registry's statements per item by kind from pg_stat_statements in bench/target/results/bulk-statements.txt.
#
#   bench/bulk.sh [--items N] [--batch-size N] [--probe-rate R] [--window-seconds S] [--max-seconds S] [--runs N]
#                 [--jvm-option -Dregistry.batch.workers=4] [--no-jfr] [--alternate-sql-trace]
#
# --alternate-sql-trace: an A/B of Payara's SQL-trace proxy in one domain, runs interleaved: odd runs with the pool's
# sql-trace-listeners as config/payara/use-postgresql.sh sets it (null: none), even runs with Payara's default (its
# no-op fish.payara.jdbc.SilentSqlTraceListener, which puts every JDBC call behind ProfiledConnectionWrapper40).
# Each run's line in bulk.jsonl names the setting ("pool"); its JFR summary shows whether the proxy ran. A run must
# last the 80 s its JFR takes (about 20 000 items), or the next run's start falls into it.
#
# Each run records 60 s of JFR (settings=profile, from its 20th second; bulk-N.jfr and its summary bulk-N-profile.md);
# --no-jfr leaves it out.
#
# Everything binds to 127.0.0.1 (ports as bench/run.sh: BENCH_PORTBASE, BENCH_PG_PORT, BENCH_KEYCLOAK_PORT).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/target
portbase=${BENCH_PORTBASE:-28300}
keycloak_port=${BENCH_KEYCLOAK_PORT:-$((portbase + 95))}
runs=1 jfr=true alternate=false args=() run_args=()
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift ;;
        --no-jfr) jfr=false ;;
        --alternate-sql-trace) alternate=true ;;
        --items|--batch-size|--probe-rate|--max-seconds|--in-flight|--window-seconds) args+=("$1" "$2"); shift ;;
        --jvm-option) run_args+=(--jvm-option "$2"); shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

stop_all() {
    if [ -f "$work/domains/bench/config/pid" ]; then
        "$work/payara6/bin/asadmin" stop-domain --domaindir "$work/domains" bench >/dev/null 2>&1 || true
    fi
    if [ -f "$work/pg/data/postmaster.pid" ]; then
        if [ "$(id -u)" = 0 ]; then runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
        else /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    fi
    if [ -f "$work/keycloak/data/keycloak.pid" ]; then
        bash "$root/config/keycloak/stop.sh" "$work/keycloak/data" >/dev/null 2>&1 || true
    fi
}
trap stop_all EXIT

BENCH_QUIET_WAIT=${BENCH_QUIET_WAIT:-0} "$here/run.sh" --setup-only --keep-running "${run_args[@]}"
mkdir -p "$work/results"
pg_port=${BENCH_PG_PORT:-28390}
psql_admin() { psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d registry "$@"; }
statements() { # items: the registry's statements of the run, per item, by total time
    local items=$1
    {
        echo "== $(date -u +%FT%TZ) run $i: $items items (${run_args[*]:-no JVM option}; $pool_setting)"
        psql_admin -F $'\t' -A -c "SELECT round(s.calls::numeric / greatest($items, 1), 3) AS calls_per_item,
                round((s.total_exec_time / greatest($items, 1))::numeric, 4) AS exec_ms_per_item, s.calls, s.rows,
                left(regexp_replace(s.query, '\s+', ' ', 'g'), 200) AS query
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
            WHERE r.rolname = 'registry' ORDER BY s.calls DESC LIMIT 60"
        psql_admin -tA -c "SELECT 'all statements per item: ' || round(sum(calls)::numeric / greatest($items, 1), 2)
                || ', exec ms per item: ' || round((sum(total_exec_time) / greatest($items, 1))::numeric, 3)
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'registry'"
    } >>"$work/results/bulk-statements.txt"
}
stored_check() { # nothing lost, nothing doubled, read in the database: one return event per accepted notification,
    # one returnee identity per person the run's valid items named
    local line tag people accepted
    line=$(tail -1 "$work/results/bulk.jsonl")
    tag=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["run"])' "$line")
    accepted=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["accepted"])' "$line")
    people=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["expected_people"])' "$line")
    psql_admin -tA -F ' ' -c "SELECT 'run $tag in the database: return events ' || count(*) || ' (accepted $accepted), distinct notification ids '
                || count(DISTINCT notification_id) FROM return_event WHERE notification_id LIKE 'BULK-$tag-%'" \
        | tee -a "$work/results/bulk-stored.txt"
    psql_admin -tA -c "SELECT 'run $tag in the database: returnees identified by the run''s passports ' || count(DISTINCT returnee_id)
                || ', identities ' || count(*) || ' (people $people)' FROM returnee_identity WHERE id_number LIKE 'BK$tag%'" \
        | tee -a "$work/results/bulk-stored.txt"
}
payara_pid=$(cat "$work/domains/bench/config/pid")
read_args=()   # consent-checked reads timed during the run, when the set-up made them possible
if [ -s "$work/keycloak/ministry.secret" ] && [ -s "$work/permit.txt" ]; then
    read_args=(--read-client-id npl-mohp --read-secret-file "$work/keycloak/ministry.secret" --read-rns-file "$work/permit.txt")
fi
asadmin=("$work/payara6/bin/asadmin" --port "$((portbase + 48))")
listeners=resources.jdbc-connection-pool.RegistryPool.sql-trace-listeners
for i in $(seq 1 "$runs"); do
    if $alternate; then
        # a changed pool attribute makes Payara recreate the pool; the first chunks of the run then use new connections
        if [ $((i % 2)) = 1 ]; then value=null; else value=fish.payara.jdbc.SilentSqlTraceListener; fi
        "${asadmin[@]}" set "$listeners=$value" >/dev/null
        "${asadmin[@]}" flush-connection-pool RegistryPool >/dev/null 2>&1 || true
    fi
    pool_setting="sql-trace-listeners=$("${asadmin[@]}" get "$listeners" | sed -n 's/^.*sql-trace-listeners=//p')"
    echo "run $i: $pool_setting"
    psql_admin -tA -c "SELECT pg_stat_statements_reset()" >/dev/null
    # where the registry's CPU goes: 60 s of JFR (settings=profile) from the 20th second of the run
    if $jfr; then
        (sleep 20; jcmd "$payara_pid" JFR.start name="bulk-$i" duration=60s settings=profile \
            filename="$work/results/bulk-$i.jfr" >/dev/null 2>&1) &
    fi
    BULK_POOL="$pool_setting" BULK_JVM_OPTIONS="${run_args[*]:-}" python3 "$here/bulk.py" --base "http://127.0.0.1:$((portbase + 80))/registry" \
        --token-endpoint "http://127.0.0.1:$keycloak_port/realms/returnee-registry/protocol/openid-connect/token" \
        --client-id npl-emb-doh --secret-file "$work/keycloak/mission.secret" \
        --pid "$(cat "$work/domains/bench/config/pid")" --pg-pid "$(head -1 "$work/pg/data/postmaster.pid")" --out "$work/results/bulk.jsonl" \
        "${read_args[@]}" "${args[@]}" || true
    wait
    if [ -f "$work/results/bulk-$i.jfr" ]; then
        sleep 2
        python3 "$here/lib/jfr_summary.py" "$work/results/bulk-$i.jfr" 25 >"$work/results/bulk-$i-profile.md" 2>&1 || true
    fi
    statements "$(tail -1 "$work/results/bulk.jsonl" | python3 -c 'import json, sys; print(json.load(sys.stdin)["done"])')"
    stored_check
done
cat "$work/results/bulk.jsonl"
