#!/usr/bin/env bash
# Builds the registry EAR, fetches Payara Server and Keycloak through Maven, starts Keycloak with the
# registry's realm, creates (once) and starts a loopback-only domain, points jdbc/registry at the
# embedded H2 default (or PostgreSQL, see README) and token verification at Keycloak, deploys,
# registers the demo organisations, loads the demo data and prints where everything is.
#
# Settings (environment):
#   REGISTRY_PORTBASE  Payara port base (default 8000: HTTP 8080, admin 8048)
#   KEYCLOAK_PORT      Keycloak HTTP port (default 8180)
#   REGISTRY_DB        h2 (default) or postgresql (then REGISTRY_DB_* as in config/payara/use-postgresql.sh)
#   REGISTRY_DEMO_DATA true (default) or false
#   REGISTRY_SKIP_BUILD true to deploy the EAR already built
#
# Keycloak's secrets are made up on the first run and kept in run/keycloak/ (readable by the owner
# only): the registry-provisioner client secret, the demo people's password, and the client secret
# of each demo organisation as the registry handed it out. config/token.sh reads them.
set -euo pipefail
# Everything this command writes — the H2 database with returnees' data, the registry's keys and log
# checkpoints, Keycloak's secrets, server logs — is readable by its owner only.
umask 077
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
portbase=${REGISTRY_PORTBASE:-8000}
database=${REGISTRY_DB:-h2}
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
postgresql_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
keycloak_port=${KEYCLOAK_PORT:-8180}
run_dir="$top/run"
payara_home="$run_dir/payara6"
keycloak_home="$run_dir/keycloak-$keycloak_version"
secrets="$run_dir/keycloak"
keycloak_url="http://127.0.0.1:$keycloak_port"
domain_dir="$run_dir/domains"
domain=registry
admin_port=$((portbase + 48))
http="http://127.0.0.1:$((portbase + 80))"
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")
mvn=(mvn -B -q)
if [ -d "$run_dir" ]; then
    # what an earlier run wrote before it ran with umask 077
    chmod -R go-rwx "$run_dir"
fi

if [ "${REGISTRY_SKIP_BUILD:-false}" != true ]; then
    echo "Building the EAR ..."
    "${mvn[@]}" install -DskipTests -DskipITs
fi

if [ ! -x "$payara_home/bin/asadmin" ]; then
    echo "Fetching Payara Server $payara_version from Maven Central ..."
    "${mvn[@]}" -N dependency:unpack \
        -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$run_dir"
fi

if [ ! -f "$keycloak_home/bin/kc.sh" ]; then
    echo "Fetching Keycloak $keycloak_version from Maven Central ..."
    "${mvn[@]}" -N dependency:unpack \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip" -DoutputDirectory="$run_dir"
fi

# Secrets: made up once, kept across runs, never in the repository (written without a newline, so
# they can be sent as they are with curl's @file).
new_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
(
    umask 077
    mkdir -p "$secrets/clients"
    [ -s "$secrets/provisioner.secret" ] || new_secret >"$secrets/provisioner.secret"
    [ -s "$secrets/demo-password" ] || new_secret >"$secrets/demo-password"
    [ -s "$secrets/console.secret" ] || new_secret >"$secrets/console.secret"
    printf '%s' "$keycloak_url" >"$secrets/url"
)
# Handed to the two scripts that need them, not exported to everything run.sh starts.
provisioner_secret=$(cat "$secrets/provisioner.secret")
console_secret=$(cat "$secrets/console.secret")

# Keycloak starts first and in the background (it takes the longest); the deploy waits for it.
echo "Starting Keycloak on $keycloak_url (in the background) ..."
REGISTRY_PROVISIONER_SECRET=$provisioner_secret REGISTRY_DEMO_PASSWORD=$(cat "$secrets/demo-password") \
    REGISTRY_CONSOLE_SECRET=$console_secret "$top/config/keycloak/start.sh" "$keycloak_home" "$secrets/data" "$keycloak_port" >"$run_dir/keycloak-start.log" 2>&1 &
keycloak_start=$!

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
        "${mvn[@]}" -N dependency:copy \
            -Dartifact="org.postgresql:postgresql:$postgresql_version" -DoutputDirectory="$run_dir/lib"
        "$top/config/payara/use-postgresql.sh" "$payara_home" "$admin_port" "$run_dir/lib/postgresql-$postgresql_version.jar"
        ;;
    *)
        echo "REGISTRY_DB must be h2 or postgresql" >&2
        exit 2
        ;;
esac

KEYCLOAK_URL="$keycloak_url" REGISTRY_PROVISIONER_SECRET=$provisioner_secret REGISTRY_CONSOLE_SECRET=$console_secret \
    "$top/config/payara/use-keycloak.sh" "$payara_home" "$admin_port" >/dev/null

# The partner exchange's signing key: a demo keystore made with keytool on the first run, kept in run/keys/.
"$top/config/payara/use-signing-key.sh" exchange "$payara_home" "$admin_port" "$run_dir/keys/exchange-signing.p12"
# The signing key of statements of periods abroad: a demo keystore made with keytool on the first run.
"$top/config/payara/use-signing-key.sh" statement "$payara_home" "$admin_port" "$run_dir/keys/statement-signing.p12"
"${asadmin[@]}" set-config-property --source=domain --propertyName=registry.statement.verification-url \
    --propertyValue="$http/registry/api/v1/statement-verifications" >/dev/null

# Demo only: the registry delivers to 127.0.0.1 over plain http and MLLP (a receiver on this machine). No host
# is allowed plain transport or an internal address unless the operator names it; production leaves this unset.
"${asadmin[@]}" set-config-property --source=domain --propertyName=registry.exchange.allowed-insecure-hosts \
    --propertyValue=127.0.0.1 >/dev/null

if ! wait "$keycloak_start"; then
    cat "$run_dir/keycloak-start.log" >&2
    exit 1
fi
cat "$run_dir/keycloak-start.log"

echo "Deploying registry.ear ..."
# Right after start-domain the previous deployment may still be loading, or may have failed to load;
# a forced redeploy then fails. It is tried again a few seconds later, and if that fails too, the old
# deployment is removed and the domain restarted before the last tries.
for attempt in 1 2 3 4; do
    if "${asadmin[@]}" deploy --force=true --name registry "$top/registry-ear/target/registry.ear" >"$run_dir/deploy.log" 2>&1; then
        break
    fi
    case "$attempt" in
        2)
            echo "The domain does not take the new deployment; undeploying the old one and restarting the domain ..."
            "${asadmin[@]}" undeploy registry >/dev/null 2>&1 || true
            "$payara_home/bin/asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null
            "$payara_home/bin/asadmin" start-domain --domaindir "$domain_dir" "$domain" >/dev/null
            ;;
        4)
            cat "$run_dir/deploy.log" >&2
            exit 1
            ;;
        *)
            sleep 5
            ;;
    esac
done

# A deployment serves once its readiness says so (until then its paths may still answer 404).
echo "Waiting for the registry to be ready ..."
if ! curl -s -o /dev/null --fail --retry 120 --retry-delay 1 --retry-all-errors "$http/health/ready"; then
    echo "The registry did not become ready: $http/health/ready" >&2
    exit 1
fi

# POSTs a demo file with a bearer token; prints the file and the answer's status.
post() {
    local file=$1 token=$2 path=$3 code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary @"$file" "$http/registry/api/v1/$path")
    printf '  %-40s %s\n' "$(basename "$file")" "$code"
}
json_string() { sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' | head -n 1; }

if [ "${REGISTRY_DEMO_DATA:-true}" = true ]; then
    echo "Registering the demo organisations (201 new, 409 already registered: its saved client secret is kept) ..."
    admin_token=$("$top/config/token.sh" registry-admin)
    for file in "$top"/config/demo/organisations/*.json; do
        code=$(json_string code <"$file")
        answer=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
            --data-binary @"$file" "$http/registry/api/v1/organisations")
        status=${answer##*$'\n'}
        printf '  %-40s %s\n' "$(basename "$file")" "$status"
        case "$status" in
            201)
                secret=$(printf '%s' "${answer%$'\n'*}" | tr -d '\n' | json_string clientSecret)
                if [ -z "$secret" ]; then
                    echo "    no credentials.clientSecret in the answer for $code" >&2
                    exit 1
                fi
                (umask 077; printf '%s' "$secret" >"$secrets/clients/$code.secret")
                ;;
            409)
                [ -s "$secrets/clients/$code.secret" ] ||
                    echo "    $code is registered but its client secret is not in $secrets/clients (delete run/ to start over)" >&2
                ;;
            *)
                echo "    ${answer%$'\n'*}" >&2
                ;;
        esac
    done

    # the demo agreement with Qatar, registered and put in force once (agreements have no client-chosen key)
    in_force=$(curl -s -H "Authorization: Bearer $admin_token" \
        "$http/registry/api/v1/agreements?country=QAT&status=IN_FORCE&pageSize=1")
    if [ "$in_force" = "[]" ]; then
        echo "Registering the demo agreement with Qatar and putting it in force ..."
        file="$top/config/demo/agreements/NPL-QAT-labour-migration.json"
        answer=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
            --data-binary @"$file" "$http/registry/api/v1/agreements")
        printf '  %-40s %s\n' "$(basename "$file")" "${answer##*$'\n'}"
        agreement=$(printf '%s' "${answer%$'\n'*}" | tr -d '\n' | json_string agreementId)
        if [ -n "$agreement" ]; then
            code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin_token" \
                -H 'Content-Type: application/json' --data-binary '{"reason": "Demo: in force"}' \
                "$http/registry/api/v1/agreements/$agreement/entry-into-force")
            printf '  %-40s %s\n' "entry into force" "$code"
            code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $admin_token" \
                -H 'Content-Type: application/json' \
                --data-binary @"$top/config/demo/agreements/NPL-QAT-social-security.json" \
                "$http/registry/api/v1/social-security/agreements/$agreement/section")
            printf '  %-40s %s\n' "social security section" "$code"
        fi
    fi

    echo "Loading demo data as the missions and the registrar (idempotent: replays answer 200, known people 409) ..."
    for file in "$top"/config/demo/notifications/*.json; do
        mission=$(json_string missionCode <"$file")
        if mission_token=$("$top/config/token.sh" mission-system "$mission"); then
            post "$file" "$mission_token" return-notifications
        else
            printf '  %-40s not sent: no token for %s\n' "$(basename "$file")" "$mission"
        fi
    done
    registrar_token=$("$top/config/token.sh" registrar)
    for file in "$top"/config/demo/returnees/*.json; do
        post "$file" "$registrar_token" returnees
    done

    # the skills profile and family of Sita Gurung (notification DOH-2026-0001), recorded on her case by the
    # operator's registrar once, so that a case shows its sections and a welfare ministry's search its household
    mission_token=$("$top/config/token.sh" mission-system NPL-EMB-DOH) || mission_token=
    number=$(curl -s -H "Authorization: Bearer $mission_token" -H 'Content-Type: application/json' \
        --data-binary @"$top/config/demo/notifications/01-DOH-2026-0001.json" \
        "$http/registry/api/v1/return-notifications" | tr -d '\n' | json_string registryNumber)
    case_id=
    [ -z "$number" ] || case_id=$(curl -s -H "Authorization: Bearer $registrar_token" \
        "$http/registry/api/v1/cases?registryNumber=$number&status=OPEN" | tr -d '\n' | json_string caseId)
    if [ -n "$case_id" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $registrar_token" \
        "$http/registry/api/v1/cases/$case_id/skills-profile")" = 404 ]; then
        for record in skills-profile family; do
            code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $registrar_token" \
                -H 'Content-Type: application/json' --data-binary @"$top/config/demo/case-records/$record.json" \
                "$http/registry/api/v1/cases/$case_id/$record")
            printf '  %-40s %s\n' "$record of $number" "$code"
        done
    fi
fi

# The demo mission node of the Embassy in Doha (docs/mission-node.md): the mission-node war on Payara Micro, with
# a passphrase and a demo officer password made up once and kept in run/mission-node/, and the mission's client
# secret (kept by the node in its encrypted store). REGISTRY_MISSION_NODE=false leaves it out.
node_url="http://127.0.0.1:$((portbase + 280))/"
node_dir="$run_dir/mission-node"
node_line="  Mission node   (not started: REGISTRY_MISSION_NODE=false)"
if [ "${REGISTRY_MISSION_NODE:-true}" = true ]; then
    (
        umask 077
        mkdir -p "$node_dir"
        [ -s "$node_dir/passphrase" ] || new_secret >"$node_dir/passphrase"
        [ -s "$node_dir/officer-password" ] || new_secret >"$node_dir/officer-password"
    )
    if [ -s "$node_dir/pid" ] && kill -0 "$(cat "$node_dir/pid")" 2>/dev/null; then
        echo "The demo mission node is running (PID $(cat "$node_dir/pid"))."
    else
        echo "Starting the demo mission node for NPL-EMB-DOH on Payara Micro ..."
        client_secret=$(cat "$secrets/clients/NPL-EMB-DOH.secret" 2>/dev/null || true)
        NODE_PASSPHRASE_FILE="$node_dir/passphrase" NODE_DATA_DIR="$node_dir/data" NODE_MISSION_CODE=NPL-EMB-DOH \
            NODE_FIRST_OFFICER=officer.doh NODE_FIRST_OFFICER_PASSWORD="$(cat "$node_dir/officer-password")" \
            NODE_CLIENT_SECRET="$client_secret" NODE_REGISTRY_URL="$http/registry" NODE_CONSENT_RECIPIENT=NPL-MOHP \
            NODE_TOKEN_ENDPOINT="$keycloak_url/realms/returnee-registry/protocol/openid-connect/token" \
            nohup java -jar "$top/mission-node/target/payara-micro.jar" --deploy "$top/mission-node/target/mission-node.war" \
            --contextroot / --port $((portbase + 280)) --nocluster \
            --prebootcommandfile "$top/config/mission-node/preboot.asadmin" >"$run_dir/mission-node.log" 2>&1 &
        echo $! >"$node_dir/pid"
        if ! curl -s -o /dev/null --fail --retry 240 --retry-delay 1 --retry-all-errors "${node_url}login"; then
            echo "The mission node did not start; see $run_dir/mission-node.log" >&2
            exit 1
        fi
    fi
    node_line="  Mission node   $node_url   (NPL-EMB-DOH; officer officer.doh, password in run/mission-node/officer-password)"
fi

cat <<INFO

Returnee Registry is running (data source: $database).
  REST API       $http/registry/api/v1   (e.g. $http/registry/api/v1/code-lists)
  OpenAPI        $http/openapi
  DCI search     $http/registry/sync/search   (social protection systems, role ministry-system; docs/dci.md)
  WSDLs          $http/registry/soap/ReturnNotificationService?wsdl
                 $http/registry/soap/ReturneeRegistryService?wsdl
                 $http/registry/soap/ConsentService?wsdl
                 $http/registry/soap/ReferralService?wsdl
                 $http/registry/soap/AgreementService?wsdl
                 $http/registry/soap/PartnerExchangeService?wsdl   (signed; docs/partner-exchange.md)
                 $http/registry/soap/SocialSecurityService?wsdl   (assessments, claims, decision notices; docs/social-security.md)
                 $http/registry/soap/CaseService?wsdl   (reintegration cases, skills, family, grievances; docs/case-management.md)
                 $http/registry/soap/PartnerMessagingService?wsdl   (employment record requests with partners; docs/partner-exchange.md)
  Exchange key   $run_dir/keys/exchange-signing.p12   (signs the partner exchange's receipts; demo key)
  Statement key  $run_dir/keys/statement-signing.p12   (signs statements of periods abroad; demo key)
                 published at $http/registry/api/v1/statement-keys (docs/social-security.md)
  Web console    $http/registry/console/   (docs/console.md)
  Health         $http/health
  Admin console  http://127.0.0.1:$admin_port
  Keycloak       $keycloak_url   (realm returnee-registry: $keycloak_url/realms/returnee-registry)
$node_line
Every API call needs a bearer token from that realm. Demo people (password in run/keycloak/demo-password):
  admin.demo (registry-admin), registrar.demo (registrar), auditor.demo (auditor),
  ssofficer.demo (social-security-officer), officer.doh (mission-officer, Embassy in Doha)
Web console, sign in as (same password):
  auditor.demo     auditor: decision log search, chain verification, exports, charts, audit trail, message log,
                   consent lookup, a returnee's access report
  officer.doh      mission officer: return notification form, registry number, the mission's notifications
  admin.demo       registry administrator: organisations, suspend and reinstate; the outbox, retry or abandon;
                   referral routes, delivery endpoints, agreements
  registrar.demo   registrar: find a returnee for a purpose, record and history, correct, refer; the access report
  (a run/ made before the console has no registry-console client in Keycloak: delete run/ to import it)
Demo organisations' systems (client secrets in run/keycloak/clients/): config/demo/organisations/
A token for a role, e.g.:
  curl -H "Authorization: Bearer \$(config/token.sh registrar)" $http/registry/api/v1/returnees/...
  config/token.sh mission-system NPL-EMB-RUH      (see config/token.sh --help)
Consent walkthrough (consent, a ministry's minimised read, revocation, the decision log and its chain):
  config/demo/consent-walkthrough.sh
Stop it with: config/stop.sh
INFO
