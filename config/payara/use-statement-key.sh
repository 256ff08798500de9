#!/usr/bin/env bash
# Gives the registry its document-signing key for statements of periods abroad: a PKCS12 keystore outside the
# database and outside the repository. When KEYSTORE does not exist yet, a demo key (RSA 3072, self-signed, five
# years, alias registry-statement) is made with keytool and a random password kept beside it (owner only);
# production hands in its own keystore and password instead. The password reaches the registry as the Payara
# password alias registry.statement.keystore.password (never on a command line, never in domain.xml); the path as
# the domain's MicroProfile Config property. Rotation: add the new key entry to the keystore, keep the old one (as
# a key or certificate entry: every certificate in the keystore stays published), and name the new entry in
# registry.statement.keystore.alias.
#   use-statement-key.sh PAYARA_HOME ADMIN_PORT KEYSTORE [COMMON_NAME]
# From the environment, optional: REGISTRY_STATEMENT_KEYSTORE_PASSWORD, the password of an existing KEYSTORE.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 PAYARA_HOME ADMIN_PORT KEYSTORE [COMMON_NAME]" >&2
    exit 2
fi
payara_home=$1 admin_port=$2 keystore=$3 common_name=${4:-Returnee Registry demo statement signing key}
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")
password_store="$keystore.password"
umask 077
if [ ! -f "$keystore" ]; then
    mkdir -p "$(dirname "$keystore")"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$password_store"
    keytool -genkeypair -alias registry-statement -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
        -dname "CN=$common_name" -validity 1825 -ext KeyUsage=digitalSignature,nonRepudiation \
        -storetype PKCS12 -keystore "$keystore" -storepass:file "$password_store" >/dev/null 2>&1
    echo "Made a demo statement signing key in $keystore"
fi
password=${REGISTRY_STATEMENT_KEYSTORE_PASSWORD:-$(cat "$password_store")}
"${asadmin[@]}" set-config-property --source=domain --propertyName=registry.statement.keystore.path \
    --propertyValue="$keystore" >/dev/null
password_file=$(mktemp)
trap 'rm -f "$password_file"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$password" >"$password_file"
if "${asadmin[@]}" list-password-aliases 2>/dev/null | grep -qx 'registry.statement.keystore.password'; then
    "${asadmin[@]}" --passwordfile "$password_file" update-password-alias registry.statement.keystore.password >/dev/null
else
    "${asadmin[@]}" --passwordfile "$password_file" create-password-alias registry.statement.keystore.password >/dev/null
fi
