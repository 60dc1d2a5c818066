#!/usr/bin/env bash
# Entrypoint of judge-postgres. It behaves like the official postgres image's entrypoint in
# what Testcontainers.PostgreSql relies on (no registry is reachable here, so that image cannot
# be pulled):
#   - POSTGRES_USER (default postgres), POSTGRES_PASSWORD (required unless
#     POSTGRES_HOST_AUTH_METHOD=trust) and POSTGRES_DB (default: the user) set up the cluster on
#     first start; POSTGRES_INITDB_ARGS is passed to initdb;
#   - arguments starting with '-' (the builder passes `-c fsync=off ...`) go to postgres;
#   - password authentication over TCP from anywhere, the server listening on 0.0.0.0:5432;
#   - TCP is only opened once initialisation is over, because the builder's wait strategy is
#     `pg_isready --host localhost` run inside the container;
#   - *.sql and *.sh files in /docker-entrypoint-initdb.d run once, after the database exists.
set -euo pipefail

if [ "$#" -eq 0 ] || [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"   # e.g. `docker run --rm -it judge-postgres:current bash`
fi
shift

export PGDATA="${PGDATA:-/var/lib/postgresql/data}"

if [ "$(id -u)" = 0 ]; then
  # Postgres refuses to run as root: prepare the directories, then run this script as postgres.
  mkdir -p "$PGDATA" /var/run/postgresql
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  chmod 3775 /var/run/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" postgres "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  user="${POSTGRES_USER:-postgres}"
  db="${POSTGRES_DB:-$user}"
  auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$auth" != trust ]; then
    echo "judge-postgres: POSTGRES_PASSWORD is not set (set it, or POSTGRES_HOST_AUTH_METHOD=trust)" >&2
    exit 1
  fi

  initdb_args=(--username="$user" --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host="$auth")
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    pwfile="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    initdb_args+=(--pwfile="$pwfile")
  fi
  # shellcheck disable=SC2086  # POSTGRES_INITDB_ARGS is a list of words, as in the official image
  initdb "${initdb_args[@]}" ${POSTGRES_INITDB_ARGS:-}
  rm -f "${pwfile:-}"

  # Reachable through the published port: every address, password checked (initdb only allows
  # 127.0.0.1 and ::1).
  printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"
  printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"

  # A temporary server on the Unix socket only, so pg_isready over TCP stays negative meanwhile.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  export PGUSER="$user" PGHOST=/var/run/postgresql
  if [ "$db" != postgres ]; then
    psql -v ON_ERROR_STOP=1 -q --dbname postgres --set db="$db" <<<'CREATE DATABASE :"db";'
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    [ -e "$f" ] || continue
    case "$f" in
      *.sql) echo "judge-postgres: running $f"; psql -v ON_ERROR_STOP=1 -q --dbname "$db" -f "$f" ;;
      *.sh) echo "judge-postgres: running $f"; bash "$f" ;;
      *) echo "judge-postgres: ignoring $f" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  unset PGUSER PGHOST
  echo "judge-postgres: init process complete; ready for start up."
fi

exec postgres "$@"
