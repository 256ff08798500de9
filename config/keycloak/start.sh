#!/usr/bin/env bash
# Starts Keycloak (development mode) on 127.0.0.1 with the registry's realm and waits until the
# realm answers. Used by the run command and by the integration tests.
#   start.sh KEYCLOAK_HOME DATA_DIR PORT
# KEYCLOAK_HOME is an unpacked keycloak-quarkus-dist; DATA_DIR receives the server's database, log
# and PID file (stop it with stop.sh DATA_DIR). The realm (returnee-registry-realm.json) is imported
# on the first start; later starts keep the realm as it is. Secrets come from the environment and
# are substituted into the realm by the import (the file in the repository holds placeholders only):
#   REGISTRY_PROVISIONER_SECRET  secret of the client registry-provisioner
#   REGISTRY_DEMO_PASSWORD       password of the demo people (admin.demo, registrar.demo, ...)
#   REGISTRY_CONSOLE_SECRET      secret of the client registry-console (the web console's sign-in)
#   KEYCLOAK_START_TIMEOUT       seconds to wait for the realm (default 240)
#   KEYCLOAK_HOSTNAME            the URL Keycloak names itself by, hence the tokens' issuer (default
#                                http://127.0.0.1:PORT); "dynamic" names it after the address each
#                                request used (the integration tests use this to obtain a token that
#                                differs from a good one in its issuer only)
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "usage: $0 KEYCLOAK_HOME DATA_DIR PORT" >&2
    exit 2
fi
home=$(cd "$1" && pwd)
mkdir -p "$2"
data=$(cd "$2" && pwd)
port=$3
: "${REGISTRY_PROVISIONER_SECRET:?set REGISTRY_PROVISIONER_SECRET}"
: "${REGISTRY_DEMO_PASSWORD:?set REGISTRY_DEMO_PASSWORD}"
: "${REGISTRY_CONSOLE_SECRET:?set REGISTRY_CONSOLE_SECRET}"
here=$(cd "$(dirname "$0")" && pwd)
realm=returnee-registry
url="http://127.0.0.1:$port"
well_known="$url/realms/$realm/.well-known/openid-configuration"
pid_file="$data/keycloak.pid"
log="$data/keycloak.log"
timeout=${KEYCLOAK_START_TIMEOUT:-240}
version=$(sed -n 's/.*Version *//p' "$home/version.txt" 2>/dev/null || true)

# Our server, by the PID it recorded, while that process still runs on this data directory.
ours() {
    [ -f "$pid_file" ] || return 1
    local pid
    pid=$(cat "$pid_file")
    [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$data/"
}

if ours; then
    if curl -sf -o /dev/null "$well_known"; then
        echo "Keycloak $version already running on $url (PID $(cat "$pid_file"))"
        exit 0
    fi
    echo "Keycloak (PID $(cat "$pid_file")) runs on $data but $well_known does not answer; stop it first (stop.sh $data)" >&2
    exit 1
fi
rm -f "$pid_file"
if curl -s -o /dev/null --max-time 2 "$url/"; then
    echo "Something already answers on $url; choose another port" >&2
    exit 1
fi

# --import-realm reads KEYCLOAK_HOME/data/import only. The file holds no secrets.
mkdir -p "$home/data/import"
cp "$here/$realm-realm.json" "$home/data/import/$realm-realm.json"
chmod u+x "$home/bin/kc.sh"

hostname=${KEYCLOAK_HOSTNAME:-$url}
hostname_option=(--hostname="$hostname")
if [ "$hostname" = dynamic ]; then
    hostname_option=()
fi

started=$(date +%s)
# A session of its own: the server outlives the calling script and an interrupt of its terminal.
# Health and metrics stay off, so Keycloak opens no management interface (port 9000). The H2
# database goes to DATA_DIR with the settings of Keycloak's own dev-file URL.
setsid "$home/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$port" "${hostname_option[@]}" \
    --health-enabled=false --metrics-enabled=false \
    --db-url="jdbc:h2:file:$data/h2/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE" \
    --import-realm \
    "-Dquarkus.transaction-manager.object-store.directory=$data/transaction-logs" \
    </dev/null >"$log" 2>&1 &
pid=$!
echo "$pid" >"$pid_file"

until curl -sf -o /dev/null "$well_known"; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "Keycloak exited before the realm answered; the end of $log:" >&2
        tail -n 40 "$log" >&2
        rm -f "$pid_file"
        exit 1
    fi
    if [ $(($(date +%s) - started)) -ge "$timeout" ]; then
        echo "Keycloak did not answer $well_known within $timeout s; stopping it. The end of $log:" >&2
        tail -n 40 "$log" >&2
        "$here/stop.sh" "$data" >&2 || true
        exit 1
    fi
    sleep 1
done
echo "Keycloak $version on $url (PID $pid), realm $realm ready in $(($(date +%s) - started)) s; log $log"
