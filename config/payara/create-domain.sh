#!/usr/bin/env bash
# Creates a Payara Server domain for the registry, bound to 127.0.0.1 only, and starts it.
#   create-domain.sh PAYARA_HOME DOMAIN_DIR DOMAIN_NAME PORTBASE
# Ports follow Payara's portbase scheme: admin = PORTBASE+48, HTTP = PORTBASE+80, HTTPS = PORTBASE+81.
# Used by the run command and by the integration tests, so both run the registry the same way.
set -euo pipefail
payara_home=$1 domain_dir=$2 domain=$3 portbase=$4
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$payara_home/bin/asadmin"
admin_port=$((portbase + 48))

# Metro deploys its WS-AtomicTransaction coordinator (wstx-services) beside the first application with a SOAP
# endpoint. The registry uses no WS-AT; the coordinator is one more public path, and, loaded before the registry
# on every start, it made /health/ready answer UP while the registry's own paths still answered 404.
rm -f "$payara_home/glassfish/lib/install/applications/metro/wstx-services.war"

mkdir -p "$domain_dir"
"$asadmin" create-domain --nopassword=true --domaindir "$domain_dir" --portbase "$portbase" "$domain" >/dev/null

# Bind every listener and the data grid to loopback before the first start (domain.xml is only
# edited offline, here; everything else goes through asadmin).
config="$domain_dir/$domain/config/domain.xml"
sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
       -e '/<network-listener /{/address=/!s/<network-listener /<network-listener address="127.0.0.1" /}' \
       -e '/<jms-host /{/lazy-init=/!s/<jms-host /<jms-host lazy-init="true" /}' \
       -e '/<hazelcast-runtime-configuration /{/interface=/!s/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration interface="127.0.0.1" /}' \
       -e 's#^\([[:space:]]*\)<jvm-options>-Xmx512m</jvm-options>#&\n\1<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>#' \
       "$config"
if grep -q 'address="0.0.0.0"' "$config"; then
    echo "create-domain.sh: a listener still binds to all interfaces" >&2
    exit 1
fi

"$asadmin" start-domain --domaindir "$domain_dir" "$domain" >/dev/null
"$asadmin" --port "$admin_port" multimode --file "$here/configure-domain.asadmin" >/dev/null
"$asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null
"$asadmin" start-domain --domaindir "$domain_dir" "$domain" >/dev/null
echo "Payara domain $domain started; admin on 127.0.0.1:$admin_port, HTTP on 127.0.0.1:$((portbase + 80))"
