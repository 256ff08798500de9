#!/usr/bin/env bash
# Makes sure the browser the console's tests drive is on the machine: Debian's chromium and chromium-driver,
# installed with apt-get when /usr/bin/chromedriver is missing (as root, or through sudo when it is allowed).
# Idempotent and quick when both are there. Prints the versions the tests run with.
set -euo pipefail
if [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/chromium ]; then
    echo "ensure-chromium: installing Debian's chromium and chromium-driver"
    run=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
            echo "ensure-chromium: chromium and chromium-driver are missing and this user cannot install them;" \
                "install them (apt-get install chromium chromium-driver) or run the tests as root" >&2
            exit 1
        fi
        run=(sudo -n)
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! "${run[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver; then
        "${run[@]}" apt-get update -q
        "${run[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver
    fi
fi
/usr/bin/chromium --version 2>/dev/null || true
/usr/bin/chromedriver --version
