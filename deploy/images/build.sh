#!/usr/bin/env bash
# Builds the images locally (no registry is reachable here): a Debian rootfs made by
# debootstrap, imported with `docker import`, tagged <name>:<hash of inputs> and <name>:current.
# An image whose inputs did not change is not rebuilt; a rootfs tarball is kept in the cache
# directory so that a wiped Docker data directory costs an import, not a debootstrap.
#
# An image folder holds:
#   packages        Debian packages to install (required; one per line, # comments allowed)
#   name            image name (optional; default judge-sandbox-<folder>)
#   remove          paths inside the rootfs to delete after debootstrap (optional), e.g. what a
#                   package's postinst created that the image must not carry
#   rootfs/         files copied over the rootfs, owned by root (optional)
#   setup           a shell script run inside the new rootfs (chroot, as root) after the packages
#                   are installed (optional), e.g. precompiling a header
#   import-changes  Dockerfile instructions, one per line, passed as `docker import --change`
#                   (optional), e.g. ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
#
# usage: deploy/images/build.sh [folder ...]     (default: every folder beside this script)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cache="${JUDGE_IMAGE_CACHE:-/var/cache/judge-images}"
suite=bookworm
mkdir -p "$cache"

mirror() {
  # The Debian mirror this machine already uses (design: no other host is reachable).
  local m
  m=$(grep -hoE '^URIs: *http[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  [ -n "$m" ] || m=$(grep -hoE '^deb +http[^ ]+' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
  echo "${m:-http://deb.debian.org/debian}"
}

lines() {
  # The meaningful lines of an optional list file: no comments, no blank lines.
  [ -f "$1" ] || return 0
  grep -vE '^\s*(#|$)' "$1" || true
}

overlay_digest() {
  # Content, path and executable bit of every overlay file, independent of mtimes, owners and
  # umask, so that a fresh clone hashes the same as the tree it came from.
  local dir="$1"
  [ -d "$dir" ] || return 0
  (cd "$dir" && find . \( -type f -o -type l \) -print0 | LC_ALL=C sort -z |
    while IFS= read -r -d '' f; do
      if [ -L "$f" ]; then
        printf 'link %s -> %s\n' "$f" "$(readlink "$f")"
      else
        printf 'file %s %s %s\n' "$f" "$([ -x "$f" ] && echo x || echo -)" "$(sha256sum <"$f" | cut -c1-64)"
      fi
    done)
}

built=()

build_one() {
  local folder="$1" dir="$here/$1"
  [ -f "$dir/packages" ] || { echo "no image definition at $dir/packages" >&2; return 1; }
  local name="judge-sandbox-$folder"
  [ -f "$dir/name" ] && name="$(lines "$dir/name" | head -n1 | tr -d '[:space:]')"
  [ -n "$name" ] || { echo "empty image name in $dir/name" >&2; return 1; }

  # The hash covers everything that shapes the image: package list, removals, overlay, import
  # changes, name, this script, the suite.
  local hash
  hash=$({
    echo "suite $suite"; echo "name $name"
    echo "-- packages"; cat "$dir/packages"
    echo "-- remove"; lines "$dir/remove"
    echo "-- rootfs"; overlay_digest "$dir/rootfs"
    echo "-- import-changes"; lines "$dir/import-changes"
    echo "-- setup"; [ ! -f "$dir/setup" ] || cat "$dir/setup"
    echo "-- build.sh"; cat "$here/build.sh"
  } | sha256sum | cut -c1-16)
  local tag="$name:$hash" tarball="$cache/$folder-$hash.tar"

  # `docker import --change` for each line of import-changes (ENTRYPOINT, CMD, ENV, EXPOSE ...).
  local changes=() line
  while IFS= read -r line; do changes+=(--change "$line"); done < <(lines "$dir/import-changes")

  if docker image inspect "$tag" >/dev/null 2>&1; then
    echo "image $tag is up to date"
  elif [ -f "$tarball" ]; then
    echo "importing $tag from $tarball"
    docker import "${changes[@]}" "$tarball" "$tag" >/dev/null
  else
    echo "building $tag with debootstrap (a few minutes)"
    local root
    root=$(mktemp -d "/tmp/judge-rootfs-$folder.XXXXXX")
    local include
    include=$(lines "$dir/packages" | paste -sd, -)
    debootstrap --variant=minbase --include="$include" "$suite" "$root" "$(mirror)" >"$root.log" 2>&1 \
      || { echo "debootstrap failed for $folder; log: $root.log" >&2; tail -n 20 "$root.log" >&2; return 1; }
    if [ -f "$dir/setup" ]; then
      chroot "$root" /bin/sh -eu <"$dir/setup" >>"$root.log" 2>&1 \
        || { echo "setup failed for $folder; log: $root.log" >&2; tail -n 20 "$root.log" >&2; return 1; }
    fi
    rm -rf "$root/var/cache/apt/archives"/*.deb "$root/var/lib/apt/lists"/*
    mkdir -p "$root/usr/share/dotnet"   # mount point for the host's runtime (read-only bind)
    local p
    while IFS= read -r p; do
      p="${p#/}"
      case "$p" in ''|*..*) echo "refusing to remove '$p' (from $dir/remove)" >&2; return 1 ;; esac
      rm -rf "${root:?}/$p"
    done < <(lines "$dir/remove")
    if [ -d "$dir/rootfs" ]; then
      # Owned by root whoever cloned the repo; existing directories keep their own modes.
      tar -C "$dir/rootfs" --owner=0 --group=0 --numeric-owner -c . | tar -C "$root" --no-overwrite-dir -x
    fi
    tar -C "$root" -c . >"$tarball.part"
    mv "$tarball.part" "$tarball"
    rm -rf "$root" "$root.log"
    docker import "${changes[@]}" "$tarball" "$tag" >/dev/null
    # Older rootfs tarballs of this folder are superseded.
    find "$cache" -name "$folder-*.tar" ! -name "$folder-$hash.tar" -delete
  fi
  docker tag "$tag" "$name:current"
  built+=("$tag")
}

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here" && for d in */; do [ -f "$d/packages" ] && echo "${d%/}"; done)
fi
for folder in "$@"; do build_one "$folder"; done
echo "images ready (also tagged :current): ${built[*]}"
