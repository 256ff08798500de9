#!/usr/bin/env bash
# The signed exchange between two registries: messages per second end to end through the outbox, and p50/p99 of the
# time from queued to the partner's signed receipt verified, over SOAP (WS-Security) and the REST twin (detached JWS)
# (see bench/README.md, "Signed exchange between two registries"). Starts what the integration tests start (Payara,
# PostgreSQL, Keycloak, the second registry), all on 127.0.0.1, and stops them at the end. The report goes to
# bench/target/results/exchange-report.md, with the load average before and after.
#
#   bench/exchange.sh [--messages N] [--seconds S] [--threads T]   (defaults 200, 120, 4)
set -euo pipefail
cd "$(dirname "$0")/.."
messages=200 seconds=120 threads=4
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) messages="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
mvn -B ${MAVEN_OFFLINE:+-o} -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ExchangeBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.messages="$messages" -Dbench.seconds="$seconds" -Dbench.threads="$threads" verify
mkdir -p bench/target/results
cp registry-ear/target/exchange-bench/report.md bench/target/results/exchange-report.md
cat bench/target/results/exchange-report.md
