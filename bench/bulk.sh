#!/usr/bin/env bash
# Bulk-intake benchmark on PostgreSQL: starts PostgreSQL, Keycloak and a Payara domain with the registry as
# bench/run.sh does (its --smoke --skip-h2 --keep-running path, which also registers the mission NPL-EMB-DOH),
# then runs bench/bulk.py against it — batches through POST /return-notifications/batches with single
# notifications timed meanwhile — and stops everything it started. Output: bench/target/results/bulk.jsonl.
#
#   bench/bulk.sh [--items N] [--batch-size N] [--probe-rate R] [--max-seconds S] [--runs N]
#                 [--jvm-option -Dregistry.batch.workers=4]
#
# Everything binds to 127.0.0.1 (ports as bench/run.sh: BENCH_PORTBASE, BENCH_PG_PORT, BENCH_KEYCLOAK_PORT).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/target
portbase=${BENCH_PORTBASE:-28300}
keycloak_port=${BENCH_KEYCLOAK_PORT:-$((portbase + 95))}
runs=1 args=() run_args=()
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift ;;
        --items|--batch-size|--probe-rate|--max-seconds|--in-flight) args+=("$1" "$2"); shift ;;
        --jvm-option) run_args+=(--jvm-option "$2"); shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
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

BENCH_QUIET_WAIT=${BENCH_QUIET_WAIT:-0} "$here/run.sh" --smoke --skip-h2 --keep-running "${run_args[@]}"
mkdir -p "$work/results"
for i in $(seq 1 "$runs"); do
    BULK_JVM_OPTIONS="${run_args[*]:-}" python3 "$here/bulk.py" --base "http://127.0.0.1:$((portbase + 80))/registry" \
        --token-endpoint "http://127.0.0.1:$keycloak_port/realms/returnee-registry/protocol/openid-connect/token" \
        --client-id npl-emb-doh --secret-file "$work/keycloak/mission.secret" \
        --pid "$(cat "$work/domains/bench/config/pid")" --pg-pid "$(head -1 "$work/pg/data/postmaster.pid")" --out "$work/results/bulk.jsonl" "${args[@]}" || true
done
cat "$work/results/bulk.jsonl"
