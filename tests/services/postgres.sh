#!/usr/bin/env bash
# Makes a PostgreSQL server available to the tests on 127.0.0.1 (idempotent; no systemd needed).
# Installs Debian's postgresql when missing (needs root), starts the cluster, creates the test role
# and database, and prints the connection string. Exits non-zero with the reason when it cannot.
set -euo pipefail

PGPORT="${COMPLAINTGRID_PG_PORT:-5432}"
ROLE=complaintgrid
PASSWORD=complaintgrid
DATABASE=complaintgrid_test

as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and installing it needs root: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian's packages..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | awk -v port="$PGPORT" '$3 == port { print $1 " " $2; exit }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  # One cluster per port: the outage tests stop and start a second server of their own (COMPLAINTGRID_PG_PORT=5433).
  name=complaintgrid
  if [ "$PGPORT" != 5432 ]; then name="complaintgrid_$PGPORT"; fi
  echo "Creating PostgreSQL $version cluster '$name' on port $PGPORT..." >&2
  pg_createcluster "$version" "$name" --port "$PGPORT" >&2
  cluster="$version $name"
fi
read -r version name <<<"$cluster"
status=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n { print $4 }')
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
  if as_postgres pg_isready -q -h 127.0.0.1 -p "$PGPORT"; then break; fi
  sleep 1
done
as_postgres pg_isready -q -h 127.0.0.1 -p "$PGPORT" || { echo "PostgreSQL did not accept connections on 127.0.0.1:$PGPORT" >&2; exit 1; }

psql_admin() { as_postgres psql -v ON_ERROR_STOP=1 -q -p "$PGPORT" -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi
# Tests drop their databases WITH (FORCE), which must end any session there: an autovacuum worker that happens to be
# in one belongs to no role the test role is a member of, so without pg_signal_backend the drop fails now and then.
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_auth_members WHERE roleid = 'pg_signal_backend'::regrole AND member = '$ROLE'::regrole")" != "1" ]; then
  psql_admin -c "GRANT pg_signal_backend TO $ROLE" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

echo "Host=127.0.0.1;Port=$PGPORT;Username=$ROLE;Password=$PASSWORD;Database=$DATABASE"
