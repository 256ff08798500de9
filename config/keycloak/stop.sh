#!/usr/bin/env bash
# Stops the Keycloak that start.sh started on DATA_DIR: by the PID it recorded, and only while that
# process still runs on this data directory.
#   stop.sh DATA_DIR
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 DATA_DIR" >&2
    exit 2
fi
[ -d "$1" ] || { echo "Keycloak: no data directory $1, nothing to stop"; exit 0; }
data=$(cd "$1" && pwd)
pid_file="$data/keycloak.pid"
if [ ! -f "$pid_file" ]; then
    echo "Keycloak: not running on $data"
    exit 0
fi
pid=$(cat "$pid_file")
ours() { [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$data/"; }
if ! ours; then
    echo "Keycloak: PID $pid is no longer running on $data"
    rm -f "$pid_file"
    exit 0
fi
# kc.sh passes TERM on to the server's JVM (or is that JVM, after a re-augmentation).
children=$(pgrep -P "$pid" || true)
kill -TERM "$pid"
for _ in $(seq 1 60); do
    ours || break
    sleep 1
done
if ours; then
    echo "Keycloak: PID $pid still running after 60 s; killing it"
    kill -KILL "$pid" $children 2>/dev/null || true
fi
rm -f "$pid_file"
echo "Keycloak stopped (PID $pid)"
