#!/usr/bin/env bash
# Builds the registry EAR, fetches Payara Server through Maven, creates (once) and starts a
# loopback-only domain, points jdbc/registry at the embedded H2 default (or PostgreSQL, see
# README), deploys, loads the demo data and prints where everything is.
#
# Settings (environment):
#   REGISTRY_PORTBASE  Payara port base (default 8000: HTTP 8080, admin 8048)
#   REGISTRY_DB        h2 (default) or postgresql (then REGISTRY_DB_* as in config/payara/use-postgresql.sh)
#   REGISTRY_DEMO_DATA true (default) or false
#   REGISTRY_SKIP_BUILD true to deploy the EAR already built
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
portbase=${REGISTRY_PORTBASE:-8000}
database=${REGISTRY_DB:-h2}
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
postgresql_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
run_dir="$top/run"
payara_home="$run_dir/payara6"
domain_dir="$run_dir/domains"
domain=registry
admin_port=$((portbase + 48))
http="http://127.0.0.1:$((portbase + 80))"
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")
mvn=(mvn -B -q)

if [ "${REGISTRY_SKIP_BUILD:-false}" != true ]; then
    echo "Building the EAR ..."
    "${mvn[@]}" install -DskipTests
fi

if [ ! -x "$payara_home/bin/asadmin" ]; then
    echo "Fetching Payara Server $payara_version from Maven Central ..."
    "${mvn[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$run_dir"
fi

if [ ! -d "$domain_dir/$domain" ]; then
    echo "Creating the Payara domain (first run only) ..."
    "$top/config/payara/create-domain.sh" "$payara_home" "$domain_dir" "$domain" "$portbase"
elif ! "${asadmin[@]}" list-applications >/dev/null 2>&1; then
    echo "Starting the Payara domain ..."
    "$payara_home/bin/asadmin" start-domain --domaindir "$domain_dir" "$domain" >/dev/null
fi

case "$database" in
    h2)
        if ! "${asadmin[@]}" list-jdbc-resources | grep -qx 'jdbc/registry'; then
            "${asadmin[@]}" multimode --file "$top/config/payara/use-h2.asadmin" >/dev/null
        fi
        ;;
    postgresql)
        "${mvn[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.postgresql:postgresql:$postgresql_version" -DoutputDirectory="$run_dir/lib"
        "$top/config/payara/use-postgresql.sh" "$payara_home" "$admin_port" "$run_dir/lib/postgresql-$postgresql_version.jar"
        ;;
    *)
        echo "REGISTRY_DB must be h2 or postgresql" >&2
        exit 2
        ;;
esac

echo "Deploying registry.ear ..."
# Right after start-domain the previous deployment may still be loading; a forced redeploy then
# fails, so it is tried again a few seconds later.
for attempt in 1 2 3 4 5; do
    if "${asadmin[@]}" deploy --force=true --name registry "$top/registry-ear/target/registry.ear" >"$run_dir/deploy.log" 2>&1; then
        break
    fi
    if [ "$attempt" = 5 ]; then
        cat "$run_dir/deploy.log" >&2
        exit 1
    fi
    sleep 5
done

if [ "${REGISTRY_DEMO_DATA:-true}" = true ]; then
    echo "Loading demo data (idempotent: replays answer 200, known people 409) ..."
    for file in "$top"/config/demo/notifications/*.json; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$file" \
            "$http/registry/api/v1/return-notifications")
        printf '  %-40s %s\n' "$(basename "$file")" "$code"
    done
    for file in "$top"/config/demo/returnees/*.json; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$file" \
            "$http/registry/api/v1/returnees")
        printf '  %-40s %s\n' "$(basename "$file")" "$code"
    done
fi

cat <<INFO

Returnee Registry is running (data source: $database).
  REST API       $http/registry/api/v1   (e.g. $http/registry/api/v1/code-lists)
  OpenAPI        $http/openapi
  WSDLs          $http/registry/soap/ReturnNotificationService?wsdl
                 $http/registry/soap/ReturneeRegistryService?wsdl
  Health         $http/health
  Admin console  http://127.0.0.1:$admin_port
Stop it with: config/stop.sh
INFO
