#!/usr/bin/env bash
# The catalog at 100,000 meetings against the limit: the same HTML bytes served as a static file by nginx on the
# same core. Publishes the site, generates the sample, starts the site pinned to core 0, drives it with wrk from
# core 1, and prints requests per second, p50/p99 latency, non-2xx answers and the ratio to nginx for each page,
# with the output cache on and off, plus cold start and peak memory; then the same at 1,000 meetings. Kestrel alone
# serving the same bytes from memory (bench/KestrelCeiling) shows how much of the gap to nginx is the server's own.
#
#   bench/run.sh                  # the full run (about 15 minutes)
#   BENCH_DURATION=5 bench/run.sh # shorter runs while trying things
#
# Needs the .NET 10 SDK, wrk, nginx (nginx-light is enough), curl and taskset, and two cores. Everything it makes
# lives in a temporary folder, removed at the end; the report is printed and kept in bench/out/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
duration="${BENCH_DURATION:-15}"
# Long enough for tiered compilation to finish optimizing the hot code on a single core.
warmup="${BENCH_WARMUP:-10}"
connections="${BENCH_CONNECTIONS:-16}"
sizes="${BENCH_SIZES:-100000 1000}"
site_port="${BENCH_SITE_PORT:-5391}"
nginx_port="${BENCH_NGINX_PORT:-5392}"
server_core=0
client_core=1

missing=()
for tool in dotnet wrk nginx curl taskset awk; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian or Ubuntu: apt-get install wrk nginx-light curl util-linux (and the .NET 10 SDK)." >&2
  exit 1
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ "$(nproc)" -lt 2 ]; then
  echo "Two cores are needed: one for the server, one for wrk." >&2
  exit 1
fi

work="$(mktemp -d -t wsis-bench.XXXXXX)"
# nginx's workers may run as another user when started by root: they must reach the static copy.
chmod 755 "$work"
site_pid=""
nginx_started=""

stop_site() {
  if [ -n "$site_pid" ] && kill -0 "$site_pid" 2>/dev/null; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
  fi
  site_pid=""
}

cleanup() {
  stop_site
  if [ -n "$nginx_started" ] && [ -f "$work/nginx/nginx.pid" ]; then
    kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    sleep 0.5
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
report="$work/report.txt"
say() { echo "$@" | tee -a "$report"; }

now_ms() { date +%s%3N; }

# "1.23ms" / "850.00us" / "1.02s" -> milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

# wrk from the client core against one address; prints "rps p50 p99 non2xx errors"
measure() {
  local url="$1" out
  taskset -c "$client_core" wrk -t1 -c"$connections" -d"${warmup}s" "$url" >/dev/null 2>&1 || true
  out="$(taskset -c "$client_core" wrk -t1 -c"$connections" -d"${duration}s" --latency "$url" 2>&1)"
  local rps p50 p99 non2xx errors
  rps="$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')"
  p50="$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")"
  p99="$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")"
  non2xx="$(echo "$out" | awk '/Non-2xx or 3xx responses/ { print $NF }')"
  errors="$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')"
  echo "${rps:-0} ${p50:-?} ${p99:-?} ${non2xx:-0} ${errors:-0}"
}

start_site() {
  local database="$1" cache="$2"
  local started
  started="$(now_ms)"
  (
    cd "$work/app"
    # Searches are rate-limited per client address; wrk is one address sending thousands a second.
    exec taskset -c "$server_core" env \
      ConnectionStrings__Default="Data Source=$database" \
      ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
      OutputCache__Enabled="$cache" \
      RateLimits__SearchPerMinute=1000000000 \
      DataProtection__KeysDirectory="$work/keys" \
      dotnet WsisEvents.Web.dll >"$work/site-$cache.log" 2>&1
  ) &
  site_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$site_port/health"; do
    kill -0 "$site_pid" 2>/dev/null || { echo "The site did not start; its log:" >&2; tail -20 "$work/site-$cache.log" >&2; exit 1; }
    sleep 0.01
  done
  health_ms=$(( $(now_ms) - started ))
  curl -sf -o /dev/null "http://127.0.0.1:$site_port/meetings"
  first_page_ms=$(( $(now_ms) - started ))
}

peak_memory_mb() {
  # The dotnet process itself (taskset execs into env, which execs into dotnet: same pid).
  awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$site_pid/status"
}

start_nginx() {
  mkdir -p "$work/nginx/static" "$work/nginx/temp"
  cp "$1" "$work/nginx/static/meetings.html"
  cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        location = /meetings { default_type "text/html; charset=utf-8"; alias $work/nginx/static/meetings.html; }
    }
}
EOF
  chmod -R a+rX "$work/nginx"
  taskset -c "$server_core" "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"
  nginx_started=1
  for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/meetings" && return
    sleep 0.05
  done
  echo "nginx does not answer; its log:" >&2
  cat "$work/nginx/error.log" >&2
  exit 1
}

stop_nginx() {
  kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  for _ in $(seq 1 100); do [ -f "$work/nginx/nginx.pid" ] || break; sleep 0.05; done
  nginx_started=""
}

declare -A results
run_targets() {
  local label="$1"
  for name in "${names[@]}"; do
    results["$label|$name"]="$(measure "http://127.0.0.1:$site_port${targets[$name]}")"
  done
}

print_table() {
  local label="$1" title="$2" nginx_rps="$3"
  say ""
  say "$title"
  printf '%-10s %-62s %9s %9s %9s %8s %9s\n' "page" "address" "req/s" "p50 ms" "p99 ms" "non-2xx" "x nginx" | tee -a "$report"
  for name in "${names[@]}"; do
    read -r rps p50 p99 non2xx errors <<<"${results["$label|$name"]}"
    ratio="$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
    printf '%-10s %-62s %9s %9s %9s %8s %9s\n' "$name" "${targets[$name]}" "$rps" "$p50" "$p99" "$((non2xx + errors))" "$ratio" | tee -a "$report"
  done
}

names=(list filtered search deep meeting api)
declare -A targets=(
  [list]="/meetings"
  [filtered]="/meetings?theme=c5-confidence-and-security&year=2005"
  [search]="/meetings?q=cybersecurity"
  [deep]="/meetings?page=1500"
  [meeting]="/meetings/wsis-thematic-meeting-on-cybersecurity-2005"
  [api]="/api/meetings"
)

say "WsisEvents benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
say ".NET SDK $(dotnet --version), $("$nginx_bin" -v 2>&1 | sed 's/nginx version: //'), $(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }')"
say "server on core $server_core, wrk on core $client_core: $connections connections, ${warmup} s warm-up then ${duration} s per address; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# For this machine's platform, which makes the app ReadyToRun (see WsisEvents.Web.csproj), as in production.
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
echo "== publishing (Release, $rid, ReadyToRun)" >&2
dotnet publish "$repo/src/WsisEvents.Web" -c Release -r "$rid" -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
dotnet publish "$here/KestrelCeiling" -c Release -o "$work/ceiling" --nologo -v quiet >>"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }

for size in $sizes; do
  database="$work/catalog-$size.db"
  echo "== generating $size meetings" >&2
  generated="$(now_ms)"
  (cd "$work/app" && ConnectionStrings__Default="Data Source=$database" dotnet WsisEvents.Web.dll generate-sample --meetings "$size" --seed 1 \
    >"$work/generate-$size.log" 2>&1) || { cat "$work/generate-$size.log" >&2; exit 1; }
  generate_s="$(awk -v ms="$(( $(now_ms) - generated ))" 'BEGIN { printf "%.1f", ms / 1000 }')"

  echo "== $size meetings, output cache on" >&2
  start_site "$database" true
  cold_health="$health_ms" cold_page="$first_page_ms"
  curl -sf "http://127.0.0.1:$site_port/meetings" >"$work/meetings.html"
  html_bytes="$(wc -c <"$work/meetings.html")"
  br_bytes="$(curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port/meetings" | wc -c)"
  stylesheet="$(grep -o '/css/site[^"]*\.css' "$work/meetings.html" | head -1)"
  stylesheet_headers="$(curl -sf -o /dev/null -D - -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port$stylesheet" \
    | awk -F': ' 'tolower($1) ~ /^(cache-control|content-encoding)$/ { sub(/\r$/, "", $2); printf "%s: %s; ", $1, $2 }')"
  run_targets "cached-$size"
  memory_cached="$(peak_memory_mb)"
  stop_site

  echo "== $size meetings, nginx serving the list page's bytes" >&2
  start_nginx "$work/meetings.html"
  curl -sf "http://127.0.0.1:$nginx_port/meetings" | cmp -s - "$work/meetings.html" || { echo "nginx does not serve the same bytes" >&2; exit 1; }
  read -r nginx_rps nginx_p50 nginx_p99 nginx_non2xx nginx_errors <<<"$(measure "http://127.0.0.1:$nginx_port/meetings")"
  stop_nginx

  echo "== $size meetings, Kestrel alone serving the list page's bytes from memory" >&2
  (cd "$work/ceiling" && exec taskset -c "$server_core" env ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
    dotnet KestrelCeiling.dll --File="$work/meetings.html" >"$work/ceiling.log" 2>&1) &
  site_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$site_port/meetings"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/ceiling.log" >&2; exit 1; }
    sleep 0.05
  done
  read -r ceiling_rps ceiling_p50 ceiling_p99 ceiling_non2xx ceiling_errors <<<"$(measure "http://127.0.0.1:$site_port/meetings")"
  stop_site

  echo "== $size meetings, output cache off" >&2
  start_site "$database" false
  run_targets "uncached-$size"
  memory_uncached="$(peak_memory_mb)"
  stop_site

  say ""
  say "=== $size meetings (generate-sample: $generate_s s; list page $html_bytes bytes, $br_bytes with Brotli)"
  say "stylesheet $stylesheet: $stylesheet_headers"
  say "cold start: $cold_health ms to the first 200 of /health, $cold_page ms to the first 200 of /meetings"
  say "peak memory (VmHWM): $memory_cached MB with the output cache, $memory_uncached MB without"
  say "nginx, list page bytes: $nginx_rps req/s, p50 $nginx_p50 ms, p99 $nginx_p99 ms, non-2xx $((nginx_non2xx + nginx_errors))"
  say "Kestrel alone, the same bytes from memory: $ceiling_rps req/s ($(awk -v a="$ceiling_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }') x nginx), p50 $ceiling_p50 ms, p99 $ceiling_p99 ms, non-2xx $((ceiling_non2xx + ceiling_errors))"
  print_table "cached-$size" "output cache on ($size meetings)" "$nginx_rps"
  print_table "uncached-$size" "output cache off ($size meetings)" "$nginx_rps"
done

mkdir -p "$here/out"
cp "$report" "$here/out/report-$(date -u '+%Y%m%d-%H%M%S').txt"
echo "" >&2
echo "Report kept in bench/out/." >&2
