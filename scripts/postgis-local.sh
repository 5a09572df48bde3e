#!/usr/bin/env bash
# A throwaway local PostgreSQL 15 + PostGIS for the `postgis` profile and the PostGIS store tests.
#
#   scripts/postgis-local.sh start   # idempotent: initdb on first use, start, create chegu + chegu_test
#   scripts/postgis-local.sh stop
#   scripts/postgis-local.sh status
#
# Needs the Debian packages postgresql + postgresql-15-postgis-3 (installed by .ci/run):
#   apt-get install -y --no-install-recommends postgresql postgresql-15-postgis-3 postgis
# Listens on 127.0.0.1:${CHEGU_PG_PORT:-55432}, user postgres, trust authentication (no password):
# for development and tests only. Data lives in ${CHEGU_PG_ROOT:-/tmp/chegu-pg}.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PORT=${CHEGU_PG_PORT:-55432}
ROOT=${CHEGU_PG_ROOT:-/tmp/chegu-pg}
DATA="$ROOT/data"

if [[ -z "$PGBIN" || ! -x "$PGBIN/initdb" ]]; then
  echo "PostgreSQL server binaries not found (install postgresql + postgresql-15-postgis-3)" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_pg() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }

start() {
  mkdir -p "$ROOT"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$ROOT"
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >"$ROOT/initdb.log"
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$ROOT/pg.log" -w \
      -o "-p $PORT -k $ROOT -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  for db in chegu chegu_test; do
    if [[ -z $(psql_pg -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
      psql_pg -d postgres -c "CREATE DATABASE $db"
    fi
    psql_pg -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS postgis'
  done
  echo "PostGIS running on 127.0.0.1:$PORT (databases chegu, chegu_test; data in $DATA)"
}

stop() {
  if [[ -f "$DATA/PG_VERSION" ]] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "stopped"
  else
    echo "not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) as_pg "$PGBIN/pg_ctl" -D "$DATA" status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
