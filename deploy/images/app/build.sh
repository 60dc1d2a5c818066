#!/usr/bin/env bash
# Builds the production images locally (no registry is reachable here), each tagged
# <name>:<hash of its contents> and <name>:current:
#   judge-api             the published Judge.Api on a Debian rootfs with the .NET + ASP.NET Core runtime
#   judge-worker          the published Judge.Worker, same runtime, plus Docker: the same image runs
#                         `serve` and, as judge-sandboxd, the worker's own Docker daemon
#   judge-sandbox-bundle  a `docker save` of the sandbox images and the script that loads them into
#                         that daemon (compose: a one-shot service; Kubernetes: an init container)
# The bases (judge-base-api, judge-base-worker) are debootstrap rootfs imports like the sandbox images;
# the runtime comes from this machine's .NET SDK, so the images run exactly what the tests ran on.
# The sandbox images and judge-postgres are built first (deploy/images/build.sh; no-ops when current).
#
# usage: deploy/images/app/build.sh        (writes the tags to .local/app-images.env)
set -euo pipefail
# A failed step inside $(...) must stop the script too.
shopt -s inherit_errexit

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cache="${JUDGE_IMAGE_CACHE:-/var/cache/judge-images}"
suite=bookworm
# The uid/gid the app runs as; the worker's Docker socket is group-owned by it.
app_uid=10001
mkdir -p "$cache" "$root/.local"

log() { printf '==> %s\n' "$*"; }

mirror() {
  # The Debian mirror this machine already uses (as deploy/images/build.sh).
  local m
  m=$(grep -hoE '^URIs: *http[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  [ -n "$m" ] || m=$(grep -hoE '^deb +http[^ ]+' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
  echo "${m:-http://deb.debian.org/debian}"
}

lines() { grep -vE '^\s*(#|$)' "$1" || true; }

# Hash of a directory's contents (names, modes, bytes), independent of mtimes and owners.
tree_hash() {
  tar -C "$1" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -c . | sha256sum | cut -c1-16
}

# build_base FOLDER: judge-FOLDER:<hash> from a debootstrap rootfs with FOLDER/packages; prints the tag.
build_base() {
  local folder="$1" name="judge-$1"
  local hash
  hash=$({ echo "suite $suite uid $app_uid"; cat "$here/$folder/packages"; sed -n '/^build_base()/,/^}/p' "$here/build.sh"; } | sha256sum | cut -c1-16)
  local tag="$name:$hash" tarball="$cache/app-$folder-$hash.tar"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    :
  elif [ -f "$tarball" ]; then
    docker import "$tarball" "$tag" >/dev/null
  else
    log "building $tag with debootstrap (a few minutes)" >&2
    local rootfs
    rootfs=$(mktemp -d "/tmp/judge-rootfs-$folder.XXXXXX")
    debootstrap --variant=minbase --include="$(lines "$here/$folder/packages" | paste -sd, -)" \
      "$suite" "$rootfs" "$(mirror)" >"$rootfs.log" 2>&1 \
      || { tail -n 20 "$rootfs.log" >&2; echo "debootstrap failed for $folder; log: $rootfs.log" >&2; return 1; }
    # The unprivileged user the app runs as (a passwd entry, so that dockerd --group can name it).
    chroot "$rootfs" /bin/sh -eu -c "groupadd -g $app_uid judge && useradd -u $app_uid -g $app_uid -M -d /home/judge -s /usr/sbin/nologin judge && mkdir -p /home/judge && chown judge:judge /home/judge" >>"$rootfs.log" 2>&1
    rm -rf "$rootfs/var/cache/apt/archives"/*.deb "$rootfs/var/lib/apt/lists"/* "$rootfs/usr/share/doc" "$rootfs/usr/share/man"
    tar -C "$rootfs" -c . >"$tarball.part"
    mv "$tarball.part" "$tarball"
    rm -rf "$rootfs" "$rootfs.log"
    docker import "$tarball" "$tag" >/dev/null
    find "$cache" -name "app-$folder-*.tar" ! -name "app-$folder-$hash.tar" -delete
  fi
  echo "$tag"
}

# build_image NAME CONTEXT BASE: docker build of CONTEXT (its Dockerfile, FROM the local BASE; nothing
# is pulled) tagged NAME:<hash of context and base> and NAME:current; prints NAME:<hash>.
build_image() {
  local name="$1" context="$2" base="$3"
  local hash
  hash=$({ echo "base $base"; tree_hash "$context"; } | sha256sum | cut -c1-16)
  if ! docker image inspect "$name:$hash" >/dev/null 2>&1; then
    log "docker build $name:$hash" >&2
    # --network none: RUN steps need no network (and this host's dockerd may have no bridge).
    docker build -q --network none --build-arg "BASE=$base" -t "$name:$hash" "$context" >/dev/null
  fi
  docker tag "$name:$hash" "$name:current"
  echo "$name:$hash"
}

log "sandbox images and judge-postgres (deploy/images/build.sh)"
bash "$root/deploy/images/build.sh" >/dev/null

base_api=$(build_base base-api)
base_worker=$(build_base base-worker)

work=$(mktemp -d /tmp/judge-app-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The .NET runtime (host, hostfxr, NETCore and AspNetCore shared frameworks) of this machine's SDK,
# newest 10.x patch: what the tests and `verify` ran on.
dotnet_dir="$(dirname "$(readlink -f "$(command -v dotnet)")")"
newest() { (cd "$1" && ls -d 10.* 2>/dev/null | sort -V | tail -n1); }
netcore="$(newest "$dotnet_dir/shared/Microsoft.NETCore.App")"
aspnet="$(newest "$dotnet_dir/shared/Microsoft.AspNetCore.App")"
fxr="$(newest "$dotnet_dir/host/fxr")"
[ -n "$netcore" ] && [ -n "$aspnet" ] && [ -n "$fxr" ] || { echo "no .NET 10 runtime under $dotnet_dir" >&2; exit 1; }
runtime="$work/dotnet"
mkdir -p "$runtime/shared/Microsoft.NETCore.App" "$runtime/shared/Microsoft.AspNetCore.App" "$runtime/host/fxr"
cp -a "$dotnet_dir/dotnet" "$dotnet_dir/LICENSE.txt" "$runtime/"
cp -a "$dotnet_dir/host/fxr/$fxr" "$runtime/host/fxr/"
cp -a "$dotnet_dir/shared/Microsoft.NETCore.App/$netcore" "$runtime/shared/Microsoft.NETCore.App/"
cp -a "$dotnet_dir/shared/Microsoft.AspNetCore.App/$aspnet" "$runtime/shared/Microsoft.AspNetCore.App/"
log "runtime: Microsoft.NETCore.App $netcore, Microsoft.AspNetCore.App $aspnet (from $dotnet_dir)"

for project in api worker; do
  ctx="$work/$project"
  mkdir -p "$ctx"
  cp -a "$here/$project/." "$ctx/"
  cp -a "$runtime" "$ctx/dotnet"
  proj="Judge.Api"
  [ "$project" = worker ] && proj="Judge.Worker"
  log "dotnet publish $proj -c Release"
  (cd "$root" && dotnet publish "$proj/$proj.csproj" -c Release --no-self-contained -p:UseAppHost=false \
    -o "$ctx/app" -nologo -v quiet) >"$work/publish-$project.log" 2>&1 \
    || { tail -n 30 "$work/publish-$project.log" >&2; echo "dotnet publish $proj failed" >&2; exit 1; }
  # Debug symbols are not needed to run; they change with every build and would change the hash.
  find "$ctx/app" -name '*.pdb' -delete
done
api=$(build_image judge-api "$work/api" "$base_api")
worker=$(build_image judge-worker "$work/worker" "$base_worker")

# The sandbox images (judge-sandbox-*, as SandboxOptions names them) at tag "current", the tag the
# worker asks for. The bundle's hash is that of the image ids: no need to hash the saved bytes.
bundle_ctx="$work/sandbox-bundle"
mkdir -p "$bundle_ctx"
cp -a "$here/sandbox-bundle/." "$bundle_ctx/"
refs=()
for d in "$root"/deploy/images/*/; do
  [ -f "$d/packages" ] || continue
  n="judge-sandbox-$(basename "$d")"
  [ -f "$d/name" ] && n="$(lines "$d/name" | head -n1 | tr -d '[:space:]')"
  [[ "$n" == judge-sandbox-* ]] && refs+=("$n:current")
done
for ref in "${refs[@]}"; do
  printf '%s %s\n' "$ref" "$(docker image inspect --format '{{.Id}}' "$ref")"
done >"$bundle_ctx/images.txt"
bundle_hash=$({ echo "base $base_api"; tree_hash "$bundle_ctx"; } | sha256sum | cut -c1-16)
bundle="judge-sandbox-bundle:$bundle_hash"
if ! docker image inspect "$bundle" >/dev/null 2>&1; then
  log "docker save ${refs[*]} (for $bundle)"
  docker save -o "$bundle_ctx/sandbox-images.tar" "${refs[@]}"
  log "docker build $bundle"
  docker build -q --network none --build-arg "BASE=$base_api" -t "$bundle" "$bundle_ctx" >/dev/null
fi
docker tag "$bundle" judge-sandbox-bundle:current

postgres="judge-postgres:$(docker images judge-postgres --format '{{.Tag}} {{.ID}}' \
  | awk -v id="$(docker image inspect --format '{{.Id}}' judge-postgres:current | cut -c8-19)" '$2 == id && $1 != "current" {print $1; exit}')"

# For compose (--env-file) and `kustomize edit set image`: the exact builds, not "current".
cat >"$root/.local/app-images.env" <<EOF
API_IMAGE=$api
WORKER_IMAGE=$worker
SANDBOX_BUNDLE_IMAGE=$bundle
POSTGRES_IMAGE=$postgres
EOF
log "images ready (also tagged :current): $api $worker $bundle $postgres"
log "tags written to .local/app-images.env"
