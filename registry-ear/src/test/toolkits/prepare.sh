#!/usr/bin/env bash
# What the integration tests need besides the servers, prepared beside the build instead of one after the other
# just before the tests: SoapToolkitsIT's npm client (npm ci from its lock file, in TARGET/node), Apache CXF's class
# path (dependency:build-classpath of src/test/cxf/pom.xml, written to TARGET/cxf-toolkit.classpath) and the
# console tests' browser (ensure-chromium.sh).
#
#   prepare.sh start TARGET MVN LOCAL_REPOSITORY CXF_POM ENSURE_CHROMIUM   (the build, once test resources are copied)
#   prepare.sh await TARGET                                                 (the build, before the integration tests)
#
# `start` launches the three in the background, each with its own log in TARGET/toolkits; `await` waits for them
# (at most 20 minutes), prints their logs and fails if one failed.
set -euo pipefail
mode=$1
target=$2
dir="$target/toolkits"
jobs=(npm-ci cxf-classpath chromium)

job() {
    local name=$1
    shift
    # the whole job's output goes to its log, so the build is not kept waiting on its output
    (
        if "$@"; then
            echo 0 > "$dir/$name.exit.tmp"
        else
            echo $? > "$dir/$name.exit.tmp"
        fi
        mv "$dir/$name.exit.tmp" "$dir/$name.exit"
    ) > "$dir/$name.log" 2>&1 < /dev/null &
}

case "$mode" in
start)
    mvn=$3
    repository=$4
    cxf_pom=$5
    ensure_chromium=$6
    rm -rf "$dir"
    mkdir -p "$dir"
    job npm-ci bash -c 'cd "$1" && npm ci --no-audit --no-fund' _ "$target/node"
    job cxf-classpath "$mvn" -B -q -f "$cxf_pom" "-Dmaven.repo.local=$repository" \
        "-Dmdep.outputFile=$target/cxf-toolkit.classpath" dependency:build-classpath
    job chromium bash "$ensure_chromium"
    echo "prepare: ${jobs[*]} started in the background (logs in $dir)"
    ;;
await)
    deadline=$((SECONDS + 1200))
    failed=0
    for name in "${jobs[@]}"; do
        if [ ! -d "$dir" ]; then
            echo "prepare: $dir is missing: 'prepare.sh start' did not run" >&2
            exit 1
        fi
        while [ ! -f "$dir/$name.exit" ]; do
            if [ $SECONDS -ge $deadline ]; then
                echo "prepare: $name did not end within 20 minutes; see $dir/$name.log" >&2
                exit 1
            fi
            sleep 0.2
        done
        status=$(cat "$dir/$name.exit")
        echo "prepare: $name ended with $status"
        sed 's/^/    /' "$dir/$name.log"
        if [ "$status" != 0 ]; then
            failed=1
        fi
    done
    exit $failed
    ;;
*)
    echo "usage: prepare.sh start|await TARGET ..." >&2
    exit 2
    ;;
esac
