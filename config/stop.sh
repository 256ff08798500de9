#!/usr/bin/env bash
# Stops the Payara domain started by config/run.sh. Data stays in run/ for the next start.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/run/payara6/bin/asadmin" stop-domain --domaindir "$top/run/domains" registry
