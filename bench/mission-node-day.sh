#!/usr/bin/env bash
# A mission node's day offline (issue 16: "A mission node offline for a day with 2,000 captured notifications syncs in
# under a minute once the link is back"): a node on Payara Micro captures N notifications with the registry out of
# reach, is started again with the link back, and syncs once; the sync's time over several runs, median and spread
# (see bench/README.md, "Mission node: a day offline"). Starts what the integration tests start (Payara with the EAR
# on PostgreSQL, Keycloak) and the nodes, all on 127.0.0.1, and stops them at the end. The report goes to
# bench/target/results/mission-node-day-report.md, with the load average before and after.
#
#   bench/mission-node-day.sh [--notifications N] [--runs R] [--batch-size B]   (defaults 2000, 3, 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
notifications=2000 runs=3 batch_size=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --notifications) notifications="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --batch-size) batch_size="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
mvn -B ${MAVEN_OFFLINE:+-o} -pl registry-ear -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=MissionNodeBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.notifications="$notifications" -Dbench.runs="$runs" -Dbench.batchSize="$batch_size" verify
mkdir -p bench/target/results
cp registry-ear/target/mission-node-bench/report.md bench/target/results/mission-node-day-report.md
cat bench/target/results/mission-node-day-report.md
