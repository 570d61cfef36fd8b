#!/usr/bin/env bash
# Browser tests and benchmarks drive Debian's Chromium (/usr/bin/chromium) through playwright-core: no browser
# download from a CDN. Installs it with apt when missing (needs root, as on CI); otherwise does nothing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "install-chromium: $CHROMIUM is missing; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "install-chromium: installing chromium with apt-get" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
test -x "$CHROMIUM"
