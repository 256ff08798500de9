#!/usr/bin/env bash
# Points jdbc/registry at PostgreSQL. The EAR is not rebuilt: the data source is server configuration.
#   use-postgresql.sh PAYARA_HOME ADMIN_PORT POSTGRESQL_DRIVER_JAR
# Connection from the environment (never from the repository):
#   REGISTRY_DB_HOST (127.0.0.1), REGISTRY_DB_PORT (5432), REGISTRY_DB_NAME (registry),
#   REGISTRY_DB_USER (registry), REGISTRY_DB_PASSWORD (required), REGISTRY_DB_POOL_MAX (32)
set -euo pipefail
payara_home=$1 admin_port=$2 driver_jar=$3
: "${REGISTRY_DB_PASSWORD:?set REGISTRY_DB_PASSWORD}"
host=${REGISTRY_DB_HOST:-127.0.0.1} port=${REGISTRY_DB_PORT:-5432}
name=${REGISTRY_DB_NAME:-registry} user=${REGISTRY_DB_USER:-registry} pool_max=${REGISTRY_DB_POOL_MAX:-32}
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")

"${asadmin[@]}" add-library --type common "$driver_jar" >/dev/null 2>&1 || true
if "${asadmin[@]}" list-jdbc-resources | grep -qx 'jdbc/registry'; then
    "${asadmin[@]}" delete-jdbc-resource jdbc/registry >/dev/null
fi
if "${asadmin[@]}" list-jdbc-connection-pools | grep -qx 'RegistryPool'; then
    "${asadmin[@]}" delete-jdbc-connection-pool RegistryPool >/dev/null
fi
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }
"${asadmin[@]}" create-jdbc-connection-pool \
    --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource \
    --steadypoolsize=8 --maxpoolsize="$pool_max" --statementcachesize=64 \
    --property="serverName=$(escape "$host"):portNumber=$port:databaseName=$(escape "$name"):user=$(escape "$user"):password=$(escape "$REGISTRY_DB_PASSWORD")" \
    RegistryPool >/dev/null
"${asadmin[@]}" create-jdbc-resource --connectionpoolid=RegistryPool jdbc/registry >/dev/null
"${asadmin[@]}" ping-connection-pool RegistryPool >/dev/null
echo "jdbc/registry -> postgresql://$host:$port/$name as $user"
