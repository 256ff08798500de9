#!/usr/bin/env bash
# Prints one access token (one line) from the Keycloak that config/run.sh started, for a demo caller:
#   curl -H "Authorization: Bearer $(config/token.sh registrar)" http://127.0.0.1:8080/registry/api/v1/...
#
#   token.sh ROLE [ORGANISATION]
# People (password grant of the public client registry-cli, demo password from run/keycloak/demo-password):
#   registry-admin (admin.demo), registrar (registrar.demo), auditor (auditor.demo),
#   social-security-officer (ssofficer.demo), mission-officer (officer.doh, Embassy in Doha)
# Organisations' systems (client credentials of the client config/run.sh registered for the organisation;
# its secret is in run/keycloak/clients/CODE.secret), optionally for another demo organisation:
#   mission-system [NPL-EMB-DOH], ministry-system [NPL-MOHP], partner-institution [QAT-GRSIA],
#   social-security-system [NPL-SSF], case-worker [NPL-MRC-DHD] (a resource centre's system: role registrar)
# KEYCLOAK_URL overrides the Keycloak the run command recorded (run/keycloak/url).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
secrets="$top/run/keycloak"
realm=${KEYCLOAK_REALM:-returnee-registry}

usage() {
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
role=$1 organisation=${2:-}

if [ -n "${KEYCLOAK_URL:-}" ]; then
    keycloak_url=${KEYCLOAK_URL%/}
elif [ -f "$secrets/url" ]; then
    keycloak_url=$(cat "$secrets/url")
else
    keycloak_url=http://127.0.0.1:8180
fi
token_endpoint="$keycloak_url/realms/$realm/protocol/openid-connect/token"

person() {
    [ -z "$organisation" ] || { echo "token.sh: $role is a person of a fixed organisation; no ORGANISATION" >&2; exit 2; }
    [ -r "$secrets/demo-password" ] || { echo "token.sh: $secrets/demo-password missing; run config/run.sh first" >&2; exit 1; }
    form=(-d grant_type=password -d client_id=registry-cli --data-urlencode "username=$1"
          --data-urlencode "password@$secrets/demo-password")
}
system() {
    local code=${organisation:-$1}
    local secret_file="$secrets/clients/$code.secret"
    [ -r "$secret_file" ] || { echo "token.sh: no client secret for $code ($secret_file); run config/run.sh first" >&2; exit 1; }
    form=(-d grant_type=client_credentials --data-urlencode "client_id=$(printf '%s' "$code" | tr '[:upper:]' '[:lower:]')"
          --data-urlencode "client_secret@$secret_file")
}
case "$role" in
    registry-admin) person admin.demo ;;
    registrar) person registrar.demo ;;
    auditor) person auditor.demo ;;
    social-security-officer) person ssofficer.demo ;;
    mission-officer) person officer.doh ;;
    mission-system) system NPL-EMB-DOH ;;
    ministry-system) system NPL-MOHP ;;
    partner-institution) system QAT-GRSIA ;;
    social-security-system) system NPL-SSF ;;
    case-worker) system NPL-MRC-DHD ;;
    -h|--help) usage ;;
    *) echo "token.sh: unknown role $role" >&2; usage ;;
esac

answer=$(curl -sS -w '\n%{http_code}' "${form[@]}" "$token_endpoint") || {
    echo "token.sh: Keycloak at $keycloak_url does not answer" >&2
    exit 1
}
status=${answer##*$'\n'}
body=${answer%$'\n'*}
if [ "$status" != 200 ]; then
    echo "token.sh: $token_endpoint answered $status: $body" >&2
    exit 1
fi
token=$(printf '%s' "$body" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "token.sh: no access_token in the answer" >&2; exit 1; }
printf '%s\n' "$token"
