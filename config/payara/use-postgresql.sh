#!/usr/bin/env bash
# Points jdbc/registry at PostgreSQL. The EAR is not rebuilt: the data source is server configuration.
#   use-postgresql.sh PAYARA_HOME ADMIN_PORT POSTGRESQL_DRIVER_JAR
# Connection from the environment (never from the repository):
#   REGISTRY_DB_HOST (127.0.0.1), REGISTRY_DB_PORT (5432), REGISTRY_DB_NAME (registry),
#   REGISTRY_DB_USER (registry), REGISTRY_DB_PASSWORD (required), REGISTRY_DB_POOL_MAX (32)
#   REGISTRY_DB_SSLMODE (unset: the driver's default; verify-full in production: TLS, with the server's
#   certificate checked against REGISTRY_DB_SSLROOTCERT and its host name)
#   REGISTRY_DB_SSLROOTCERT (file of the CA certificate(s) that signed the PostgreSQL server's certificate)
# The server's error details (a unique-key violation quotes the duplicate value, e.g. a passport number) are
# left out of the driver's exception messages (logServerErrorDetail=false), so they never reach a log.
# The INSERTs EclipseLink batches (eclipselink.jdbc.batch-writing) go as multi-row INSERTs
# (reWriteBatchedInserts=true): one statement for a case's follow-ups or a batch chunk's rows of a table.
# No SQL-trace listener on the pool (sql-trace-listeners=null): Payara 6 gives every pool created without one its
# no-op fish.payara.jdbc.SilentSqlTraceListener, and a pool with any listener hands out connections behind a
# reflective proxy (ProfiledConnectionWrapper40) that builds a trace record around every JDBC call (16 % of the
# registry's CPU on the bulk path, bench/README.md). The value "null" is the one Payara reads as "none"; an empty
# one still makes the proxy. Payara's slow-SQL log (slow-query-threshold-in-seconds) and request tracing each turn
# a proxy back on for as long as they are enabled: for diagnosis, not left on (docs/adr/0037).
# The password never appears on a command line: it is stored as the password alias registry-db-password
# (asadmin reads it from an owner-only password file) and the pool names the alias.
set -euo pipefail
payara_home=$1 admin_port=$2 driver_jar=$3
: "${REGISTRY_DB_PASSWORD:?set REGISTRY_DB_PASSWORD}"
host=${REGISTRY_DB_HOST:-127.0.0.1} port=${REGISTRY_DB_PORT:-5432}
name=${REGISTRY_DB_NAME:-registry} user=${REGISTRY_DB_USER:-registry} pool_max=${REGISTRY_DB_POOL_MAX:-32}
sslmode=${REGISTRY_DB_SSLMODE:-} sslrootcert=${REGISTRY_DB_SSLROOTCERT:-}
case "$sslmode" in
    ""|disable|allow|prefer|require|verify-ca|verify-full) ;;
    *) echo "REGISTRY_DB_SSLMODE must be disable, allow, prefer, require, verify-ca or verify-full" >&2; exit 2 ;;
esac
if { [ "$sslmode" = verify-ca ] || [ "$sslmode" = verify-full ]; } && [ -n "$sslrootcert" ] && [ ! -r "$sslrootcert" ]; then
    echo "REGISTRY_DB_SSLROOTCERT ($sslrootcert) is not a readable file" >&2
    exit 2
fi
asadmin=("$payara_home/bin/asadmin" --port "$admin_port")

# The password as a password alias, handed to asadmin in an owner-only file that is removed afterwards.
password_file=$(umask 077 && mktemp)
trap 'rm -f "$password_file"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$REGISTRY_DB_PASSWORD" >"$password_file"
if "${asadmin[@]}" list-password-aliases 2>/dev/null | grep -qx 'registry-db-password'; then
    "${asadmin[@]}" --passwordfile "$password_file" update-password-alias registry-db-password >/dev/null
else
    "${asadmin[@]}" --passwordfile "$password_file" create-password-alias registry-db-password >/dev/null
fi

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
    --steadypoolsize=8 --maxpoolsize="$pool_max" --statementcachesize=64 --sqltracelisteners=null \
    --property="serverName=$(escape "$host"):portNumber=$port:databaseName=$(escape "$name"):user=$(escape "$user"):logServerErrorDetail=false:reWriteBatchedInserts=true" \
    RegistryPool >/dev/null
pool=resources.jdbc-connection-pool.RegistryPool.property
"${asadmin[@]}" set "$pool.password=\${ALIAS=registry-db-password}" >/dev/null
if [ -n "$sslmode" ]; then
    "${asadmin[@]}" set "$pool.sslMode=$sslmode" >/dev/null
fi
if [ -n "$sslrootcert" ]; then
    "${asadmin[@]}" set "$pool.sslRootCert=$sslrootcert" >/dev/null
fi
"${asadmin[@]}" create-jdbc-resource --connectionpoolid=RegistryPool jdbc/registry >/dev/null
"${asadmin[@]}" ping-connection-pool RegistryPool >/dev/null
echo "jdbc/registry -> postgresql://$host:$port/$name as $user${sslmode:+ (sslmode=$sslmode)}"
