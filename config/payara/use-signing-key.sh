#!/usr/bin/env bash
# Gives the registry one of its signing keys: a PKCS12 keystore outside the database and outside the repository.
#   exchange   — signs partner exchange messages and receipts (WS-Security); demo key valid two years;
#   statement  — signs statements of periods abroad (PAdES and JWS); demo key valid five years.
# When KEYSTORE does not exist yet, a demo key (RSA 3072, self-signed, alias registry-PURPOSE) is made with keytool
# and a random password kept beside it (owner only); production hands in its own keystore and password instead.
# The password reaches the registry as the Payara password alias registry.PURPOSE.keystore.password (never on a
# command line, never in domain.xml); the path as the domain's MicroProfile Config property
# registry.PURPOSE.keystore.path. Rotation: add the new key entry to the keystore, keep the old one (as a key or
# certificate entry), and name the new entry in registry.PURPOSE.keystore.alias.
#   use-signing-key.sh PURPOSE PAYARA_HOME ADMIN_PORT KEYSTORE [COMMON_NAME]
# From the environment, optional: REGISTRY_EXCHANGE_KEYSTORE_PASSWORD or REGISTRY_STATEMENT_KEYSTORE_PASSWORD, the
# password of an existing KEYSTORE.
set -euo pipefail
if [ $# -lt 4 ]; then
    echo "usage: $0 exchange|statement PAYARA_HOME ADMIN_PORT KEYSTORE [COMMON_NAME]" >&2
    exit 2
fi
purpose=$1 payara_home=$2 admin_port=$3 keystore=$4
case "$purpose" in
    exchange) validity_days=730 described="partner exchange signing key" ;;
    statement) validity_days=1825 described="statement signing key" ;;
    *) echo "$0: unknown purpose '$purpose' (exchange or statement)" >&2; exit 2 ;;
esac
common_name=${5:-Returnee Registry demo $described}
password_variable=REGISTRY_${purpose^^}_KEYSTORE_PASSWORD
alias_name=registry.$purpose.keystore.password
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")
password_store="$keystore.password"
umask 077
if [ ! -f "$keystore" ]; then
    mkdir -p "$(dirname "$keystore")"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$password_store"
    keytool -genkeypair -alias "registry-$purpose" -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
        -dname "CN=$common_name" -validity "$validity_days" -ext KeyUsage=digitalSignature,nonRepudiation \
        -storetype PKCS12 -keystore "$keystore" -storepass:file "$password_store" >/dev/null 2>&1
    echo "Made a demo $described in $keystore"
fi
password=${!password_variable:-$(cat "$password_store")}
"${asadmin[@]}" set-config-property --source=domain --propertyName="registry.$purpose.keystore.path" \
    --propertyValue="$keystore" >/dev/null
password_file=$(mktemp)
trap 'rm -f "$password_file"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$password" >"$password_file"
if "${asadmin[@]}" list-password-aliases 2>/dev/null | grep -qx "$alias_name"; then
    "${asadmin[@]}" --passwordfile "$password_file" update-password-alias "$alias_name" >/dev/null
else
    "${asadmin[@]}" --passwordfile "$password_file" create-password-alias "$alias_name" >/dev/null
fi
