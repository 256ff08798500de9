#!/usr/bin/env bash
# Walks through consent-governed exchange on the registry config/run.sh started (embedded H2 default):
#   1. a registrar records a returnee's consent for the Ministry of Health (NPL-MOHP): health follow-up,
#      identity and health only;
#   2. the ministry's system reads the returnee for that purpose and gets only those two categories;
#   3. the registrar revokes the consent; the same read is denied (ConsentRevoked);
#   4. an auditor finds both decisions in the decision log, and the chain verifies;
#   5. one decision row is altered in the database (the domain is stopped for it, as H2 is embedded),
#      and verification names that entry as the first broken one; the row is then put back.
# Usage: config/demo/consent-walkthrough.sh [--no-tamper]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
portbase=${REGISTRY_PORTBASE:-8000}
api="http://127.0.0.1:$((portbase + 80))/registry/api/v1"
payara_home="$top/run/payara6"
domain_dir="$top/run/domains"
token() { "$top/config/token.sh" "$@"; }
call() { curl -s -w '\n%{http_code}' "$@"; }
status() { printf '%s' "${1##*$'\n'}"; }
body() { printf '%s' "${1%$'\n'*}"; }
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }

registrar=$(token registrar)
ministry=$(token ministry-system NPL-MOHP)
auditor=$(token auditor)

echo "Finding the returnee of the demo notification NPL-EMB-DOH/DOH-2026-0001 ..."
answer=$(call -H "Authorization: Bearer $registrar" "$api/return-notifications/NPL-EMB-DOH/DOH-2026-0001")
[ "$(status "$answer")" = 200 ] || { echo "  not found (run config/run.sh first): $(body "$answer")" >&2; exit 1; }
rn=$(body "$answer" | field 'd["registryNumber"]')
echo "  returnee $rn"

echo "1. Recording consent for NPL-MOHP: HEALTH_FOLLOW_UP; IDENTITY and HEALTH ..."
until=$(date -u -d '+180 days' +%Y-%m-%dT%H:%M:%SZ)
answer=$(call -H "Authorization: Bearer $registrar" -H 'Content-Type: application/json' "$api/consents" --data-binary \
    '{"registryNumber":"'"$rn"'","recipient":"NPL-MOHP","purposes":["HEALTH_FOLLOW_UP"],"categories":["IDENTITY","HEALTH"],"method":"ASSISTED","evidenceHash":"'"$(printf 'signed form DOH-2026-0001' | sha256sum | cut -d' ' -f1)"'","validUntil":"'"$until"'","noticeVersion":"2026-1","noticeLanguage":"ne"}')
[ "$(status "$answer")" = 201 ] || { echo "  $(body "$answer")" >&2; exit 1; }
consent=$(body "$answer" | field 'd["consentId"]')
echo "  consent $consent, status $(body "$answer" | field 'd["status"]["code"]')"

echo "2. The ministry reads the returnee for HEALTH_FOLLOW_UP (asking for every category) ..."
answer=$(call -H "Authorization: Bearer $ministry" "$api/returnees/$rn/disclosure?purpose=HEALTH_FOLLOW_UP")
echo "  $(status "$answer"): granted $(body "$answer" | field 'd["grantedCategories"]'), sections $(body "$answer" | field 'sorted(k for k in d if k not in ("registryNumber","purpose","grantedCategories","decision"))')"

echo "3. Revoking the consent, then the same read ..."
answer=$(call -H "Authorization: Bearer $registrar" -H 'Content-Type: application/json' \
    "$api/consents/$consent/revocation" --data-binary '{"reason":"The returnee withdrew consent at the resource centre"}')
echo "  revocation: $(status "$answer"), status $(body "$answer" | field 'd["status"]["code"]')"
answer=$(call -H "Authorization: Bearer $ministry" "$api/returnees/$rn/disclosure?purpose=HEALTH_FOLLOW_UP")
echo "  read: $(status "$answer") $(body "$answer" | field 'd["code"]')"

echo "4. The decision log for this returnee, newest first, and the chain ..."
# a decision is appended at once and takes its place in the chain (its sequence number) moments later
for _ in $(seq 60); do
    answer=$(call -H "Authorization: Bearer $auditor" "$api/decision-log?returnee=$rn")
    [ "$(body "$answer" | field 'all("sequence" in e for e in d)')" = True ] && break
    sleep 0.5
done
body "$answer" | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    print("  #%d %s %s %s %s granted=%s" % (e["sequence"], e["decidedAt"], e["organisation"], e["outcome"], e["reason"], ",".join(e["granted"])))'
permit=$(body "$answer" | field '[e for e in d if e["outcome"]=="PERMIT"][0]["sequence"]')
granted=$(body "$answer" | field '",".join([e for e in d if e["outcome"]=="PERMIT"][0]["granted"])')
verify() { call -H "Authorization: Bearer $(token auditor)" "$api/decision-log/verification"; }
echo "  verification: $(body "$(verify)")"

[ "${1:-}" = --no-tamper ] && exit 0
db="$domain_dir/registry/lib/databases/registry"
h2=("java" "-cp" "$payara_home/h2db/bin/h2.jar" "org.h2.tools.Shell" "-url" "jdbc:h2:$db" "-user" "" "-password" "")
if [ ! -f "$db.mv.db" ]; then
    echo "5. Skipped: no embedded H2 database at $db.mv.db (with PostgreSQL, alter a row of decision_log_entry with psql)."
    exit 0
fi
echo "5. Altering decision #$permit in the database (the domain is stopped meanwhile; H2 is embedded) ..."
"$payara_home/bin/asadmin" stop-domain --domaindir "$domain_dir" registry >/dev/null
"${h2[@]}" -sql "UPDATE decision_log_entry SET granted = 'IDENTITY,CONTACT,HEALTH,FINANCIAL' WHERE sequence_number = $permit" >/dev/null
"$payara_home/bin/asadmin" start-domain --domaindir "$domain_dir" registry >/dev/null
until curl -sf "$api/consent-receipt-keys" >/dev/null; do sleep 2; done
echo "  verification: $(body "$(verify)")"
echo "   ... and putting the row back:"
"$payara_home/bin/asadmin" stop-domain --domaindir "$domain_dir" registry >/dev/null
"${h2[@]}" -sql "UPDATE decision_log_entry SET granted = '$granted' WHERE sequence_number = $permit" >/dev/null
"$payara_home/bin/asadmin" start-domain --domaindir "$domain_dir" registry >/dev/null
until curl -sf "$api/consent-receipt-keys" >/dev/null; do sleep 2; done
echo "  verification: $(body "$(verify)")"
