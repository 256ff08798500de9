#!/usr/bin/env bash
# Walks through the partner exchange between two registries, against the registry config/run.sh started
# (Nepal's Department of Foreign Employment, NPL-DOFE):
#   1. starts a second registry — the same EAR, run as Qatar's Ministry of Labour (QAT-MOL) — in a Payara domain of
#      its own (run/domains/registry-qat, portbase REGISTRY_QAT_PORTBASE, default 8100, 127.0.0.1), on its own
#      embedded H2 database, with its own exchange signing key (run/keys/qat-exchange-signing.p12) and its own
#      Keycloak realm (qatar-registry, on the run command's Keycloak, whose demo people belong to QAT-MOL; Keycloak
#      is restarted once to import that realm);
#   2. sets up the agreement between the two through their REST APIs only: each registers the other's operator as a
#      partner institution, both register the agreement under one id (Qatar's mirrors Nepal's scope), each attaches
#      the other's exchange certificate and SOAP endpoint, both put it in force;
#   3. Qatar sends a return notice (a worker left Qatar): it enters Nepal's registry as a return;
#   4. Nepal asks Qatar for the worker's employment records; Qatar's officer answers with the records, and the
#      answer reaches Nepal, correlated with the request;
#   5. shows Nepal's message log for the agreement, and verifies a bundle of it offline (registry-log-verify.jar);
#   6. Nepal suspends the agreement; Qatar's next return notice is refused (AgreementSuspended), and the refusal is
#      in Nepal's message log.
# Usage: config/demo/partner-exchange-walkthrough.sh        (run config/run.sh first)
#        config/demo/partner-exchange-walkthrough.sh stop   (stops Qatar's registry; run/stop.sh stops the rest)
set -euo pipefail
umask 077
top=$(cd "$(dirname "$0")/../.." && pwd)
run_dir="$top/run"
payara_home="$run_dir/payara6"
domain_dir="$run_dir/domains"
secrets="$run_dir/keycloak"
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$top/pom.xml")
keycloak_home="$run_dir/keycloak-$keycloak_version"
keycloak_url=$(cat "$secrets/url" 2>/dev/null || echo http://127.0.0.1:8180)
keycloak_port=${keycloak_url##*:}
nepal="http://127.0.0.1:$((${REGISTRY_PORTBASE:-8000} + 80))/registry"
qat_portbase=${REGISTRY_QAT_PORTBASE:-8100}
qat_domain=registry-qat
qat_admin=("$payara_home/bin/asadmin" --port "$((qat_portbase + 48))")
qatar="http://127.0.0.1:$((qat_portbase + 80))/registry"
realm=qatar-registry
operator=QAT-MOL
us=NPL-DOFE
purpose=SOCIAL_SECURITY_CLAIM
notice_purpose=LABOUR_MIGRATION # what a return notice is for, under a labour migration agreement
verifier="$top/registry-verify/target/registry-log-verify.jar"

if [ "${1:-}" = stop ]; then
    "$payara_home/bin/asadmin" stop-domain --domaindir "$domain_dir" "$qat_domain"
    exit 0
fi
for needed in "$payara_home/bin/asadmin" "$keycloak_home/bin/kc.sh" "$secrets/provisioner.secret" \
    "$top/registry-ear/target/registry.ear" "$run_dir/keys/exchange-signing.p12"; do
    [ -e "$needed" ] || { echo "$needed is missing: run config/run.sh first" >&2; exit 1; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$nepal/api/v1/code-lists")" = 401 ] ||
    { echo "The registry at $nepal does not answer: run config/run.sh first" >&2; exit 1; }

call() { curl -s -w '\n%{http_code}' "$@"; }
status() { printf '%s' "${1##*$'\n'}"; }
body() { printf '%s' "${1%$'\n'*}"; }
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }
expect() { # expect STATUS ANSWER WHAT
    [ "$(status "$2")" = "$1" ] || { echo "  $3: expected $1, got $(status "$2"): $(body "$2")" >&2; exit 1; }
}
token() { "$top/config/token.sh" "$@"; }
qtoken() { KEYCLOAK_REALM=$realm "$top/config/token.sh" "$@"; }
# REST call: as ROLE of REGISTRY (nepal|qatar), METHOD, PATH [JSON]
rest() {
    local who=$1 role=$2 method=$3 path=$4 data=${5:-} base token
    if [ "$who" = qatar ]; then base=$qatar; token=$(qtoken "$role"); else base=$nepal; token=$(token "$role"); fi
    if [ -n "$data" ]; then
        call -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -H 'Accept: application/json' --data-binary "$data" "$base/api/v1$path"
    else
        call -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json' "$base/api/v1$path"
    fi
}
await() { # await SECONDS COMMAND...: runs COMMAND every second until it succeeds
    local limit=$1 started
    shift
    started=$(date +%s)
    until "$@"; do
        [ $(($(date +%s) - started)) -lt "$limit" ] || return 1
        sleep 1
    done
}
pem() { # the registry's exchange certificate from its keystore, as its operator hands it over
    keytool -exportcert -rfc -alias registry-exchange -keystore "$1" -storetype PKCS12 -storepass:file "$1.password" 2>/dev/null
}
json_string() { python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))'; }

echo "1. Starting Qatar's registry (QAT-MOL) ..."
if ! curl -sf -o /dev/null "$keycloak_url/realms/$realm/.well-known/openid-configuration"; then
    echo "   importing the realm $realm into Keycloak (one restart of Keycloak) ..."
    python3 - "$top/config/keycloak/returnee-registry-realm.json" "$keycloak_home/data/import/$realm-realm.json" \
        "$realm" "$operator" "$secrets" <<'EOF'
import json, sys
source, target, realm, operator, secrets = sys.argv[1:]
read = lambda name: open(f"{secrets}/{name}").read().strip()
text = (open(source).read()
        .replace("${REGISTRY_PROVISIONER_SECRET}", read("provisioner.secret"))
        .replace("${REGISTRY_DEMO_PASSWORD}", read("demo-password"))
        .replace("${REGISTRY_CONSOLE_SECRET}", read("console.secret"))
        .replace('"NPL-DOFE"', json.dumps(operator)))
data = json.loads(text)
data["realm"], data["displayName"] = realm, "Qatar labour registry"
data["users"] = [u for u in data["users"] if operator in u.get("attributes", {}).get("organisation", [operator])]
with open(target, "w") as out:
    json.dump(data, out)
EOF
    "$top/config/keycloak/stop.sh" "$secrets/data" >/dev/null
    REGISTRY_PROVISIONER_SECRET=$(cat "$secrets/provisioner.secret") REGISTRY_DEMO_PASSWORD=$(cat "$secrets/demo-password") \
        REGISTRY_CONSOLE_SECRET=$(cat "$secrets/console.secret") \
        "$top/config/keycloak/start.sh" "$keycloak_home" "$secrets/data" "$keycloak_port" >"$run_dir/keycloak-start.log" 2>&1 ||
        { cat "$run_dir/keycloak-start.log" >&2; exit 1; }
    rm -f "$keycloak_home/data/import/$realm-realm.json"
    curl -sf -o /dev/null "$keycloak_url/realms/$realm/.well-known/openid-configuration" ||
        { echo "   Keycloak did not import the realm $realm" >&2; exit 1; }
fi
started=$(date +%s)
if [ ! -d "$domain_dir/$qat_domain" ]; then
    "$top/config/payara/create-domain.sh" "$payara_home" "$domain_dir" "$qat_domain" "$qat_portbase" >/dev/null
elif ! "${qat_admin[@]}" list-applications >/dev/null 2>&1; then
    "$payara_home/bin/asadmin" start-domain --domaindir "$domain_dir" "$qat_domain" >/dev/null
fi
if ! "${qat_admin[@]}" list-jdbc-resources | grep -qx 'jdbc/registry'; then
    "${qat_admin[@]}" multimode --file "$top/config/payara/use-h2.asadmin" >/dev/null
fi
KEYCLOAK_URL="$keycloak_url" KEYCLOAK_REALM=$realm REGISTRY_PROVISIONER_SECRET=$(cat "$secrets/provisioner.secret") \
    REGISTRY_CONSOLE_SECRET=$(cat "$secrets/console.secret") \
    "$top/config/payara/use-keycloak.sh" "$payara_home" "$((qat_portbase + 48))" >/dev/null
"$top/config/payara/use-signing-key.sh" exchange "$payara_home" "$((qat_portbase + 48))" "$run_dir/keys/qat-exchange-signing.p12" \
    "Qatar Ministry of Labour demo exchange key" >/dev/null
for setting in registry.operator.code="$operator" "registry.operator.name=Ministry of Labour" \
    registry.operator.country=QAT registry.exchange.allowed-insecure-hosts=127.0.0.1; do
    "${qat_admin[@]}" set-config-property --source=domain --propertyName="${setting%%=*}" \
        --propertyValue="${setting#*=}" >/dev/null
done
if ! "${qat_admin[@]}" list-applications 2>/dev/null | grep -q '^registry '; then
    "${qat_admin[@]}" deploy --force=true --name registry "$top/registry-ear/target/registry.ear" >"$run_dir/qat-deploy.log" 2>&1 ||
        { cat "$run_dir/qat-deploy.log" >&2; exit 1; }
fi
curl -s -o /dev/null --fail --retry 120 --retry-delay 1 --retry-all-errors "${qatar%/registry}/health/ready" ||
    { echo "   Qatar's registry did not become ready" >&2; exit 1; }
echo "   Qatar's registry answers at $qatar ($(($(date +%s) - started)) s); its people sign in to realm $realm"

echo "2. Setting up the agreement on both sides, through their APIs ..."
organisation() { # organisation CODE NAME COUNTRY: the JSON of a partner institution
    printf '{"code":"%s","name":"%s","type":"PARTNER_INSTITUTION","country":"%s","roles":["partner-institution"]}' "$1" "$2" "$3"
}
answer=$(rest nepal registry-admin POST /organisations "$(organisation "$operator" "Ministry of Labour, Qatar" QAT)")
echo "   Nepal registers $operator: $(status "$answer") (409: registered before)"
answer=$(rest qatar registry-admin POST /organisations "$(organisation "$us" "Department of Foreign Employment, Nepal" NPL)")
echo "   Qatar registers $us: $(status "$answer") (409: registered before)"
rows() { # rows IN OUT: the scope as one side sees it; OUT is that side's outbound direction
    local r="" type category p
    for pair in RETURN_NOTICE:IDENTITY RETURN_NOTICE:MIGRATION_HISTORY EMPLOYMENT_RECORD_REQUEST:IDENTITY \
        EMPLOYMENT_RECORD_RESPONSE:MIGRATION_HISTORY CONSENT_REVOKED:IDENTITY; do
        type=${pair%%:*} category=${pair#*:} p=$purpose
        [ "$type" = RETURN_NOTICE ] && p=$notice_purpose
        for direction in INBOUND OUTBOUND; do
            r+="${r:+,}{\"direction\":\"$direction\",\"messageType\":\"$type\",\"category\":\"$category\",\"purpose\":\"$p\",\"legalBasis\":\"AGREEMENT\"}"
        done
    done
    printf '[%s]' "$r"
}
registration() { # registration SELF SELF_COUNTRY OTHER OTHER_COUNTRY [ID]
    printf '{"type":"LABOUR_MIGRATION","title":"Nepal-Qatar labour mobility: registry exchange (walkthrough %s)","legalReference":"NPL-QAT/LMA/2026","signatureDate":"%s","entryIntoForceDate":"%s","validFrom":"%s","retentionDays":730,"parties":[{"country":"%s","institution":"%s"},{"country":"%s","institution":"%s"}],"scope":%s,"reason":"Signed in Doha"%s}' \
        "$(date -u +%FT%TZ)" "$(date -u -d '-1 year -30 days' +%F)" "$(date -u -d '-1 year' +%F)" "$(date -u -d '-1 year' +%F)" \
        "$2" "$1" "$4" "$3" "$(rows)" "${5:+,\"agreementId\":\"$5\"}"
}
answer=$(rest nepal registry-admin POST /agreements "$(registration "$us" NPL "$operator" QAT)")
expect 201 "$answer" "Nepal registers the agreement"
agreement=$(body "$answer" | field 'd["agreementId"]')
answer=$(rest qatar registry-admin POST /agreements "$(registration "$operator" QAT "$us" NPL "$agreement")")
expect 201 "$answer" "Qatar registers the agreement under the same id"
echo "   agreement $agreement registered on both sides"
certificate() { printf '{"institution":"%s","pem":%s,"reason":"Exchange signing key handed over"}' "$1" "$(pem "$2" | json_string)"; }
expect 201 "$(rest nepal registry-admin POST "/agreements/$agreement/certificates" \
    "$(certificate "$operator" "$run_dir/keys/qat-exchange-signing.p12")")" "Nepal attaches Qatar's certificate"
expect 201 "$(rest qatar registry-admin POST "/agreements/$agreement/certificates" \
    "$(certificate "$us" "$run_dir/keys/exchange-signing.p12")")" "Qatar attaches Nepal's certificate"
expect 200 "$(rest nepal registry-admin PUT "/agreements/$agreement/endpoints/$operator/SOAP" \
    "{\"url\":\"$qatar/soap/PartnerExchangeService\",\"reason\":\"Qatar's exchange port\"}")" "Nepal sets Qatar's endpoint"
expect 200 "$(rest qatar registry-admin PUT "/agreements/$agreement/endpoints/$us/SOAP" \
    "{\"url\":\"$nepal/soap/PartnerExchangeService\",\"reason\":\"Nepal's exchange port\"}")" "Qatar sets Nepal's endpoint"
expect 200 "$(rest nepal registry-admin POST "/agreements/$agreement/entry-into-force" '{"reason":"Ratified"}')" "in force (Nepal)"
expect 200 "$(rest qatar registry-admin POST "/agreements/$agreement/entry-into-force" '{"reason":"Ratified"}')" "in force (Qatar)"
echo "   certificates mirrored, endpoints set, in force on both sides"

passport="PW$(date +%s | tail -c 8)"
person="{\"person\":{\"identifiers\":[{\"type\":\"PASSPORT\",\"number\":\"$passport\",\"issuingCountry\":\"NPL\"}],\"name\":{\"givenName\":\"Sita\",\"familyName\":\"Gurung\"},\"dateOfBirth\":\"1992-07-01\",\"sex\":\"2\",\"homeDistrict\":\"Kaski\"},\"migrationEpisodes\":[{\"destinationCountry\":\"QAT\",\"employer\":\"Gulf Build LLC\",\"occupation\":\"71\",\"sector\":\"F\",\"channel\":\"REGULAR\",\"departureDate\":\"2021-03-01\"}]}"
delivered() { # delivered REGISTRY RECIPIENT MESSAGE_ID
    [ "$(rest "$1" registry-admin GET "/outbox-messages?recipient=$2&pageSize=100" | sed '$d' |
        field "[m['status'] for m in d if m['id']=='$3']")" = "['DELIVERED']" ]
}

echo "3. Qatar's registrar reports that the worker $passport left Qatar (ReturnNotice to $us) ..."
answer=$(rest qatar registrar POST /returnees "$person")
expect 201 "$answer" "Qatar registers the worker"
qrn=$(body "$answer" | field 'd["registryNumber"]')
notice() { printf '{"registryNumber":"%s","agreementId":"%s","recipientInstitution":"%s","purpose":"%s","returnModality":"END_OF_CONTRACT","returnReason":"Contract completed","exitDate":"%s","portOfEntry":"KTM"}' \
    "$1" "$agreement" "$2" "$notice_purpose" "$(date -u -d '-2 days' +%F)"; }
answer=$(rest qatar registrar POST /partner-messages/return-notices "$(notice "$qrn" "$us")")
expect 202 "$answer" "Qatar queues the return notice"
message=$(body "$answer" | field 'd["messageId"]')
await 60 delivered qatar "$us" "$message" || { echo "   not delivered within 60 s" >&2; exit 1; }
answer=$(rest nepal registrar GET "/returnees?identifierType=PASSPORT&identifierNumber=$passport&issuingCountry=NPL&purpose=REINTEGRATION_SERVICES")
rn=$(body "$answer" | field 'd[0]["registryNumber"]')
echo "   delivered signed, receipt verified; the worker is returnee $rn in Nepal's registry"

echo "4. Nepal asks Qatar for the worker's employment records; Qatar's officer answers ..."
answer=$(rest nepal registrar POST /partner-messages/employment-record-requests \
    "{\"registryNumber\":\"$rn\",\"agreementId\":\"$agreement\",\"recipientInstitution\":\"$operator\",\"purpose\":\"$purpose\",\"periodFrom\":\"2021-01-01\"}")
expect 202 "$answer" "Nepal queues the request"
request=$(body "$answer" | field 'd["messageId"]')
await 60 delivered nepal "$operator" "$request" || { echo "   not delivered within 60 s" >&2; exit 1; }
answer=$(rest qatar registrar GET "/partner-messages/employment-record-requests?direction=INBOUND&messageId=$request")
inbound=$(body "$answer" | field 'd[0]["id"]')
echo "   Qatar's officers see request $request from $(body "$answer" | field 'd[0]["partner"]') ($(body "$answer" | field 'd[0]["status"]'))"
answer=$(rest qatar social-security-officer POST "/partner-messages/employment-record-requests/$inbound/answer" \
    "{\"outcome\":\"FOUND\",\"registryNumber\":\"$qrn\",\"records\":[{\"employer\":\"Gulf Build LLC\",\"from\":\"2021-03-01\",\"to\":\"$(date -u -d '-3 days' +%F)\",\"contributionMonths\":57}]}")
expect 202 "$answer" "Qatar's officer answers"
answered() {
    [ "$(rest nepal registrar GET "/partner-messages/employment-record-requests?direction=OUTBOUND&messageId=$request" |
        sed '$d' | field 'd[0]["status"]')" = ANSWERED ]
}
await 60 answered || { echo "   no answer within 60 s" >&2; exit 1; }
rest nepal registrar GET "/partner-messages/employment-record-requests?direction=OUTBOUND&messageId=$request" | sed '$d' |
    field '"   Nepal has the answer: %s, %s" % (d[0]["outcome"], "; ".join("%s %s..%s, %s months" % (r["employer"], r["from"], r.get("to", ""), r.get("contributionMonths", "?")) for r in d[0]["records"]))'

echo "5. Nepal's message log for the agreement, and a bundle verified offline ..."
rest nepal auditor GET "/exchange-messages?agreementId=$agreement&pageSize=100" | sed '$d' | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    print("   %-8s %-27s %-8s %-10s %-17s %s -> %s  signer %s..." % (e["direction"], e["messageType"], e["decision"],
        (e.get("reason") or "")[:10], (e.get("messageId") or "")[:17], e.get("sender"), e.get("recipient"), (e.get("signerFingerprint") or "-")[:12]))'
bundle=$(mktemp --suffix=.json)
from=$(date -u -d '-1 hour' +%FT%TZ) to=$(date -u -d '+1 minute' +%FT%TZ)
curl -s -H "Authorization: Bearer $(token auditor)" "$nepal/api/v1/exchange-messages/bundle?from=$from&to=$to" >"$bundle"
if [ -f "$verifier" ]; then
    java -jar "$verifier" "$bundle" | sed 's/^/   /' || true
else
    echo "   (no $verifier: build the project first)"
fi
rm -f "$bundle"

echo "6. Nepal suspends the agreement; Qatar's next return notice is refused ..."
expect 200 "$(rest nepal registry-admin POST "/agreements/$agreement/suspension" '{"reason":"Walkthrough: suspension"}')" "suspension"
answer=$(rest qatar registrar POST /returnees "${person//$passport/${passport}X}")
expect 201 "$answer" "Qatar registers a second worker"
answer=$(rest qatar registrar POST /partner-messages/return-notices "$(notice "$(body "$answer" | field 'd["registryNumber"]')" "$us")")
expect 202 "$answer" "Qatar queues the next notice (its side is still in force)"
refused_message=$(body "$answer" | field 'd["messageId"]')
refused() {
    rest nepal auditor GET "/exchange-messages?agreementId=$agreement&messageId=$refused_message" | sed '$d' |
        field "[e['reason'] for e in d if e['decision']=='REFUSED']" | grep -q AgreementSuspended
}
await 60 refused || { echo "   no refusal logged within 60 s" >&2; exit 1; }
echo "   Nepal refused $refused_message: AgreementSuspended (in its message log; Qatar's outbox retries it until"
echo "   Nepal resumes the agreement, or dead-letters it)"
echo "Done. Qatar's registry keeps running at $qatar; stop it with: $0 stop"
