#!/usr/bin/env bash
# Stops the Payara domain and the Keycloak started by config/run.sh. Data stays in run/ for the next start.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
status=0
"$top/run/payara6/bin/asadmin" stop-domain --domaindir "$top/run/domains" registry || status=1
"$top/config/keycloak/stop.sh" "$top/run/keycloak/data" || status=1
exit $status
