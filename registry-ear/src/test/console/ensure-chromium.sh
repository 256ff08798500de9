#!/usr/bin/env bash
# Makes sure the browser the console's tests drive is on the machine: Debian's chromium and chromium-driver,
# installed with apt-get when /usr/bin/chromedriver is missing (as root, or through sudo when it is allowed),
# and a Devanagari font (fonts-lohit-deva) so the Nepali pages' screenshots show their text. Idempotent and
# quick when all are there. Prints the versions the tests run with.
set -euo pipefail
packages=()
if [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/chromium ]; then
    packages+=(chromium chromium-driver)
fi
if ! fc-list :lang=ne 2>/dev/null | grep -q .; then
    packages+=(fonts-lohit-deva)
fi
if [ ${#packages[@]} -gt 0 ]; then
    echo "ensure-chromium: installing ${packages[*]}"
    run=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
            echo "ensure-chromium: ${packages[*]} missing and this user cannot install them;" \
                "install them with apt-get or run the tests as root" >&2
            exit 1
        fi
        run=(sudo -n)
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! "${run[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"; then
        "${run[@]}" apt-get update -q
        "${run[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"
    fi
fi
/usr/bin/chromium --version 2>/dev/null || true
/usr/bin/chromedriver --version
