#!/usr/bin/env bash
# Installs the PostgreSQL server (Debian package `postgresql`) when its binaries are missing. The storage tests start
# their own throw-away cluster with initdb (tests/ShelfScout.Testing/Postgres/PostgresServer.cs); the package's own
# cluster and service are not used, so the service is left stopped.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || [[ -n "${SHELFSCOUT_PG_BIN:-}" ]]; then
  exit 0
fi
if ! command -v apt-get > /dev/null; then
  echo "install-postgres: no initdb under /usr/lib/postgresql/*/bin and no apt-get; install PostgreSQL and set SHELFSCOUT_PG_BIN" >&2
  exit 1
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql > /dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null
