#!/usr/bin/env bash
# The server's CPU time per request of one page, for several revisions of the site, measured in interleaved rounds.
# Throughput on a shared machine moves with whatever else runs; the CPU time the site's process spends per request
# moves far less (it counts only the site's own work, whatever the wait), so a change of a fixed per-request cost,
# such as the request log line, shows here when requests per second cannot show it.
#
#   bench/cpu-per-request.sh 8ed8592^ 8ed8592                # before and after a commit
#   BENCH_PATH="/meetings?year=2005" BENCH_SIZE=1000 bench/cpu-per-request.sh main HEAD
#
# Each revision is checked out into a temporary folder, published (Release, ReadyToRun, as bench/run.sh does), given
# its own sample catalog (generate-sample --seed 1, so the same meetings) and started on core 0 with the output cache
# on; hey drives it from core 1 with 16 connections. Per round and revision: BENCH_WARMUP requests of warm-up (a
# count, not a time: on a busy machine a few seconds may not be enough for the JIT to finish), then BENCH_REQUESTS
# measured; utime + stime of the site's process (from /proc) divided by the requests answered.
# BENCH_WORK=folder keeps the published builds and catalogs there and reuses them on the next run.
set -euo pipefail

[ "$#" -ge 1 ] || { echo "usage: bench/cpu-per-request.sh REVISION..." >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
path="${BENCH_PATH:-/meetings}"
size="${BENCH_SIZE:-100000}"
runs="${BENCH_RUNS:-3}"
requests="${BENCH_REQUESTS:-20000}"
warmup="${BENCH_WARMUP:-20000}"
port="${BENCH_SITE_PORT:-5393}"
ticks_per_second="$(getconf CLK_TCK)"
work="${BENCH_WORK:-}"
keep="${work:+1}"
if [ -z "$work" ]; then work="$(mktemp -d /tmp/wsis-cpu.XXXXXX)"; else mkdir -p "$work"; fi
site_pid=""
cleanup() {
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  for tree in "$work"/src-*; do [ -d "$tree" ] && git -C "$repo" worktree remove --force "$tree" >/dev/null 2>&1 || true; done
  if [ -z "$keep" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"

revisions=("$@")
for i in "${!revisions[@]}"; do
  rev="${revisions[$i]}"
  if [ -f "$work/app-$i/WsisEvents.Web.dll" ] && [ -f "$work/catalog-$i.db" ]; then continue; fi
  rm -rf "$work/src-$i" "$work/app-$i" "$work/catalog-$i.db"*
  git -C "$repo" worktree prune
  echo "== ${rev}: checking out, publishing, generating $size meetings" >&2
  git -C "$repo" worktree add --detach --quiet "$work/src-$i" "$rev"
  dotnet publish "$work/src-$i/src/WsisEvents.Web" -c Release -r "$rid" -o "$work/app-$i" --nologo -v quiet >"$work/publish-$i.log" 2>&1 \
    || { tail -20 "$work/publish-$i.log" >&2; exit 1; }
  (cd "$work/app-$i" && env "ConnectionStrings__Default=Data Source=$work/catalog-$i.db" DataProtection__KeysDirectory="$work/keys-$i" \
    dotnet WsisEvents.Web.dll generate-sample --meetings "$size" --seed 1 >"$work/generate-$i.log" 2>&1) \
    || { tail -20 "$work/generate-$i.log" >&2; exit 1; }
done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$site_pid/stat"; }

echo "| round | revision | requests answered 200 | req/s | server CPU µs per request | load average |"
echo "| ---: | --- | ---: | ---: | ---: | --- |"
for round in $(seq 1 "$runs"); do
  for i in "${!revisions[@]}"; do
    (cd "$work/app-$i" && exec taskset -c 0 env "ConnectionStrings__Default=Data Source=$work/catalog-$i.db" \
      DataProtection__KeysDirectory="$work/keys-$i" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      dotnet WsisEvents.Web.dll >"$work/site-$i-$round.log" 2>&1) &
    site_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
      kill -0 "$site_pid" 2>/dev/null || { tail -20 "$work/site-$i-$round.log" >&2; exit 1; }
      sleep 0.05
    done
    taskset -c 1 hey -n "$warmup" -c 16 "http://127.0.0.1:$port$path" >/dev/null
    before="$(cpu_ticks)"
    out="$(taskset -c 1 hey -n "$requests" -c 16 "http://127.0.0.1:$port$path")"
    after="$(cpu_ticks)"
    answered="$(awk '/\[200\]/ { print $2 }' <<<"$out")"
    rate="$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")"
    if [ "${answered:-0}" -ne "$requests" ]; then echo "${revisions[$i]}: only ${answered:-0} of $requests answered 200:" >&2; grep -A5 'Status code' <<<"$out" >&2; fi
    micros="$(awk -v t="$(( after - before ))" -v hz="$ticks_per_second" -v n="${answered:-0}" 'BEGIN { printf "%.0f", n ? t * 1000000 / hz / n : 0 }')"
    echo "| $round | ${revisions[$i]} | ${answered:-0} | $rate | $micros | $(cut -d' ' -f1-3 /proc/loadavg) |"
    kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
  done
done
