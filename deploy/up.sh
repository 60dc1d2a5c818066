#!/usr/bin/env bash
# The first command: takes a fresh machine to a running Judge.
#   installs what is missing (Docker, debootstrap, Postgres 15, curl), starts dockerd, builds the
#   sandbox images, starts a local Postgres 15 in .local/pgdata, builds the solution, then starts
#   the API and one worker in the background and waits until the API answers.
# Safe to run again: a running Postgres is reused; API and worker are restarted.
#
# usage: bash deploy/up.sh          env: JUDGE_PORT (API, default 5080), JUDGE_PG_PORT (55432)
# stop:  bash deploy/down.sh
set -euo pipefail
# shellcheck source=deploy/lib.sh
source "$(dirname "$0")/lib.sh"

api_port="${JUDGE_PORT:-5080}"
pg_port="${JUDGE_PG_PORT:-55432}"
pg_env="$JUDGE_LOCAL/postgres.env"

judge_install_prereqs
judge_start_dockerd
judge_build_images

# --- Postgres 15, on the host, not in Docker ---------------------------------------------------
pgbin="$(judge_pg_bindir)" || judge_die "Postgres 15 binaries not found after installing postgresql-15"
id -u postgres >/dev/null 2>&1 || {
  judge_log "creating system user postgres"
  useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
}
mkdir -p "$JUDGE_PGDATA" "$JUDGE_PGSOCK"
chown postgres:postgres "$JUDGE_PGDATA" "$JUDGE_PGSOCK"
# Postgres insists on a private data directory; the socket directory is private too because
# local socket connections are trusted (only root and postgres can use them).
chmod 700 "$JUDGE_PGDATA" "$JUDGE_PGSOCK"
judge_as_postgres test -w "$JUDGE_PGDATA" \
  || judge_die "user postgres cannot reach $JUDGE_PGDATA: a parent directory is not searchable by others (chmod o+x it, or clone elsewhere)"
touch "$JUDGE_LOGS/postgres.log" && chown postgres:postgres "$JUDGE_LOGS/postgres.log"

if [ ! -s "$JUDGE_PGDATA/PG_VERSION" ]; then
  judge_log "initdb $JUDGE_PGDATA"
  judge_as_postgres "$pgbin/initdb" -D "$JUDGE_PGDATA" --username=postgres --encoding=UTF8 \
    --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$JUDGE_LOGS/initdb.log" 2>&1 \
    || { tail -n 20 "$JUDGE_LOGS/initdb.log" >&2; judge_die "initdb failed (log: $JUDGE_LOGS/initdb.log)"; }
fi

if judge_as_postgres "$pgbin/pg_ctl" status -D "$JUDGE_PGDATA" >/dev/null 2>&1; then
  # Reuse it, on whatever port it was started with (line 4 of postmaster.pid).
  running_port="$(sed -n 4p "$JUDGE_PGDATA/postmaster.pid")"
  [ "$running_port" = "$pg_port" ] \
    || judge_log "note: Postgres already runs on port $running_port (not $pg_port); reusing it (bash deploy/down.sh to restart)"
  pg_port="$running_port"
  judge_log "Postgres already running on 127.0.0.1:$pg_port"
else
  judge_log "starting Postgres on 127.0.0.1:$pg_port (log: $JUDGE_LOGS/postgres.log)"
  judge_as_postgres "$pgbin/pg_ctl" start -D "$JUDGE_PGDATA" -l "$JUDGE_LOGS/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories='$JUDGE_PGSOCK'" >/dev/null \
    || { tail -n 20 "$JUDGE_LOGS/postgres.log" >&2; judge_die "Postgres did not start (log: $JUDGE_LOGS/postgres.log)"; }
fi

# The application's role and database. The password is made once and kept in postgres.env.
pg_user=judge
pg_password="$(sed -n 's/^JUDGE_PG_PASSWORD=//p' "$pg_env" 2>/dev/null || true)"
[ -n "$pg_password" ] || pg_password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$pgbin/psql" -h "$JUDGE_PGSOCK" -p "$pg_port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
  -v user="$pg_user" -v password="$pg_password" >/dev/null <<'SQL' || judge_die "could not create role/database judge"
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE judge OWNER %I', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'judge') \gexec
SQL
connection="Host=127.0.0.1;Port=$pg_port;Database=judge;Username=$pg_user;Password=$pg_password"
umask 077
cat >"$pg_env" <<EOF
# Written by deploy/up.sh: the local Postgres Judge uses. Sourceable by bash.
JUDGE_PG_HOST=127.0.0.1
JUDGE_PG_PORT=$pg_port
JUDGE_PG_DATABASE=judge
JUDGE_PG_USER=$pg_user
JUDGE_PG_PASSWORD=$pg_password
ConnectionStrings__Judge="$connection"
EOF
umask 022

# --- Build, then (re)start API and worker ------------------------------------------------------
judge_dotnet_build
api_dll="$JUDGE_ROOT/Judge.Api/bin/Release/net10.0/Judge.Api.dll"
worker_dll="$JUDGE_ROOT/Judge.Worker/bin/Release/net10.0/Judge.Worker.dll"
for dll in "$api_dll" "$worker_dll"; do [ -f "$dll" ] || judge_die "$dll missing after the build"; done

live() { curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health/live" 2>/dev/null; }
judge_stop_pidfile "$JUDGE_RUN/api.pid" Judge.Api.dll
judge_stop_pidfile "$JUDGE_RUN/worker.pid" Judge.Worker.dll
if live; then
  judge_die "something else already answers on port $api_port (set JUDGE_PORT to another port)"
fi

start_bg() {
  # start_bg NAME DLL ARGS...: runs `dotnet DLL ARGS` from the DLL's folder (its content root),
  # detached from this shell, log in .local/logs/NAME.log, pid in .local/run/NAME.pid.
  local name="$1" dll="$2"
  shift 2
  (
    cd "$(dirname "$dll")"
    export ConnectionStrings__Judge="$connection"
    # setsid execs (no fork) here, so $! is dotnet's own pid.
    setsid nohup dotnet "$dll" "$@" </dev/null >>"$JUDGE_LOGS/$name.log" 2>&1 &
    echo $! >"$JUDGE_RUN/$name.pid"
  )
  judge_log "$name started (pid $(cat "$JUDGE_RUN/$name.pid"), log: $JUDGE_LOGS/$name.log)"
}
start_bg api "$api_dll" --urls "http://127.0.0.1:$api_port"
start_bg worker "$worker_dll" serve

start_failed() {
  # Leave nothing half-started behind: the next run starts from a clean state either way.
  local name="$1" reason="$2"
  tail -n 40 "$JUDGE_LOGS/$name.log" >&2
  judge_stop_pidfile "$JUDGE_RUN/api.pid" Judge.Api.dll
  judge_stop_pidfile "$JUDGE_RUN/worker.pid" Judge.Worker.dll
  judge_die "$reason (log: $JUDGE_LOGS/$name.log)"
}

judge_log "waiting for http://127.0.0.1:$api_port/health/live"
for ((i = 0; i < 120; i++)); do
  live && break
  judge_pid_alive "$JUDGE_RUN/api.pid" Judge.Api.dll || start_failed api "the API exited during start-up"
  sleep 1
done
live || start_failed api "the API did not answer /health/live within 120 s"
judge_pid_alive "$JUDGE_RUN/worker.pid" Judge.Worker.dll || start_failed worker "the worker exited during start-up"

# Ready = Postgres answers and a worker's Hangfire heartbeat is fresh (the worker's own probe, on
# 127.0.0.1:5081, adds Docker and the images). Not fatal: the API serves either way; say why.
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health/ready" 2>/dev/null; }
for ((i = 0; i < 60; i++)); do
  ready && break
  sleep 1
done
ready || judge_log "warning: http://127.0.0.1:$api_port/health/ready is not 200 after 60 s: $(curl -sS "http://127.0.0.1:$api_port/health/ready" 2>&1)"

echo "Judge is up: http://127.0.0.1:$api_port   (API reference: http://127.0.0.1:$api_port/scalar, stop: bash deploy/down.sh)"
