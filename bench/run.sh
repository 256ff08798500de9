#!/usr/bin/env bash
# Return-notification intake benchmark: REST and SOAP against the running registry, on H2 and on
# PostgreSQL, with a bounded load from a second process (wrk), plus PostgreSQL's own ceiling for
# the same SQL (pgbench) in the same run. Every call carries a mission's bearer token: the script
# starts its own Keycloak with the registry's realm, registers the mission NPL-EMB-DOH through the
# registry and takes a fresh client-credentials token before each run (Keycloak is idle while a
# run is measured). Everything it starts binds to 127.0.0.1 and is stopped when it ends. Output:
# bench/target/results/ (report.md, results.jsonl, raw load-generator output, JFR recordings and
# their summaries, the SQL one intake sends); secrets and tokens in bench/target/keycloak/ (0600).
#
#   bench/run.sh [--scenario intake|consent] [--build] [--runs N] [--duration S] [--connections N]
#                [--threads N] [--http-threads N] [--skip-h2] [--keep-running] [--jvm-option O] [--smoke]
#
#   --scenario S     intake (default): the above. consent: PostgreSQL only; the ministry NPL-MOHP
#                    (ministry-system) reads returnees through the consent decision point -
#                    permitted reads, denied reads (no consent), and as baseline the registrar's plain
#                    GET /returnees/{rn}?purpose=... (the whole record, decided as record keeping) - plus pgbench of one
#                    decision-log append (bench/pgbench/decision-log-append.sql) and the log's growth;
#                    data set up through the REST API by lib/consent_setup.py
#   --build          build the committed HEAD (git archive into bench/target/src, mvn package
#                    there) and use that commit's config/ scripts, so neither uncommitted work nor
#                    a concurrent build is measured; without it, the EAR in registry-ear/target
#                    and the working tree's config/ are used as they are
#   --runs N         measured runs per protocol and database (3); REST, SOAP and pgbench interleave
#   --duration S     seconds per measured run (30)
#   --connections N  wrk connections = pgbench clients (16); --threads N wrk/pgbench threads (2)
#   --http-threads N set Payara's http-thread-pool min/max (default: the domain's, 16 since configure-domain.asadmin sets it)
#   --skip-h2        PostgreSQL only
#   --keep-running   leave the domain, the cluster and Keycloak running at the end (for profiling
#                    by hand); stop them with the next run.sh or with the commands it prints
#   --jvm-option O   an extra JVM option for the bench domain, e.g. -Dname=value (repeatable; for
#                    experiments: meta.txt lists it, and the figures are then not the project's)
#   --warmup-floor N requests each protocol's warm-up must serve at least (default 60000 on H2 and on
#                    PostgreSQL with --skip-h2, 20000 after the H2 series; consent 15000); lower it
#                    to shorten a series, and read the figures as less warm (meta.txt says so)
#   --smoke          check the script end to end (~6 min): one warm-up chunk, one 5 s run each,
#                    no waiting for a quiet machine; the figures mean nothing
#   --setup-only     PostgreSQL, Keycloak and the registry with the organisation registered (for the
#                    intake also the ministry NPL-MOHP and 50 returnees consenting to its reads), then
#                    stop (with --keep-running: the set-up bench/bulk.sh measures on)
# Environment: BENCH_PORTBASE (28300: admin +48, HTTP +80), BENCH_PG_PORT (28390),
#   BENCH_KEYCLOAK_PORT (28395), BENCH_EAR (without --build: the EAR to measure instead of the working
#   tree's), BENCH_QUIET_WAIT (600: seconds to wait, before each measured series,
#   for other processes on the machine to go idle; the series runs anyway after that, and the
#   report says so). While it measures, the file /tmp/me/bench-running tells others to wait.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/target
results=$work/results

command_line="bench/run.sh $*"
warmup_floor="" scenario=intake build=false runs=3 duration=30 connections=16 threads=2 http_threads="" skip_h2=false keep_running=false smoke=false setup_only=false
jvm_options=()
while [ $# -gt 0 ]; do
    case $1 in
        --build) build=true ;;
        --scenario) scenario=$2; shift ;;
        --runs) runs=$2; shift ;;
        --duration) duration=$2; shift ;;
        --connections) connections=$2; shift ;;
        --threads) threads=$2; shift ;;
        --http-threads) http_threads=$2; shift ;;
        --skip-h2) skip_h2=true ;;
        --keep-running) keep_running=true ;;
        --smoke) smoke=true ;;
        --setup-only) setup_only=true skip_h2=true ;;
        --jvm-option) jvm_options+=("$2"); shift ;;
        --warmup-floor) warmup_floor=$2; shift ;;
        -h|--help) sed -n '2,45p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if $smoke; then runs=1 duration=5; fi
case $scenario in
    intake) ;;
    consent) skip_h2=true ;;
    *) echo "unknown scenario $scenario (intake or consent)" >&2; exit 2 ;;
esac
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
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml")
payara_zip=$HOME/.m2/repository/fish/payara/distributions/payara/$payara_version/payara-$payara_version.zip
keycloak_zip=$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$keycloak_version/keycloak-quarkus-dist-$keycloak_version.zip
keycloak_port=${BENCH_KEYCLOAK_PORT:-$((portbase + 95))}
keycloak_url=http://127.0.0.1:$keycloak_port
keycloak_home=$work/keycloak-$keycloak_version
secrets=$work/keycloak
realm_url=$keycloak_url/realms/returnee-registry
token_endpoint=$realm_url/protocol/openid-connect/token
# The organisation whose system makes the measured calls: the mission (intake) or the ministry of
# health (consent). It is registered through the registry after each deploy.
if [ "$scenario" = consent ]; then
    mission=NPL-MOHP mission_client=npl-mohp
    mission_body='{"code":"NPL-MOHP","name":"Ministry of Health and Population (bench)","type":"MINISTRY","country":"NPL","roles":["ministry-system"]}'
else
    mission=NPL-EMB-DOH mission_client=npl-emb-doh
    mission_body='{"code":"NPL-EMB-DOH","name":"Embassy of Nepal, Doha (bench)","type":"MISSION","country":"QAT","roles":["mission-officer"]}'
fi
running_flag=/tmp/me/bench-running
cfg=$root/config   # with --build: the config/ of the commit that is built
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
    # Keycloak by the PID start.sh recorded, only while it runs on our data directory.
    if [ -f "$secrets/data/keycloak.pid" ]; then
        bash "$cfg/keycloak/stop.sh" "$secrets/data" >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------- preparation
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk >/dev/null; }
for tool in wrk pgbench psql jcmd jstat jfr python3 unzip "$pg_bin/initdb"; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 1; }
done
stop_ours
for port in "$admin_port" "$http_port" "$pg_port" "$keycloak_port"; do
    if ss -Hltn "sport = :$port" | grep -q .; then echo "run.sh: port $port is in use" >&2; exit 1; fi
done
rm -rf "$domain_dir" "$pg_dir" "$work/payara6" "$results" "$secrets" "$keycloak_home" "$work/permit.txt" "$work/deny.txt"
mkdir -p "$results"
flag_ours=false
on_exit() {
    if $flag_ours; then rm -f "$running_flag"; fi
    if $keep_running; then
        log "left running: $work/payara6/bin/asadmin stop-domain --domaindir $domain_dir $domain;" \
            "pg_ctl -D $pg_dir/data stop (as postgres); config/keycloak/stop.sh $secrets/data"
    else
        log "stopping what the bench started"
        stop_ours
    fi
}
trap on_exit EXIT

if $build; then
    # The committed HEAD, exported: uncommitted work in the tree is not measured, and the build
    # neither writes into the working tree's target/ directories nor installs into ~/.m2.
    rm -rf "$work/src"
    mkdir -p "$work/src"
    (cd "$root" && git archive --format=tar HEAD) | tar -x -C "$work/src"
    log "build of $(cd "$root" && git rev-parse --short HEAD): mvn -q package -DskipTests -DskipITs in bench/target/src"
    (cd "$work/src" && mvn -q -B package -DskipTests -DskipITs) >"$results/build.log" 2>&1 ||
        { echo "run.sh: build failed, see $results/build.log" >&2; exit 1; }
    cp "$work/src/registry-ear/target/registry.ear" "$work/registry.ear"
    cfg=$work/src/config
else
    # BENCH_EAR: another EAR than the working tree's (an A/B of two builds)
    cp "${BENCH_EAR:-$root/registry-ear/target/registry.ear}" "$work/registry.ear"
fi
if [ ! -f "$pg_driver" ]; then
    mvn -q dependency:copy -Dartifact="org.postgresql:postgresql:$pg_driver_version" -DoutputDirectory="$work"
    pg_driver=$work/postgresql-$pg_driver_version.jar
fi
if [ ! -f "$keycloak_zip" ]; then
    mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip" -DoutputDirectory="$work"
    keycloak_zip=$work/keycloak-quarkus-dist-$keycloak_version.zip
fi

# ---------------------------------------------------------------------------- Keycloak
# Secrets made up for this run, owner-only, never on a command line: the provisioner's client
# secret and the demo people's password (for start.sh's realm import), later the mission's client
# secret as the registry hands it out, and the tokens.
new_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
(umask 077; mkdir -p "$secrets"; new_secret >"$secrets/provisioner.secret"; new_secret >"$secrets/demo-password"; new_secret >"$secrets/console.secret")
unzip -q "$keycloak_zip" -d "$work"
log "Keycloak $keycloak_version on $keycloak_url (starting in the background; realm returnee-registry)"
REGISTRY_PROVISIONER_SECRET=$(cat "$secrets/provisioner.secret") REGISTRY_DEMO_PASSWORD=$(cat "$secrets/demo-password") \
    REGISTRY_CONSOLE_SECRET=$(cat "$secrets/console.secret") bash "$cfg/keycloak/start.sh" "$keycloak_home" "$secrets/data" "$keycloak_port" >"$results/keycloak-start.log" 2>&1 &
keycloak_start=$!

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "command: $command_line"
    echo "scenario: $scenario"
    echo "settings: runs=$runs duration=${duration}s connections=$connections threads=$threads http_threads=${http_threads:-payara-default}"
    echo "machine: nproc=$(nproc), cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), ram=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), kernel=$(uname -r)"
    echo "java: $(java -version 2>&1 | sed -n 2p)"
    echo "payara: $payara_version; postgresql: $("$pg_bin/postgres" --version | sed 's/^postgres (PostgreSQL) //'); jdbc driver: $pg_driver_version"
    echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); pgbench: $(pgbench --version | sed 's/^pgbench (PostgreSQL) //')"
    echo "keycloak: $keycloak_version (start-dev, H2), access token lifespan $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accessTokenLifespan"])' "$cfg/keycloak/returnee-registry-realm.json") s: a fresh token before each run"
    echo "ear: sha256 $(sha256sum "$work/registry.ear" | cut -c1-16), built $(date -u -r "$work/registry.ear" +%Y-%m-%dT%H:%M:%SZ)"
    if $build; then
        echo "git: $(cd "$root" && git rev-parse --short HEAD), built from the commit (git archive), uncommitted changes in the working tree not included"
    elif [ -n "${BENCH_EAR:-}" ]; then
        echo "ear file: $BENCH_EAR (BENCH_EAR); the working tree's git state says nothing about it"
    else
        echo "git: $(cd "$root" && git rev-parse --short HEAD) ($(cd "$root" && git status --porcelain | wc -l) paths modified or untracked in the working tree; EAR taken from registry-ear/target as it was)"
    fi
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
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir -c shared_buffers=256MB -c max_connections=100 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" >/dev/null
psql_admin -c "CREATE ROLE registry LOGIN PASSWORD '$pg_password'" -c "CREATE DATABASE registry OWNER registry"
# Statements per request and where PostgreSQL's time goes (statements_snapshot, per measured run).
psql_admin -d registry -c "CREATE EXTENSION pg_stat_statements"
pg_pid=$(head -1 "$pg_dir/data/postmaster.pid")

# ---------------------------------------------------------------------------- Payara
log "Payara $payara_version domain '$domain', portbase $portbase (admin $admin_port, HTTP $http_port)"
unzip -q "$payara_zip" -d "$work"
bash "$cfg/payara/create-domain.sh" "$work/payara6" "$domain_dir" "$domain" "$portbase" >/dev/null
# Token verification (MP-JWT) and the provisioning client, as the project configures a domain.
KEYCLOAK_URL=$keycloak_url REGISTRY_PROVISIONER_SECRET=$(cat "$secrets/provisioner.secret") \
    bash "$cfg/payara/use-keycloak.sh" "$work/payara6" "$admin_port" >/dev/null
# Bench-only: deeper JFR stacks, so profiles reach from the leaf up to the resource method.
"${asadmin[@]}" create-jvm-options '-XX\:FlightRecorderOptions=stackdepth=512' >/dev/null
for option in "${jvm_options[@]}"; do
    "${asadmin[@]}" create-jvm-options "$(printf '%s' "$option" | sed 's/:/\\:/g')" >/dev/null
    echo "EXPERIMENT: extra JVM option $option (not the project's domain configuration)" >>"$results/meta.txt"
done
if [ -n "$warmup_floor" ]; then echo "warm-up floor lowered to $warmup_floor requests per protocol (--warmup-floor)" >>"$results/meta.txt"; fi
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
# Tokens: the JSON answer's access_token, written to an owner-only file; curl reads secrets and
# tokens from files (@file), so none of them appears on a command line.
take_token() { # file curl-arguments... (form fields of the token request)
    local answer file=$1
    shift
    answer=$(curl -s --max-time 30 "$@" "$token_endpoint") || { echo "run.sh: no answer from $token_endpoint" >&2; return 1; }
    (umask 077; printf '%s' "$answer" | python3 -c '
import json, sys
a = json.load(sys.stdin)
if "access_token" not in a:
    sys.exit("run.sh: token refused: %s" % {k: v for k, v in a.items() if k != "refresh_token"})
print("Authorization: Bearer " + a["access_token"])' >"$file.header")
    sed 's/^Authorization: Bearer //' "$file.header" >"$file"
}
admin_token() { # a registry-admin person (password grant on the public client registry-cli)
    take_token "$secrets/admin.token" -d grant_type=password -d client_id=registry-cli -d username=admin.demo \
        --data-urlencode password@"$secrets/demo-password"
}
registrar_token() { # the operator's registrar person (password grant): sets up data, makes the baseline reads
    take_token "$secrets/registrar.token" -d grant_type=password -d client_id=registry-cli -d username=registrar.demo \
        --data-urlencode password@"$secrets/demo-password"
}
auditor_token() {
    take_token "$secrets/auditor.token" -d grant_type=password -d client_id=registry-cli -d username=auditor.demo \
        --data-urlencode password@"$secrets/demo-password"
}
mission_token() { # the mission's (or ministry's) system (client credentials): a fresh token, 300 s lifespan
    take_token "$secrets/mission.token" -d grant_type=client_credentials -d client_id=$mission_client \
        --data-urlencode client_secret@"$secrets/mission.secret"
}
provisioner_token() { # the registry's provisioning service account (realm-management roles)
    take_token "$secrets/provisioner.token" -d grant_type=client_credentials -d client_id=registry-provisioner \
        --data-urlencode client_secret@"$secrets/provisioner.secret"
}
# The H2 and the PostgreSQL deployments have separate databases, so the second registration of the
# mission finds its client left in Keycloak by the first; the registry refuses to provision a client
# id Keycloak already has, so that client is deleted first (as the provisioner's service account,
# over Keycloak's admin API).
forget_mission_client() {
    local id
    provisioner_token
    id=$(curl -s -H @"$secrets/provisioner.token.header" "$keycloak_url/admin/realms/returnee-registry/clients?clientId=$mission_client" |
        python3 -c 'import json, sys; c = json.load(sys.stdin); print(c[0]["id"] if c else "")')
    if [ -n "$id" ]; then
        curl -s -o /dev/null -X DELETE -H @"$secrets/provisioner.token.header" "$keycloak_url/admin/realms/returnee-registry/clients/$id"
    fi
}
# Registers the mission through the registry (a registry-admin call, with the token admin_token
# took), which creates its Keycloak client and answers the client secret once. Answers the HTTP
# status; 404 while the application is still being loaded (answers other than 201 are kept in
# results/register.log).
register_mission() {
    local answer status
    answer=$(curl -s -w '\n%{http_code}' -X POST -H @"$secrets/admin.token.header" -H 'Content-Type: application/json' \
        --data-binary "$mission_body" \
        "$base_url/registry/api/v1/organisations")
    status=${answer##*$'\n'}
    if [ "$status" = 201 ]; then
        (umask 077; printf '%s' "${answer%$'\n'*}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["credentials"]["clientSecret"], end="")' \
            >"$secrets/mission.secret")
    else
        printf '%s\n' "registering $mission answered $status: ${answer%$'\n'*}" >>"$results/register.log"
    fi
    echo "$status"
}
rest_probe() { # notificationId passport -> HTTP status
    sed -e "s/@ID@/$1/" -e "s/@PASSPORT@/$2/" "$here/wrk/notification.json" | curl -s -o /dev/null -w '%{http_code}' \
        -X POST -H @"$secrets/mission.token.header" -H 'Content-Type: application/json' --data-binary @- \
        "$base_url/registry/api/v1/return-notifications"
}
soap_probe() { # notificationId passport -> 1 if acknowledged
    sed -e "s/@ID@/$1/" -e "s/@PASSPORT@/$2/" "$here/wrk/notification.xml" | curl -s -X POST -H @"$secrets/mission.token.header" \
        -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: ""' --data-binary @- \
        "$base_url/registry/soap/ReturnNotificationService" | grep -c SubmitReturnNotificationResponse || true
}
deploy() {
    local db=$1 i letter=${1:0:1} status
    letter=${letter^^}
    "${asadmin[@]}" deploy --force=true --name registry "$work/registry.ear" >/dev/null
    # Wait for the endpoints themselves, not /health/ready (it answers UP before they are served):
    # the mission's registration is the first real call, then one REST and one SOAP notification.
    # One password grant per deployment, outside the retry loop: password grants repeated every
    # second got admin.demo temporarily disabled by the realm's brute-force protection once.
    forget_mission_client
    admin_token
    for i in $(seq 1 90); do
        status=$(register_mission)
        [ "$status" = 201 ] && break
        [ "$i" = 90 ] && { echo "run.sh: registering the mission answered $status" >&2; exit 1; }
        sleep 1
    done
    mission_token
    if [ "$scenario" = consent ]; then
        # The returnees and their consents, as a registrar records them; then one read of each kind.
        registrar_token
        python3 "$here/lib/consent_setup.py" --base "$base_url" --token-file "$secrets/registrar.token" \
            --recipient "$mission" --count 200 --out "$work" | tee -a "$results/run.log"
        [ "$(disclosure_probe "$(head -1 "$work/permit.txt")")" = 200 ] || { echo "run.sh: a consented read did not answer 200" >&2; exit 1; }
        [ "$(disclosure_probe "$(head -1 "$work/deny.txt")")" = 403 ] || { echo "run.sh: a read without consent did not answer 403" >&2; exit 1; }
        return 0
    fi
    [ "$(rest_probe "probe-$db-rest" "PRB${letter}R0001")" = 201 ] || { echo "run.sh: REST intake did not answer 201" >&2; exit 1; }
    [ "$(soap_probe "probe-$db-soap" "PRB${letter}S0001")" = 1 ] || { echo "run.sh: SOAP intake did not answer" >&2; exit 1; }
}
disclosure_probe() { # registry number -> HTTP status of the ministry's read for HEALTH_FOLLOW_UP
    curl -s -o /dev/null -w '%{http_code}' -H @"$secrets/mission.token.header" \
        "$base_url/registry/api/v1/returnees/$1/disclosure?purpose=HEALTH_FOLLOW_UP&category=IDENTITY&category=CONTACT&category=HEALTH"
}
wrk_run() { # label protocol tag seconds: a fresh token, then the measured load
    local script=intake.lua token=mission rns=""
    case $2 in
        permit) script=consent.lua rns=$work/permit.txt ;;
        deny) script=consent.lua rns=$work/deny.txt ;;
        baseline) script=consent.lua rns=$work/permit.txt token=registrar ;;
    esac
    if [ "$token" = registrar ]; then registrar_token; else mission_token; fi
    python3 "$here/lib/measure.py" --label "$1" --kind wrk --out "$results/results.jsonl" \
        --payara-pid "$payara_pid" --pg-pid "$pg_pid" --keycloak-pid "$keycloak_pid" -- \
        env BENCH_PROTOCOL="$2" BENCH_TAG="$3" BENCH_TOKEN_FILE="$secrets/$token.token" BENCH_RN_FILE="$rns" \
        wrk -t"$threads" -c"$connections" -d"$4"s --timeout 5s -s "$here/wrk/$script" "$base_url" | tee -a "$results/run.log"
}
pgbench_run() { # label run-number seconds [security 1|0] [script] [clients]
    local clients=${6:-$connections}
    PGPASSWORD=$pg_password python3 "$here/lib/measure.py" --label "$1" --kind pgbench --out "$results/results.jsonl" \
        --pg-pid "$pg_pid" --keycloak-pid "$keycloak_pid" -- pgbench -h 127.0.0.1 -p "$pg_port" -U registry -n -M prepared \
        -c "$clients" -j "$(( clients < threads ? clients : threads ))" -T "$3" -D run="$2" -D n=0 -D security="${4:-1}" -l \
        -f "$here/pgbench/${5:-intake.sql}" registry |
        tee -a "$results/run.log"
}
# pg_stat_statements over one measured run: reset before it, then the statements by total time, with
# calls and rows per request of the run (the registry's statements only; pgbench runs as the same role,
# so only wrk runs are summarised).
statements_reset() { psql_admin -d registry -tA -c "SELECT pg_stat_statements_reset()" >/dev/null; }
statements_snapshot() { # label
    local requests
    requests=$(python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["label"] == sys.argv[2]]
print(rows[-1]["requests"] if rows else 0)' "$results/results.jsonl" "$1")
    {
        echo "== $1: $requests requests"
        psql_admin -d registry -F $'\t' -A -c "SELECT round(s.calls::numeric / greatest($requests, 1), 3) AS calls_per_req,
                round((s.total_exec_time / greatest($requests, 1))::numeric, 4) AS exec_ms_per_req,
                round(s.mean_exec_time::numeric, 4) AS mean_ms, s.calls, s.rows,
                s.shared_blks_hit + s.shared_blks_read AS blocks, left(regexp_replace(s.query, '\s+', ' ', 'g'), 220) AS query
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
            WHERE r.rolname = 'registry' ORDER BY s.total_exec_time DESC LIMIT 40"
        psql_admin -d registry -tA -c "SELECT 'all statements per request: ' || round(sum(calls)::numeric / greatest($requests, 1), 2)
            || ', exec ms per request: ' || round((sum(total_exec_time) / greatest($requests, 1))::numeric, 3)
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'registry'"
    } >>"$results/statements.txt"
}
# Before a measured series: wait (bounded) until nobody else's process is busy, and say so.
wait_for_quiet() { # series-name
    if $smoke; then return 0; fi
    if [ -e "$running_flag" ] && ! $flag_ours; then
        log "note: $running_flag exists already (another bench?); waiting for the machine as usual"
    fi
    mkdir -p "$(dirname "$running_flag")"
    if ! $flag_ours; then echo "bench/run.sh (PID $$) measuring since $(date -u +%H:%M:%SZ)" >"$running_flag"; flag_ours=true; fi
    log "before the $1 series: uptime:$(uptime | sed 's/.*up[^,]*,//')"
    ps aux --sort=-%cpu | head -8 | cut -c1-200 >>"$results/run.log"
    python3 "$here/lib/quiet.py" --ours $$ --ours "$payara_pid" --ours "$pg_pid" --ours "$keycloak_pid" \
        --max-wait "${BENCH_QUIET_WAIT:-600}" | tee -a "$results/run.log" | tail -1 | sed "s/^/quiet check before $1: /" |
        tee -a "$results/meta.txt"
}
# Warm-up: alternate 15 s of REST and SOAP until, for each protocol, the warm-up has served at
# least FLOOR requests and the Payara CPU per request is within 15 % of its previous chunk (the
# JIT has settled), between min and max chunks. The floor matters: the JIT compiles by invocation
# counts, and a cold registry can hold a plateau (~9 ms/request for three chunks on H2) long
# before it reaches its warm cost (~1.6 ms), so stability alone stops too early.
warm_up() { # db min max floor
    local db=$1 min=$2 max=$3 floor=$4 k=0 protocol tag=${1:0:1} chunk=0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ
    local protocols=(rest soap)
    [ "$scenario" = consent ] && protocols=(permit deny baseline)
    if $smoke; then min=1 max=1 floor=0; fi
    if [ -n "$warmup_floor" ]; then floor=$warmup_floor; fi
    tag=${tag^^}
    while [ "$k" -lt "$max" ]; do
        k=$((k + 1))
        for protocol in "${protocols[@]}"; do
            # tag: W, database, protocol, chunk in base 36 (4 characters at most, as intake.lua needs)
            wrk_run "warmup-$db-$protocol-$k" "$protocol" "W$tag$([ "$protocol" = rest ] && echo R || echo S)${chunk:k:1}" 15 >/dev/null
        done
        if [ "$k" -ge "$min" ] && python3 - "$results/results.jsonl" "warmup-$db" "$floor" "${protocols[@]}" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["label"].startswith(sys.argv[2] + "-")]
def settled(p):
    mine = [r for r in rows if r["label"].split("-")[2] == p]
    c = [r["cpu_payara_s"] / max(r["requests"], 1) for r in mine][-2:]
    served = sum(r["requests"] for r in mine)
    return len(c) == 2 and abs(c[1] - c[0]) <= 0.15 * c[0] and served >= int(sys.argv[3])
sys.exit(0 if all(settled(p) for p in sys.argv[4:]) else 1)
EOF
        then break; fi
    done
    log "warm-up $db: $k x 15 s of each of ${protocols[*]}"
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

# The consent scenario on PostgreSQL: permitted reads, denied reads and the registrar's plain read
# (the baseline without decision point and decision log), interleaved; pgbench of one decision-log
# append alone, on copies of the log's two tables (so the registry's chain stays verifiable); the
# log's growth per run; at the end the auditor's verification of the whole chain.
log_size() { # -> "rows total_bytes heap_bytes index_bytes" of decision_log_entry
    psql_admin -d registry -tA -F' ' -c "SELECT (SELECT count(*) FROM decision_log_entry), pg_total_relation_size('decision_log_entry'),
        pg_relation_size('decision_log_entry'), pg_indexes_size('decision_log_entry')"
}
consent_wrk_run() { # label protocol seconds: the load, with the decision log's size before and after
    local before after
    before=$(log_size)
    statements_reset
    wrk_run "$1" "$2" - "$3"
    statements_snapshot "$1"
    after=$(log_size)
    echo "$1 $before $after" >>"$results/decision-log-growth.txt"
}
consent_series() {
    local i mark mark2 mark3 rn_permit rn_deny
    rn_permit=$(head -1 "$work/permit.txt") rn_deny=$(head -1 "$work/deny.txt")
    # The SQL of one permitted read, one denied read and one baseline read (log_statement=all), to
    # check pgbench/decision-log-append.sql against what the registry sends.
    registrar_token
    psql_admin -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '" \
        -c "SELECT pg_reload_conf()" >/dev/null
    sleep 1
    mark=$(wc -l <"$pg_dir/server.log")
    disclosure_probe "$rn_permit" >/dev/null
    sleep 1
    mark2=$(wc -l <"$pg_dir/server.log")
    disclosure_probe "$rn_deny" >/dev/null
    sleep 1
    mark3=$(wc -l <"$pg_dir/server.log")
    curl -s -o /dev/null -H @"$secrets/registrar.token.header" "$base_url/registry/api/v1/returnees/$rn_permit?purpose=REINTEGRATION_SERVICES"
    sleep 1
    psql_admin -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" -c "SELECT pg_reload_conf()" >/dev/null
    sed -n "$((mark + 1)),${mark2}p" "$pg_dir/server.log" | grep ' registry ' >"$results/disclosure-permit-statements.log" || true
    sed -n "$((mark2 + 1)),${mark3}p" "$pg_dir/server.log" | grep ' registry ' >"$results/disclosure-deny-statements.log" || true
    tail -n +"$((mark3 + 1))" "$pg_dir/server.log" | grep ' registry ' >"$results/baseline-statements.log" || true
    # pgbench's copies of the decision log's tables: same columns, indexes and head row.
    PGPASSWORD=$pg_password psql -X -q -h 127.0.0.1 -p "$pg_port" -U registry -d registry \
        -c "CREATE TABLE bench_decision_log_entry (LIKE decision_log_entry INCLUDING ALL)" \
        -c "CREATE TABLE bench_decision_log_head (LIKE decision_log_head INCLUDING ALL)" \
        -c "INSERT INTO bench_decision_log_head SELECT 1, 0, repeat('0', 64)"
    wait_for_quiet PostgreSQL
    warm_up pg 3 8 15000
    pgbench_run pgbench-append-warmup 0 5 1 decision-log-append.sql >/dev/null
    for i in $(seq 1 "$runs"); do
        consent_wrk_run "pg-permit-$i" permit "$duration"
        consent_wrk_run "pg-deny-$i" deny "$duration"
        consent_wrk_run "pg-baseline-$i" baseline "$duration"
        pgbench_run "pgbench-append-$i" "$i" "$duration" 1 decision-log-append.sql
        # its own run number: the ids of the 16-client run of the same iteration are taken
        pgbench_run "pgbench-append1-$i" "$((i + 20))" "$duration" 1 decision-log-append.sql 1
    done
    # The auditor's check of the whole chain, timed.
    auditor_token
    curl -s -H @"$secrets/auditor.token.header" -w '\ntime_total=%{time_total}\n' \
        "$base_url/registry/api/v1/decision-log/verification" >"$results/verification.txt"
    echo "decision log after the runs (rows total heap indexes): $(log_size)" >>"$results/meta.txt"
    psql_admin -d registry -tA -c "SELECT 'rows: returnee=' || (SELECT count(*) FROM returnee) || ', consent_record=' || (SELECT count(*) FROM consent_record) || ', audit_entry=' || (SELECT count(*) FROM audit_entry) || ', bench_decision_log_entry (pgbench)=' || (SELECT count(*) FROM bench_decision_log_entry) || ', database size=' || pg_size_pretty(pg_database_size('registry'))" >>"$results/meta.txt"
    heap_snapshot pg
}

if ! wait "$keycloak_start"; then
    cat "$results/keycloak-start.log" >&2
    exit 1
fi
keycloak_pid=$(cat "$secrets/data/keycloak.pid")
log "$(tail -1 "$results/keycloak-start.log")"

# ---------------------------------------------------------------------------- H2
if ! $skip_h2; then
    log "H2: jdbc/registry on the embedded H2 file database (config/payara/use-h2.asadmin)"
    "${asadmin[@]}" multimode --file "$cfg/payara/use-h2.asadmin" >/dev/null
    deploy h2
    wait_for_quiet H2
    warm_up h2 4 20 60000
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
    REGISTRY_DB_PASSWORD=$pg_password bash "$cfg/payara/use-postgresql.sh" "$work/payara6" "$admin_port" "$pg_driver" >/dev/null
deploy pg
if $setup_only; then
    if [ "$scenario" = intake ]; then
        # For reads timed while a bulk intake runs (bench/bulk.sh): the ministry NPL-MOHP's system, and
        # returnees that consented to its HEALTH_FOLLOW_UP reads (permit.txt), as the consent scenario has them.
        admin_token
        ministry=$(curl -s -w '\n%{http_code}' -X POST -H @"$secrets/admin.token.header" -H 'Content-Type: application/json' \
            --data-binary '{"code":"NPL-MOHP","name":"Ministry of Health and Population (bench)","type":"MINISTRY","country":"NPL","roles":["ministry-system"]}' \
            "$base_url/registry/api/v1/organisations")
        if [ "${ministry##*$'\n'}" = 201 ]; then
            (umask 077; printf '%s' "${ministry%$'\n'*}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["credentials"]["clientSecret"], end="")' \
                >"$secrets/ministry.secret")
            registrar_token
            python3 "$here/lib/consent_setup.py" --base "$base_url" --token-file "$secrets/registrar.token" \
                --recipient NPL-MOHP --count 50 --out "$work" | tee -a "$results/run.log" || rm -f "$work/permit.txt"
        else
            log "registering NPL-MOHP answered ${ministry##*$'\n'}: no consent-checked reads"
        fi
    fi
    log "set up in $(( $(date +%s) - started )) s: PostgreSQL, Keycloak and the registry with the organisation registered"
    exit 0
fi
if [ "$scenario" = consent ]; then
    consent_series
    python3 "$here/lib/consent_report.py" "$results" >"$results/report.md"
    log "done in $(( $(date +%s) - started )) s; report: $results/report.md"
    cat "$results/report.md"
    exit 0
fi
# The SQL one intake sends (all of it: the organisation check, the intake, the audit entry), for
# comparison with pgbench/intake.sql; REST and SOAP separately.
psql_admin -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '" \
    -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
mark=$(wc -l <"$pg_dir/server.log")
rest_probe probe-sql-rest PRBSQL01 >/dev/null
sleep 1
mark2=$(wc -l <"$pg_dir/server.log")
soap_probe probe-sql-soap PRBSQL02 >/dev/null
sleep 1
psql_admin -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" -c "SELECT pg_reload_conf()" >/dev/null
sed -n "$((mark + 1)),${mark2}p" "$pg_dir/server.log" | grep ' registry ' >"$results/intake-statements.log" || true
tail -n +"$((mark2 + 1))" "$pg_dir/server.log" | grep ' registry ' >"$results/intake-statements-soap.log" || true
wait_for_quiet PostgreSQL
if $skip_h2; then warm_up pg 4 20 60000; else warm_up pg 3 12 20000; fi
pgbench_run pgbench-warmup 0 10 >/dev/null
for i in $(seq 1 "$runs"); do
    statements_reset
    wrk_run "pg-rest-$i" rest "PR$i" "$duration"
    statements_snapshot "pg-rest-$i"
    statements_reset
    wrk_run "pg-soap-$i" soap "PS$i" "$duration"
    statements_snapshot "pg-soap-$i"
    pgbench_run "pgbench-$i" "$i" "$duration"
    # A/B: the same script without the organisation check and the audit transaction (security=0),
    # i.e. what the database did per notification before tokens were required.
    pgbench_run "pgbench-nosec-$i" "$((i + 10))" "$duration" 0
done
log "profiles: JFR (settings=profile) during a separate 20 s REST and SOAP run on PostgreSQL"
profile profile-pg-rest rest PFR
profile profile-pg-soap soap PFS
heap_snapshot pg
psql_admin -d registry -tA -c "SELECT 'rows: returnee=' || (SELECT count(*) FROM returnee) || ', return_notification=' || (SELECT count(*) FROM return_notification) || ', audit_entry=' || (SELECT count(*) FROM audit_entry) || ', database size=' || pg_size_pretty(pg_database_size('registry'))" >>"$results/meta.txt"

python3 "$here/lib/report.py" "$results" >"$results/report.md"
log "done in $(( $(date +%s) - started )) s; report: $results/report.md"
cat "$results/report.md"
