# Helpers shared by deploy/up.sh, deploy/test.sh and deploy/down.sh; sourced, not run.
# They take a fresh machine of this project's kind (Debian bookworm, root, .NET 10 SDK, no
# Docker, no container registry) to one that can build, run and test Judge.
# shellcheck shell=bash

# Repository root: the parent of the folder this file is in, wherever the clone lives.
JUDGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Everything a run leaves behind (logs, pid files, Postgres data, test results) goes under
# .local/, which .gitignore excludes.
JUDGE_LOCAL="$JUDGE_ROOT/.local"
JUDGE_LOGS="$JUDGE_LOCAL/logs"
JUDGE_RUN="$JUDGE_LOCAL/run"
mkdir -p "$JUDGE_LOGS" "$JUDGE_RUN"

judge_log() { printf '==> %s\n' "$*"; }
judge_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The directory of the Postgres 15 server binaries (Debian's package puts them off PATH).
judge_pg_bindir() {
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo /usr/lib/postgresql/15/bin
  elif command -v initdb >/dev/null 2>&1 && [[ "$(initdb --version)" == *" 15."* ]]; then
    dirname "$(readlink -f "$(command -v initdb)")"
  else
    return 1
  fi
}

judge_install_prereqs() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  judge_pg_bindir >/dev/null || missing+=(postgresql-15)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  # test.sh reads the .trx results with python3's xml module (python3-minimal lacks it).
  python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1 || missing+=(python3)
  # Building Judge.Api builds its web pages with Vite (npm packages from the npm registry).
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  # The browser tests drive Debian's Chromium (a test tool's own browser download cannot work here).
  [ "${JUDGE_WITH_BROWSER:-0}" = 1 ] && ! command -v chromium >/dev/null 2>&1 && missing+=(chromium)

  if [ "${#missing[@]}" -gt 0 ]; then
    judge_log "installing ${missing[*]}"
    if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      # The package would create and start a "main" cluster on port 5432; up.sh runs its own.
      mkdir -p /etc/postgresql-common
      echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
    fi
    export DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1
    apt-get update -qq || judge_die "apt-get update failed"
    apt-get install -y -qq -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      "${missing[@]}" >"$JUDGE_LOGS/apt-install.log" 2>&1 \
      || { tail -n 20 "$JUDGE_LOGS/apt-install.log" >&2; judge_die "apt-get install ${missing[*]} failed (log: $JUDGE_LOGS/apt-install.log)"; }
  fi

  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  [ "$node_major" -ge 20 ] || judge_die "Node.js 20 or later is needed to build the web pages (Vite 8); found $(node --version 2>/dev/null || echo none)"

  command -v dotnet >/dev/null 2>&1 \
    || judge_die "dotnet not found: the .NET 10 SDK is expected preinstalled on this kind of machine"
  local sdks
  sdks="$(dotnet --list-sdks 2>/dev/null || true)"
  grep -q '^10\.' <<<"$sdks" || judge_die "no .NET 10 SDK found (dotnet --list-sdks: $(tr '\n' ' ' <<<"$sdks"))"
}

judge_start_dockerd() {
  # The daemon here speaks API 1.41 at most, and Testcontainers' Ryuk image cannot be pulled.
  export DOCKER_API_VERSION=1.41 TESTCONTAINERS_RYUK_DISABLED=true
  if docker info >/dev/null 2>&1; then
    return 0
  fi
  judge_log "starting dockerd (log: $JUDGE_LOGS/dockerd.log)"
  # Own session and no inherited descriptors: the daemon outlives this script and CI's pipes.
  setsid nohup dockerd </dev/null >>"$JUDGE_LOGS/dockerd.log" 2>&1 &
  local i
  for ((i = 0; i < 60; i++)); do
    docker info >/dev/null 2>&1 && { judge_log "dockerd is up"; return 0; }
    sleep 1
  done
  tail -n 20 "$JUDGE_LOGS/dockerd.log" >&2
  judge_die "dockerd did not answer within 60 s (log: $JUDGE_LOGS/dockerd.log)"
}

judge_build_images() {
  judge_log "building images (deploy/images/build.sh)"
  bash "$JUDGE_ROOT/deploy/images/build.sh" || judge_die "image build failed"
}

judge_dotnet_build() {
  judge_log "dotnet build Judge.sln -c Release"
  (cd "$JUDGE_ROOT" && dotnet build Judge.sln -c Release -nologo) || judge_die "dotnet build failed (see above)"
}

# Is the process in pid file $1 alive and running $2 (guards against a reused pid)?
judge_pid_alive() {
  local pidfile="$1" pattern="$2" pid
  [ -f "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$pattern"* ]]
}

# Stops the process in pid file $1 if it still runs $2: TERM, then KILL after 20 s.
judge_stop_pidfile() {
  local pidfile="$1" pattern="$2" name pid i
  name="$(basename "$pidfile" .pid)"
  if judge_pid_alive "$pidfile" "$pattern"; then
    pid="$(cat "$pidfile")"
    judge_log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
      [ -d "/proc/$pid" ] || break
      sleep 0.5
    done
    if [ -d "/proc/$pid" ]; then
      judge_log "$name did not stop within 20 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

# Postgres for up.sh/down.sh: refuses to run as root, so it runs as the system user postgres.
JUDGE_PGDATA="$JUDGE_LOCAL/pgdata"
JUDGE_PGSOCK="$JUDGE_LOCAL/pgsock"
judge_as_postgres() { runuser -u postgres -- "$@"; }

# The production images (judge-api, judge-worker, judge-sandbox-bundle; README, "Deploying"). Not
# part of up.sh/test.sh: only deploy/compose.yaml and deploy/k8s use them.
judge_build_app_images() {
  judge_log "building app images (deploy/images/app/build.sh)"
  bash "$JUDGE_ROOT/deploy/images/app/build.sh" || judge_die "app image build failed"
}
