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
#   REGISTRY_CONSOLE_SECRET      secret of the client registry-console, the web console's sign-in (optional:
#                                without it the console cannot sign anyone in)
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
# A secret never appears on a command line nor in domain.xml: it is the password alias named like the
# property, which Payara's password config source answers (ordinal 105, above the domain's properties).
password_file=
trap 'rm -f "$password_file"' EXIT
set_alias() {
    password_file=$(umask 077 && mktemp)
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" >"$password_file"
    if "${asadmin[@]}" list-password-aliases 2>/dev/null | grep -qx "$1"; then
        "${asadmin[@]}" --passwordfile "$password_file" update-password-alias "$1" >/dev/null
    else
        "${asadmin[@]}" --passwordfile "$password_file" create-password-alias "$1" >/dev/null
    fi
    rm -f "$password_file"
    if [ -n "$(current "$1")" ]; then
        "${asadmin[@]}" delete-config-property --source=domain --propertyName="$1" >/dev/null || true
    fi
}
set_alias registry.keycloak.client-secret "$REGISTRY_PROVISIONER_SECRET"
if [ -n "${REGISTRY_CONSOLE_SECRET:-}" ]; then
    set_alias registry.console.client-secret "$REGISTRY_CONSOLE_SECRET"
fi
echo "MP-JWT: issuer $issuer, audience returnee-registry; organisations provisioned as registry-provisioner"
