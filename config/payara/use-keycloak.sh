#!/usr/bin/env bash
# Points the registry at its Keycloak realm: MicroProfile JWT verification (issuer, keys, audience)
# and the admin client that provisions organisations' clients. Domain-level MicroProfile Config
# properties, so they hold before the EAR is deployed and for every application of the domain.
#   use-keycloak.sh PAYARA_HOME ADMIN_PORT
# From the environment (never from the repository):
#   KEYCLOAK_URL                 base URL of Keycloak as the registry and its callers reach it,
#                                e.g. http://127.0.0.1:8180 (the tokens' issuer is derived from it)
#   REGISTRY_PROVISIONER_SECRET  secret of the client registry-provisioner
#   KEYCLOAK_REALM               realm (default returnee-registry)
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 PAYARA_HOME ADMIN_PORT" >&2
    exit 2
fi
payara_home=$1 admin_port=$2
: "${KEYCLOAK_URL:?set KEYCLOAK_URL, e.g. http://127.0.0.1:8180}"
: "${REGISTRY_PROVISIONER_SECRET:?set REGISTRY_PROVISIONER_SECRET}"
keycloak_url=${KEYCLOAK_URL%/}
realm=${KEYCLOAK_REALM:-returnee-registry}
issuer="$keycloak_url/realms/$realm"
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")

# Values are stored as given (':' needs no escaping) and read back to check that the server holds
# them. A property that already holds its value is not written again: on a rerun nothing changes
# while the domain is still loading the application deployed earlier.
current() {
    "${asadmin[@]}" get-config-property --source=domain --propertyName="$1" 2>/dev/null | head -n 1 || true
}
set_property() {
    [ "$(current "$1")" != "$2" ] || return 0
    "${asadmin[@]}" set-config-property --source=domain --propertyName="$1" --propertyValue="$2" >/dev/null
    if [ "$(current "$1")" != "$2" ]; then
        echo "use-keycloak.sh: $1 does not read back as set" >&2
        exit 1
    fi
}
set_property mp.jwt.verify.issuer "$issuer"
set_property mp.jwt.verify.publickey.location "$issuer/protocol/openid-connect/certs"
set_property mp.jwt.verify.audiences returnee-registry
set_property registry.keycloak.url "$keycloak_url"
set_property registry.keycloak.realm "$realm"
set_property registry.keycloak.client-id registry-provisioner
# The secret never appears on a command line nor in domain.xml: it is the password alias named like the
# property, which Payara's password config source answers (ordinal 105, above the domain's properties).
password_file=$(umask 077 && mktemp)
trap 'rm -f "$password_file"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$REGISTRY_PROVISIONER_SECRET" >"$password_file"
if "${asadmin[@]}" list-password-aliases 2>/dev/null | grep -qx 'registry.keycloak.client-secret'; then
    "${asadmin[@]}" --passwordfile "$password_file" update-password-alias registry.keycloak.client-secret >/dev/null
else
    "${asadmin[@]}" --passwordfile "$password_file" create-password-alias registry.keycloak.client-secret >/dev/null
fi
if [ -n "$(current registry.keycloak.client-secret)" ]; then
    "${asadmin[@]}" delete-config-property --source=domain --propertyName=registry.keycloak.client-secret >/dev/null || true
fi
echo "MP-JWT: issuer $issuer, audience returnee-registry; organisations provisioned as registry-provisioner"
