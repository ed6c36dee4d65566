#!/usr/bin/env bash
# Refreshes the vendored Bootstrap CSS under wwwroot/lib from the npm package (never a CDN).
# Usage: scripts/vendor-bootstrap.sh [version]
set -euo pipefail
version="${1:-5.3.9}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/src/WsisEvents.Web/wwwroot/lib/bootstrap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "bootstrap@$version" >/dev/null && tar xzf "bootstrap-$version.tgz")
rm -rf "$target"
mkdir -p "$target/dist/css"
# The right-to-left build of the same release serves the Arabic pages.
cp "$work/package/dist/css/bootstrap.min.css" "$work/package/dist/css/bootstrap.min.css.map" \
   "$work/package/dist/css/bootstrap.rtl.min.css" "$work/package/dist/css/bootstrap.rtl.min.css.map" "$target/dist/css/"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "Bootstrap $version vendored into $target"
