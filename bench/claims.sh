#!/usr/bin/env bash
# The social security bench on the deployed registry: assessments per second through REST and the time of a whole
# claim between two registries (see bench/README.md, "Social security claims on the deployed registry").
# Starts what the integration tests start (Payara, PostgreSQL, Keycloak, the second registry), all on 127.0.0.1,
# and stops them at the end. The report goes to bench/target/results/claims-report.md.
#
#   bench/claims.sh [--assessments N] [--seconds S] [--threads T] [--claims R]   (defaults 2000, 60, 4, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
assessments=2000 seconds=60 threads=4 claims=5
while [ $# -gt 0 ]; do
    case "$1" in
        --assessments) assessments="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --claims) claims="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
mvn -B ${MAVEN_OFFLINE:+-o} -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ClaimBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.assessments="$assessments" -Dbench.seconds="$seconds" -Dbench.threads="$threads" \
    -Dbench.claims="$claims" verify
mkdir -p bench/target/results
cp registry-ear/target/claim-bench/report.md bench/target/results/claims-report.md
cat bench/target/results/claims-report.md
