#!/usr/bin/env bash
# Stops what deploy/up.sh started: API, worker and the local Postgres. dockerd keeps running
# (the sandbox images and other users of Docker may need it). Safe to run when nothing runs.
set -euo pipefail
# shellcheck source=deploy/lib.sh
source "$(dirname "$0")/lib.sh"

judge_stop_pidfile "$JUDGE_RUN/api.pid" Judge.Api.dll
judge_stop_pidfile "$JUDGE_RUN/worker.pid" Judge.Worker.dll

if pgbin="$(judge_pg_bindir)" && [ -s "$JUDGE_PGDATA/PG_VERSION" ] && id -u postgres >/dev/null 2>&1 \
  && judge_as_postgres "$pgbin/pg_ctl" status -D "$JUDGE_PGDATA" >/dev/null 2>&1; then
  judge_log "stopping Postgres ($JUDGE_PGDATA)"
  judge_as_postgres "$pgbin/pg_ctl" stop -D "$JUDGE_PGDATA" -m fast -w -t 60 >/dev/null \
    || judge_die "pg_ctl stop failed (log: $JUDGE_LOGS/postgres.log)"
fi
judge_log "Judge is stopped"
