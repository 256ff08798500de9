#!/usr/bin/env bash
# Stops the demo mission node, the Payara domain and the Keycloak started by config/run.sh. Data stays in run/ for
# the next start.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
status=0
node_pid="$top/run/mission-node/pid"
if [ -s "$node_pid" ] && kill -0 "$(cat "$node_pid")" 2>/dev/null; then
    # SIGTERM: Payara Micro shuts the node down; what it saved is committed already
    kill "$(cat "$node_pid")" || status=1
    for _ in $(seq 60); do kill -0 "$(cat "$node_pid")" 2>/dev/null || break; sleep 1; done
fi
rm -f "$node_pid"
"$top/run/payara6/bin/asadmin" stop-domain --domaindir "$top/run/domains" registry || status=1
"$top/config/keycloak/stop.sh" "$top/run/keycloak/data" || status=1
exit $status
