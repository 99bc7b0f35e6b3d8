#!/usr/bin/env bash
# Makes Debian's headless Chromium available to the browser tests at /usr/bin/chromium (idempotent).
# The tests drive it through Playwright with ExecutablePath=/usr/bin/chromium: no browser is ever
# downloaded by a test tool. Installs the Debian package when missing (needs root); prints the path.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is not installed and installing it needs root: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Installing Chromium from Debian's packages..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi

# Debian's wrapper script prints a harmless "[: unexpected operator" line; only the exit code matters.
"$CHROMIUM" --version >/dev/null 2>&1 || { echo "$CHROMIUM is installed but does not start" >&2; exit 1; }
echo "$CHROMIUM"
