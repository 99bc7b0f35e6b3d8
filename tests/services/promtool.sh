#!/usr/bin/env bash
# Installs Debian's prometheus package for promtool (idempotent): the metrics tests pipe /metrics through
# `promtool check metrics`. Prints the promtool path.
set -euo pipefail

if ! command -v promtool >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # Only the tool is wanted: the package's service is never started (no systemd here, and nothing enables it).
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
command -v promtool
