#!/usr/bin/env bash
# Builds the sandbox images locally (no registry is reachable here): a Debian rootfs made by
# debootstrap, imported with `docker import`, tagged judge-sandbox-<lang>:<hash of inputs> and
# :current. An image whose inputs did not change is not rebuilt; a rootfs tarball is kept in
# the cache directory so that a wiped Docker data directory costs an import, not a debootstrap.
#
# usage: deploy/images/build.sh [lang ...]     (default: every folder beside this script)
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

build_one() {
  local lang="$1" dir="$here/$1"
  [ -f "$dir/packages" ] || { echo "no image definition at $dir/packages" >&2; return 1; }
  # The hash covers everything that shapes the image: package list, this script, the suite.
  local hash
  hash=$(cat "$dir/packages" "$here/build.sh" <(echo "$suite") | sha256sum | cut -c1-16)
  local name="judge-sandbox-$lang" tag="judge-sandbox-$lang:$hash"

  if docker image inspect "$tag" >/dev/null 2>&1; then
    echo "image $tag is up to date"
  elif [ -f "$cache/$lang-$hash.tar" ]; then
    echo "importing $tag from $cache/$lang-$hash.tar"
    docker import "$cache/$lang-$hash.tar" "$tag" >/dev/null
  else
    echo "building $tag with debootstrap (a few minutes)"
    local root
    root=$(mktemp -d "/tmp/judge-rootfs-$lang.XXXXXX")
    local include
    include=$(grep -vE '^\s*(#|$)' "$dir/packages" | paste -sd, -)
    debootstrap --variant=minbase --include="$include" "$suite" "$root" "$(mirror)" >"$root.log" 2>&1 \
      || { echo "debootstrap failed for $lang; log: $root.log" >&2; tail -n 20 "$root.log" >&2; return 1; }
    # The unprivileged user every candidate program runs as (uid 65534 exists as nobody).
    rm -rf "$root/var/cache/apt/archives"/*.deb "$root/var/lib/apt/lists"/*
    mkdir -p "$root/usr/share/dotnet"   # mount point for the host's runtime (read-only bind)
    tar -C "$root" -c . >"$cache/$lang-$hash.tar.part"
    mv "$cache/$lang-$hash.tar.part" "$cache/$lang-$hash.tar"
    rm -rf "$root" "$root.log"
    docker import "$cache/$lang-$hash.tar" "$tag" >/dev/null
    # Older rootfs tarballs of this language are superseded.
    find "$cache" -name "$lang-*.tar" ! -name "$lang-$hash.tar" -delete
  fi
  docker tag "$tag" "$name:current"
}

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here" && for d in */; do [ -f "$d/packages" ] && echo "${d%/}"; done)
fi
for lang in "$@"; do build_one "$lang"; done
