#!/usr/bin/env bash
# Return-notification intake benchmark: REST and SOAP against the running registry, on H2 and on
# PostgreSQL, with a bounded load from a second process (wrk), plus PostgreSQL's own ceiling for
# the same SQL (pgbench) in the same run. Everything it starts binds to 127.0.0.1 and is stopped
# when it ends. Output: bench/target/results/ (report.md, results.jsonl, raw load-generator output,
# JFR recordings and their summaries, the SQL one intake sends).
#
#   bench/run.sh [--build] [--runs N] [--duration S] [--connections N] [--threads N]
#                [--http-threads N] [--skip-h2]
#
#   --build          mvn -q install -DskipTests first (retried: another build may hold the tree)
#   --runs N         measured runs per protocol and database (3); REST, SOAP and pgbench interleave
#   --duration S     seconds per measured run (30)
#   --connections N  wrk connections = pgbench clients (16); --threads N wrk/pgbench threads (2)
#   --http-threads N set Payara's http-thread-pool min/max (default: leave Payara's default, 5)
#   --skip-h2        PostgreSQL only
#   --keep-running   leave the domain and the cluster running at the end (for profiling by hand);
#                    stop them with the next run.sh or with the commands it prints
# Environment: BENCH_PORTBASE (28300: admin +48, HTTP +80), BENCH_PG_PORT (28390).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/target
results=$work/results

command_line="bench/run.sh $*"
build=false runs=3 duration=30 connections=16 threads=2 http_threads="" skip_h2=false keep_running=false
while [ $# -gt 0 ]; do
    case $1 in
        --build) build=true ;;
        --runs) runs=$2; shift ;;
        --duration) duration=$2; shift ;;
        --connections) connections=$2; shift ;;
        --threads) threads=$2; shift ;;
        --http-threads) http_threads=$2; shift ;;
        --skip-h2) skip_h2=true ;;
        --keep-running) keep_running=true ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

portbase=${BENCH_PORTBASE:-28300}
admin_port=$((portbase + 48)) http_port=$((portbase + 80))
pg_port=${BENCH_PG_PORT:-28390}
base_url=http://127.0.0.1:$http_port
domain=bench
domain_dir=$work/domains
pg_dir=$work/pg
pg_bin=/usr/lib/postgresql/15/bin
pg_password=bench
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml")
pg_driver_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")
payara_zip=$HOME/.m2/repository/fish/payara/distributions/payara/$payara_version/payara-$payara_version.zip
pg_driver=$HOME/.m2/repository/org/postgresql/postgresql/$pg_driver_version/postgresql-$pg_driver_version.jar
asadmin=("$work/payara6/bin/asadmin" --port "$admin_port")
started=$(date +%s)

log() { printf '%s [%4ds] %s\n' "$(date +%H:%M:%S)" $(( $(date +%s) - started )) "$*" | tee -a "$results/run.log"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_admin() { psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }

stop_ours() {
    # Only what this script started: our domain (by its directory) and our cluster (by its data dir).
    if [ -f "$domain_dir/$domain/config/pid" ] && kill -0 "$(cat "$domain_dir/$domain/config/pid")" 2>/dev/null; then
        "$work/payara6/bin/asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true
    fi
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------- preparation
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk >/dev/null; }
for tool in wrk pgbench psql jcmd jstat jfr python3 unzip "$pg_bin/initdb"; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 1; }
done
stop_ours
for port in "$admin_port" "$http_port" "$pg_port"; do
    if ss -Hltn "sport = :$port" | grep -q .; then echo "run.sh: port $port is in use" >&2; exit 1; fi
done
rm -rf "$domain_dir" "$pg_dir" "$work/payara6" "$results"
mkdir -p "$results"
on_exit() {
    if $keep_running; then
        log "left running: $work/payara6/bin/asadmin stop-domain --domaindir $domain_dir $domain;" \
            "pg_ctl -D $pg_dir/data stop (as postgres)"
    else
        log "stopping what the bench started"
        stop_ours
    fi
}
trap on_exit EXIT

if $build; then
    for attempt in 1 2 3; do
        log "build (attempt $attempt): mvn -q install -DskipTests"
        if (cd "$root" && mvn -q install -DskipTests) >"$results/build.log" 2>&1; then break; fi
        [ "$attempt" = 3 ] && { echo "run.sh: build failed, see $results/build.log" >&2; exit 1; }
        sleep 20
    done
fi
cp "$root/registry-ear/target/registry.ear" "$work/registry.ear"
if [ ! -f "$pg_driver" ]; then
    mvn -q dependency:copy -Dartifact="org.postgresql:postgresql:$pg_driver_version" -DoutputDirectory="$work"
    pg_driver=$work/postgresql-$pg_driver_version.jar
fi

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "command: $command_line"
    echo "settings: runs=$runs duration=${duration}s connections=$connections threads=$threads http_threads=${http_threads:-payara-default}"
    echo "machine: nproc=$(nproc), cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), ram=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), kernel=$(uname -r)"
    echo "java: $(java -version 2>&1 | sed -n 2p)"
    echo "payara: $payara_version; postgresql: $("$pg_bin/postgres" --version | sed 's/^postgres (PostgreSQL) //'); jdbc driver: $pg_driver_version"
    echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); pgbench: $(pgbench --version | sed 's/^pgbench (PostgreSQL) //')"
    echo "ear: sha256 $(sha256sum "$work/registry.ear" | cut -c1-16), built $(date -u -r "$work/registry.ear" +%Y-%m-%dT%H:%M:%SZ)"
    echo "git: $(cd "$root" && git rev-parse --short HEAD) ($(cd "$root" && git status --porcelain | wc -l) paths modified or untracked in the working tree)"
} >"$results/meta.txt"
cat "$results/meta.txt" | tee -a "$results/run.log"

# ---------------------------------------------------------------------------- PostgreSQL
log "PostgreSQL cluster on 127.0.0.1:$pg_port ($pg_dir)"
mkdir -p "$pg_dir"
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
# Defaults except: loopback only, our own socket directory, 256 MB shared buffers.
# Durability stays at the defaults (fsync=on, synchronous_commit=on) for both the registry and pgbench.
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir -c shared_buffers=256MB -c max_connections=100" >/dev/null
psql_admin -c "CREATE ROLE registry LOGIN PASSWORD '$pg_password'" -c "CREATE DATABASE registry OWNER registry"
pg_pid=$(head -1 "$pg_dir/data/postmaster.pid")

# ---------------------------------------------------------------------------- Payara
log "Payara $payara_version domain '$domain', portbase $portbase (admin $admin_port, HTTP $http_port)"
unzip -q "$payara_zip" -d "$work"
bash "$root/config/payara/create-domain.sh" "$work/payara6" "$domain_dir" "$domain" "$portbase" >/dev/null
# Bench-only: deeper JFR stacks, so profiles reach from the leaf up to the resource method.
"${asadmin[@]}" create-jvm-options '-XX\:FlightRecorderOptions=stackdepth=512' >/dev/null
if [ -n "$http_threads" ]; then
    "${asadmin[@]}" set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$http_threads" \
        "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=$http_threads" >/dev/null
fi
"${asadmin[@]}" restart-domain --domaindir "$domain_dir" "$domain" >/dev/null
payara_pid=$(cat "$domain_dir/$domain/config/pid")
"${asadmin[@]}" get 'configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size' \
    | grep '=' >>"$results/meta.txt"
echo "payara jvm: $(jcmd "$payara_pid" VM.flags | tr ' ' '\n' | grep -E 'MaxHeapSize|InitialHeapSize|Use.*GC$' | tr '\n' ' ')" >>"$results/meta.txt"

# ---------------------------------------------------------------------------- helpers
rest_probe() { # notificationId passport -> HTTP status
    sed -e "s/@ID@/$1/" -e "s/@PASSPORT@/$2/" "$here/wrk/notification.json" | curl -s -o /dev/null -w '%{http_code}' \
        -X POST -H 'Content-Type: application/json' --data-binary @- "$base_url/registry/api/v1/return-notifications"
}
soap_probe() { # notificationId passport -> 1 if acknowledged
    sed -e "s/@ID@/$1/" -e "s/@PASSPORT@/$2/" "$here/wrk/notification.xml" | curl -s -X POST -H 'Content-Type: text/xml; charset=utf-8' \
        -H 'SOAPAction: ""' --data-binary @- "$base_url/registry/soap/ReturnNotificationService" | grep -c SubmitReturnNotificationResponse || true
}
deploy() {
    local db=$1 i letter=${1:0:1}
    letter=${letter^^}
    "${asadmin[@]}" deploy --force=true --name registry "$work/registry.ear" >/dev/null
    # Wait for the endpoints themselves, not /health/ready (it answers UP before they are served).
    for i in $(seq 1 120); do
        [ "$(rest_probe "probe-$db-$i" "PRB$letter$(printf %05d "$i")")" = 201 ] && break
        [ "$i" = 120 ] && { echo "run.sh: REST intake never answered 201" >&2; exit 1; }
        sleep 1
    done
    [ "$(soap_probe "probe-$db-soap" "PRB${letter}S0001")" = 1 ] || { echo "run.sh: SOAP intake did not answer" >&2; exit 1; }
}
wrk_run() { # label protocol tag seconds
    python3 "$here/lib/measure.py" --label "$1" --kind wrk --out "$results/results.jsonl" \
        --payara-pid "$payara_pid" --pg-pid "$pg_pid" -- \
        env BENCH_PROTOCOL="$2" BENCH_TAG="$3" wrk -t"$threads" -c"$connections" -d"$4"s --timeout 5s \
        -s "$here/wrk/intake.lua" "$base_url" | tee -a "$results/run.log"
}
pgbench_run() { # label run-number seconds
    PGPASSWORD=$pg_password python3 "$here/lib/measure.py" --label "$1" --kind pgbench --out "$results/results.jsonl" \
        --pg-pid "$pg_pid" -- pgbench -h 127.0.0.1 -p "$pg_port" -U registry -n -M prepared -c "$connections" \
        -j "$threads" -T "$3" -D run="$2" -D n=0 -l -f "$here/pgbench/intake.sql" registry | tee -a "$results/run.log"
}
# Warm-up: alternate 15 s of REST and SOAP until each protocol's Payara CPU per request is within
# 15 % of its previous chunk (the JIT has settled), between min and max chunks.
warm_up() { # db min max
    local db=$1 min=$2 max=$3 k=0 protocol tag=${1:0:1}
    tag=${tag^^}
    while [ "$k" -lt "$max" ]; do
        k=$((k + 1))
        for protocol in rest soap; do
            wrk_run "warmup-$db-$protocol-$k" "$protocol" "W$tag$([ "$protocol" = rest ] && echo R || echo S)$k" 15 >/dev/null
        done
        if [ "$k" -ge "$min" ] && python3 - "$results/results.jsonl" "warmup-$db" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["label"].startswith(sys.argv[2] + "-")]
def settled(p):
    c = [r["cpu_payara_s"] / max(r["requests"], 1) for r in rows if r["label"].split("-")[2] == p][-2:]
    return len(c) == 2 and abs(c[1] - c[0]) <= 0.15 * c[0]
sys.exit(0 if settled("rest") and settled("soap") else 1)
EOF
        then break; fi
    done
    log "warm-up $db: $k x (15 s REST + 15 s SOAP)"
}
profile() { # name protocol tag: a separate, unmeasured 20 s run with 15 s of JFR from its 3rd second
    (sleep 3; jcmd "$payara_pid" JFR.start name="$1" duration=15s settings=profile filename="$results/$1.jfr" >/dev/null) &
    wrk_run "$1" "$2" "$3" 20 >/dev/null
    wait
    sleep 2
    python3 "$here/lib/jfr_summary.py" "$results/$1.jfr" 15 >"$results/$1.md"
}
heap_snapshot() { # db: the heap as the runs left it, then the live set after a full GC
    {
        echo "== after the $1 runs"
        jcmd "$payara_pid" GC.heap_info | tail -n +2 | head -2
        grep -E 'VmHWM|VmRSS' "/proc/$payara_pid/status" | tr -s '\t ' ' '
        jcmd "$payara_pid" GC.run >/dev/null
        echo "-- after a full GC (jcmd GC.run): live set"
        jcmd "$payara_pid" GC.heap_info | tail -n +2 | head -2
    } >>"$results/heap.txt"
}

# ---------------------------------------------------------------------------- H2
if ! $skip_h2; then
    log "H2: jdbc/registry on the embedded H2 file database (config/payara/use-h2.asadmin)"
    "${asadmin[@]}" multimode --file "$root/config/payara/use-h2.asadmin" >/dev/null
    deploy h2
    warm_up h2 4 7
    for i in $(seq 1 "$runs"); do
        wrk_run "h2-rest-$i" rest "HR$i" "$duration"
        wrk_run "h2-soap-$i" soap "HS$i" "$duration"
    done
    heap_snapshot h2
    "${asadmin[@]}" undeploy registry >/dev/null
fi

# ---------------------------------------------------------------------------- PostgreSQL
log "PostgreSQL: jdbc/registry on 127.0.0.1:$pg_port (config/payara/use-postgresql.sh)"
REGISTRY_DB_HOST=127.0.0.1 REGISTRY_DB_PORT=$pg_port REGISTRY_DB_NAME=registry REGISTRY_DB_USER=registry \
    REGISTRY_DB_PASSWORD=$pg_password bash "$root/config/payara/use-postgresql.sh" "$work/payara6" "$admin_port" "$pg_driver" >/dev/null
deploy pg
# The SQL one intake sends, for comparison with pgbench/intake.sql.
psql_admin -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '" \
    -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
mark=$(wc -l <"$pg_dir/server.log")
rest_probe probe-sql-rest PRBSQL01 >/dev/null
soap_probe probe-sql-soap PRBSQL02 >/dev/null
sleep 1
psql_admin -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +"$((mark + 1))" "$pg_dir/server.log" | grep ' registry ' >"$results/intake-statements.log" || true
if $skip_h2; then warm_up pg 4 10; else warm_up pg 3 5; fi
pgbench_run pgbench-warmup 0 10 >/dev/null
for i in $(seq 1 "$runs"); do
    wrk_run "pg-rest-$i" rest "PR$i" "$duration"
    wrk_run "pg-soap-$i" soap "PS$i" "$duration"
    pgbench_run "pgbench-$i" "$i" "$duration"
done
log "profiles: JFR (settings=profile) during a separate 20 s REST and SOAP run on PostgreSQL"
profile profile-pg-rest rest PFR
profile profile-pg-soap soap PFS
heap_snapshot pg
psql_admin -d registry -tA -c "SELECT 'rows: returnee=' || (SELECT count(*) FROM returnee) || ', return_notification=' || (SELECT count(*) FROM return_notification) || ', database size=' || pg_size_pretty(pg_database_size('registry'))" >>"$results/meta.txt"

python3 "$here/lib/report.py" "$results" >"$results/report.md"
log "done in $(( $(date +%s) - started )) s; report: $results/report.md"
cat "$results/report.md"
