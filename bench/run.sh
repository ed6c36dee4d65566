#!/usr/bin/env bash
# The catalog against the limit: the same HTML bytes served as a static file by nginx on the same core. Publishes
# the site, generates the sample on each provider and at each size, starts the site pinned to core 0, drives it with
# wrk from core 1, and prints for each page requests per second and p99 latency at 16 connections, p50 at one
# connection (the service time, which moves least on a shared machine), non-2xx answers and the ratio to nginx
# measured in the same round, with the output cache on and off, plus the time to generate, the database's size,
# cold start and peak memory; then judges the targets of bench/RESULTS.md. Every measurement is repeated
# (BENCH_RUNS rounds, nginx's measured in each round beside the site's) and reported as the median with the
# range (min–max). Kestrel alone serving the same bytes from memory (bench/KestrelCeiling) shows how much of the
# gap to nginx is the server's own.
#
#   bench/run.sh                                         # SQLite, 100,000 then 1,000 meetings
#   BENCH_PROVIDERS="sqlite postgres" bench/run.sh       # both providers (PostgreSQL: a server of its own, below)
#   BENCH_SIZES="1000000 100000 1000" bench/run.sh       # a million meetings too
#   BENCH_PROVIDERS="sqlite postgres" BENCH_SIZES="1000 100000 1000000" BENCH_POSTGRES_SIZES="1000 100000" bench/run.sh
#                                                        # the issue's matrix: a million on SQLite only
#   BENCH_DURATION=3 BENCH_WARMUP=2 BENCH_RUNS=1 BENCH_SIZES=1000 bench/run.sh   # a quick try
#   BENCH_PAGES="list list-fr" BENCH_RUNS=5 BENCH_SIZES=100000 bench/run.sh   # some of the pages only (names below)
#
# With postgres among the providers it starts a PostgreSQL cluster of its own from Debian's packages (as .ci/run
# does), on 127.0.0.1:$BENCH_POSTGRES_PORT (5434 unless set), pinned to the site's core, removed at the end.
# Needs the .NET 10 SDK, wrk, nginx (nginx-light is enough), curl, taskset and GNU time, two cores, and for
# PostgreSQL the postgresql package. Everything it makes lives in a temporary folder, removed at the end; the report
# is printed and kept in bench/out/. A full run on both providers at 100,000 and 1,000 meetings takes about an hour.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
duration="${BENCH_DURATION:-10}"
# Long enough for tiered compilation to finish optimizing the hot code on a single core.
warmup="${BENCH_WARMUP:-10}"
runs="${BENCH_RUNS:-3}"
connections="${BENCH_CONNECTIONS:-16}"
sizes="${BENCH_SIZES:-100000 1000}"
providers="${BENCH_PROVIDERS:-sqlite}"
# PostgreSQL's sizes, if not the same as SQLite's (generating a million meetings there takes long).
postgres_sizes="${BENCH_POSTGRES_SIZES:-$sizes}"
site_port="${BENCH_SITE_PORT:-5391}"
nginx_port="${BENCH_NGINX_PORT:-5392}"
pg_port="${BENCH_POSTGRES_PORT:-5434}"
server_core=0
client_core=1

for provider in $providers; do
  case "$provider" in
    sqlite | postgres) ;;
    *) echo "BENCH_PROVIDERS: '$provider' is neither sqlite nor postgres." >&2; exit 1 ;;
  esac
done
for size in $sizes $postgres_sizes; do
  [[ "$size" =~ ^[0-9]+$ ]] && [ "$size" -ge 1 ] && [ "$size" -le 2000000 ] \
    || { echo "BENCH_SIZES: '$size' is not a number of meetings from 1 to 2,000,000." >&2; exit 1; }
done

missing=()
for tool in dotnet wrk nginx curl taskset awk; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=("time")
pg_bin=""
if [[ " $providers " == *" postgres "* ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  { [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; } || missing+=("postgresql")
  command -v psql >/dev/null 2>&1 || missing+=("postgresql-client")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian or Ubuntu: apt-get install wrk nginx-light curl util-linux time postgresql (and the .NET 10 SDK)." >&2
  exit 1
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ "$(nproc)" -lt 2 ]; then
  echo "Two cores are needed: one for the server, one for wrk." >&2
  exit 1
fi

work="$(mktemp -d -t wsis-bench.XXXXXX)"
# nginx's workers, and PostgreSQL, may run as another user when started by root: they must reach their folders.
chmod 755 "$work"
site_pid=""
nginx_started=""
pg_started=""

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
postgres_user=()
if [ "$(id -u)" -eq 0 ]; then postgres_user=(runuser -u postgres --); fi
as_postgres() { "${postgres_user[@]}" "$@"; }

stop_site() {
  if [ -n "$site_pid" ] && kill -0 "$site_pid" 2>/dev/null; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
  fi
  site_pid=""
}

stop_nginx() {
  if [ -n "$nginx_started" ] && [ -f "$work/nginx/nginx.pid" ]; then
    kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$work/nginx/nginx.pid" ] || break; sleep 0.05; done
  fi
  nginx_started=""
}

stop_postgres() {
  if [ -n "$pg_started" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  pg_started=""
}

cleanup() {
  stop_site
  stop_nginx
  stop_postgres
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

# The median of some numbers and their range, "median (min–max)"; a single number as itself.
summary() {
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    fmt = (m >= 100) ? "%.0f" : "%.2f"
    if (NR == 1) printf fmt, m; else printf fmt " (" fmt "–" fmt ")", m, v[1], v[NR] }'
}

median() { summary "$@" | awk '{ print $1 }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print 0 }'; }

sum() { local total=0 v; for v in "$@"; do total=$(( total + v )); done; echo "$total"; }

# wrk from the client core against one address with some connections; prints "rps p50 p99 non-2xx-and-errors".
measure() {
  local url="$1" conns="$2" out
  out="$(taskset -c "$client_core" wrk -t1 -c"$conns" -d"${duration}s" --latency "$url" 2>&1)"
  local rps p50 p99 non2xx errors
  rps="$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')"
  p50="$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")"
  p99="$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")"
  non2xx="$(echo "$out" | awk '/Non-2xx or 3xx responses/ { print $NF }')"
  errors="$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')"
  echo "${rps:-0} ${p50:-0} ${p99:-0} $(( ${non2xx:-0} + ${errors:-0} ))"
}

warm() { taskset -c "$client_core" wrk -t1 -c"$connections" -d"${warmup}s" "$1" >/dev/null 2>&1 || true; }

start_postgres() {
  mkdir -p "$work/pg"
  echo "wsis-bench" >"$work/pg/password"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$work/pg"; fi
  as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U wsis --pwfile="$work/pg/password" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log" 2>&1 || { cat "$work/pg/initdb.log" >&2; exit 1; }
  # On the site's core, as SQLite is, inside the site's process.
  taskset -c "$server_core" "${postgres_user[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg -c max_connections=200" start >/dev/null \
    || { cat "$work/pg/server.log" >&2; exit 1; }
  pg_started=1
}

psql_bench() { PGPASSWORD=wsis-bench psql -h 127.0.0.1 -p "$pg_port" -U wsis -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }

# The environment that points the site at one provider's database of one size, one assignment a line.
database_env() {
  if [ "$1" = postgres ]; then
    echo "Database__Provider=Postgres"
    echo "ConnectionStrings__Default=Host=127.0.0.1;Port=$pg_port;Username=wsis;Password=wsis-bench;Database=wsis_$2"
  else
    echo "ConnectionStrings__Default=Data Source=$work/catalog-$2.db"
  fi
}

start_site() {
  local cache="$1"
  local started
  started="$(now_ms)"
  (
    cd "$work/app"
    # Searches are rate-limited per client address; wrk is one address sending thousands a second.
    exec taskset -c "$server_core" env "${db_env[@]}" \
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
  cat >"$work/nginx/nginx.conf" <<NGINX
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
NGINX
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

sizes_of() { if [ "$1" = postgres ]; then echo "$postgres_sizes"; else echo "$sizes"; fi; }

# results[key] holds one value per round, space-separated; key = provider|size|cached or uncached|page|figure.
declare -A results
add() { results["$1"]="${results["$1"]:-} $2"; }
values() { echo "${results["$1"]:-}"; }

# One round: every page at 16 connections and at one; in the cached pass nginx first, so that each page's ratio
# to nginx is of the same round.
measure_round() {
  local key="$1" with_nginx="$2" rps p50 p99 bad nginx_rps=0
  if [ "$with_nginx" = yes ]; then
    read -r rps p50 p99 bad <<<"$(measure "http://127.0.0.1:$nginx_port/meetings" "$connections")"
    add "$key|nginx|rps" "$rps"; add "$key|nginx|p99" "$p99"; add "$key|nginx|bad" "$bad"
    nginx_rps="$rps"
    read -r rps p50 p99 bad <<<"$(measure "http://127.0.0.1:$nginx_port/meetings" 1)"
    add "$key|nginx|p50c1" "$p50"; add "$key|nginx|bad" "$bad"
  fi
  for name in "${names[@]}"; do
    read -r rps p50 p99 bad <<<"$(measure "http://127.0.0.1:$site_port${targets[$name]}" "$connections")"
    add "$key|$name|rps" "$rps"; add "$key|$name|p99" "$p99"; add "$key|$name|bad" "$bad"
    if [ "$with_nginx" = yes ]; then add "$key|$name|xnginx" "$(ratio "$rps" "$nginx_rps")"; fi
    read -r rps p50 p99 bad <<<"$(measure "http://127.0.0.1:$site_port${targets[$name]}" 1)"
    add "$key|$name|p50c1" "$p50"; add "$key|$name|bad" "$bad"
  done
}

print_table() {
  local key="$1" title="$2" cached="$3" ratio_column=""
  say ""
  say "$title"
  [ "$cached" = yes ] && ratio_column="x nginx"
  printf '%-9s %-22s %-22s %-18s %-22s %7s\n' "page" "req/s (c$connections)" "p99 ms (c$connections)" "$ratio_column" "p50 ms (c1)" "non-2xx" | tee -a "$report"
  for name in "${names[@]}"; do
    ratio_column=""
    [ "$cached" = yes ] && ratio_column="$(summary $(values "$key|$name|xnginx"))"
    printf '%-9s %-22s %-22s %-18s %-22s %7s\n' "$name" \
      "$(summary $(values "$key|$name|rps"))" "$(summary $(values "$key|$name|p99"))" "$ratio_column" \
      "$(summary $(values "$key|$name|p50c1"))" "$(sum $(values "$key|$name|bad"))" | tee -a "$report"
  done
}

all_names=(list list-fr filtered search deep meeting api atom sitemap)
read -r -a names <<< "${BENCH_PAGES:-${all_names[*]}}"
for name in "${names[@]}"; do
  [[ " ${all_names[*]} " == *" $name "* ]] \
    || { echo "BENCH_PAGES: '$name' is not one of the pages: ${all_names[*]}." >&2; exit 1; }
done
declare -A targets=(
  [list]="/meetings"
  [list-fr]="/fr/meetings"
  [filtered]="/meetings?theme=c5-confidence-and-security&year=2005"
  [search]="/meetings?q=cybersecurity"
  [deep]="/meetings?page=1500"
  [meeting]="/meetings/wsis-thematic-meeting-on-cybersecurity-2005"
  [api]="/api/meetings"
  [atom]="/meetings.atom"
  [sitemap]="/sitemap.xml"
)

say "WsisEvents benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
say ".NET SDK $(dotnet --version), $("$nginx_bin" -v 2>&1 | sed 's/nginx version: //'), $(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }')${pg_bin:+, $("$pg_bin/postgres" --version)}"
say "server on core $server_core, wrk on core $client_core; $connections connections and 1; ${warmup} s warm-up per address, then $runs rounds of ${duration} s per address and connection count, nginx measured in each round; figures are the median (min–max) of the rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# For this machine's platform, which makes the app ReadyToRun (see WsisEvents.Web.csproj), as in production.
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
echo "== publishing (Release, $rid, ReadyToRun)" >&2
dotnet publish "$repo/src/WsisEvents.Web" -c Release -r "$rid" -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
dotnet publish "$here/KestrelCeiling" -c Release -o "$work/ceiling" --nologo -v quiet >>"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }

for provider in $providers; do
  if [ "$provider" = postgres ]; then
    echo "== starting PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port" >&2
    start_postgres
  fi

  for size in $(sizes_of "$provider"); do
    mapfile -t db_env < <(database_env "$provider" "$size")
    if [ "$provider" = postgres ]; then psql_bench "CREATE DATABASE wsis_$size"; fi
    echo "== $provider: generating $size meetings" >&2
    generated="$(now_ms)"
    (cd "$work/app" && /usr/bin/time -f '%M' -o "$work/generate-$provider-$size.rss" env "${db_env[@]}" DataProtection__KeysDirectory="$work/keys" \
      dotnet WsisEvents.Web.dll generate-sample --meetings "$size" --seed 1 >"$work/generate-$provider-$size.log" 2>&1) \
      || { tail -20 "$work/generate-$provider-$size.log" >&2; exit 1; }
    generate_s="$(awk -v ms="$(( $(now_ms) - generated ))" 'BEGIN { printf "%.1f", ms / 1000 }')"
    generate_mb="$(awk '{ v = $1 } END { printf "%.0f", v / 1024 }' "$work/generate-$provider-$size.rss")"
    if [ "$provider" = postgres ]; then
      database_mb="$(psql_bench "SELECT round(pg_database_size('wsis_$size') / 1048576.0)")"
    else
      database_mb="$(du -cm "$work/catalog-$size.db"* | awk 'END { print $1 }')"
    fi
    key="$provider|$size"

    echo "== $provider, $size meetings, output cache on, beside nginx serving the list page's bytes" >&2
    start_site true
    cold_health="$health_ms" cold_page="$first_page_ms"
    curl -sf "http://127.0.0.1:$site_port/meetings" >"$work/meetings.html"
    html_bytes="$(wc -c <"$work/meetings.html")"
    br_bytes="$(curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port/meetings" | wc -c)"
    start_nginx "$work/meetings.html"
    curl -sf "http://127.0.0.1:$nginx_port/meetings" | cmp -s - "$work/meetings.html" || { echo "nginx does not serve the same bytes" >&2; exit 1; }
    warm "http://127.0.0.1:$nginx_port/meetings"
    for name in "${names[@]}"; do warm "http://127.0.0.1:$site_port${targets[$name]}"; done
    for round in $(seq 1 "$runs"); do
      echo "   round $round of $runs (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
      measure_round "$key|cached" yes
    done
    memory_cached="$(peak_memory_mb)"
    stop_nginx
    stop_site

    echo "== $provider, $size meetings, Kestrel alone serving the list page's bytes from memory" >&2
    (cd "$work/ceiling" && exec taskset -c "$server_core" env ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
      dotnet KestrelCeiling.dll --File="$work/meetings.html" >"$work/ceiling.log" 2>&1) &
    site_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$site_port/meetings"; do
      kill -0 "$site_pid" 2>/dev/null || { cat "$work/ceiling.log" >&2; exit 1; }
      sleep 0.05
    done
    warm "http://127.0.0.1:$site_port/meetings"
    read -r ceiling_rps ceiling_p50 ceiling_p99 ceiling_bad <<<"$(measure "http://127.0.0.1:$site_port/meetings" "$connections")"
    stop_site

    echo "== $provider, $size meetings, output cache off" >&2
    start_site false
    for name in "${names[@]}"; do warm "http://127.0.0.1:$site_port${targets[$name]}"; done
    for round in $(seq 1 "$runs"); do
      echo "   round $round of $runs (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
      measure_round "$key|uncached" no
    done
    memory_uncached="$(peak_memory_mb)"
    results["$key|memory"]="$(( memory_cached > memory_uncached ? memory_cached : memory_uncached ))"
    stop_site

    nginx_rps="$(median $(values "$key|cached|nginx|rps"))"
    say ""
    say "=== $provider, $size meetings (generate-sample: $generate_s s, peak memory $generate_mb MB; database $database_mb MB; list page $html_bytes bytes, $br_bytes with Brotli)"
    say "load average at the end of this size's passes (1, 5, 15 min; 2 cores): $(cut -d' ' -f1-3 /proc/loadavg)"
    say "cold start: $cold_health ms to the first 200 of /health, $cold_page ms to the first 200 of /meetings"
    say "peak memory (VmHWM): $memory_cached MB with the output cache, $memory_uncached MB without"
    say "nginx, list page bytes: $(summary $(values "$key|cached|nginx|rps")) req/s, p99 $(summary $(values "$key|cached|nginx|p99")) ms, p50 at c1 $(summary $(values "$key|cached|nginx|p50c1")) ms, non-2xx $(sum $(values "$key|cached|nginx|bad"))"
    say "Kestrel alone, the same bytes from memory (one run): $ceiling_rps req/s ($(ratio "$ceiling_rps" "$nginx_rps") x nginx's median), p99 $ceiling_p99 ms, non-2xx $ceiling_bad"
    print_table "$key|cached" "output cache on ($provider, $size meetings)" yes
    print_table "$key|uncached" "output cache off ($provider, $size meetings)" no
  done
  if [ "$provider" = postgres ]; then stop_postgres; fi
done

# The targets of bench/RESULTS.md, each judged on this run's medians: a ratio to nginx within each round, a ratio
# of two sizes or of two providers between passes of this run.
# A p99 of 0 is no figure: wrk printed none because no request of the round finished (all timed out); never a pass.
no_figure() { awk -v a="$1" 'BEGIN { if (a <= 0) printf "; no p99: no request finished within the round" }'; }
verdict() { say "$(printf '%-5s %s' "$([ "$1" = 1 ] && echo met || echo MISS)" "$2")"; }
say ""
say "=== targets"
bad_total=0
for key in "${!results[@]}"; do
  if [[ "$key" == *"|bad" ]]; then bad_total=$(( bad_total + $(sum $(values "$key")) )); fi
done
verdict "$([ "$bad_total" -eq 0 ] && echo 1)" "zero non-2xx: $bad_total"
for provider in $providers; do
  smallest="$(printf '%s\n' $(sizes_of "$provider") | sort -n | head -1)"
  for size in $(sizes_of "$provider"); do
    key="$provider|$size"
    if [[ " ${names[*]} " == *" list "* ]]; then
      list_ratio="$(median $(values "$key|cached|list|xnginx"))"
      verdict "$(awk -v r="$list_ratio" 'BEGIN { print (r >= 0.6) }')" "$provider $size: cached list >= 0.6 x nginx in the same round ($list_ratio)"
    fi
    for name in "${names[@]}"; do
      p50="$(median $(values "$key|uncached|$name|p50c1"))"
      p99="$(median $(values "$key|uncached|$name|p99"))"
      verdict "$(awk -v a="$p50" -v b="$p99" 'BEGIN { print (a <= 3 && b > 0 && b <= 50) }')" "$provider $size: $name uncached p50 at c1 <= 3 ms ($p50) and p99 at c$connections <= 50 ms ($p99)"
      if [ "$size" != "$smallest" ] && { [ "$name" = filtered ] || [ "$name" = search ]; }; then
        small="$(median $(values "$provider|$smallest|uncached|$name|p99"))"
        verdict "$(awk -v a="$p99" -v b="$small" 'BEGIN { print (a > 0 && a <= 2 * b) }')" "$provider $size: $name uncached p99 within 2 x its figure at $smallest meetings ($p99 vs $small ms$(no_figure "$p99"))"
      fi
      if [ "$provider" = postgres ] && [[ " $providers " == *" sqlite "* ]] && [[ " $sizes " == *" $size "* ]]; then
        sqlite_p50="$(median $(values "sqlite|$size|uncached|$name|p50c1"))"
        verdict "$(awk -v a="$p50" -v b="$sqlite_p50" 'BEGIN { print (a <= 2 * b) }')" "postgres $size: $name uncached p50 at c1 within 2 x SQLite's ($p50 vs $sqlite_p50 ms)"
      fi
      if [ "$size" -ge 1000000 ] && [[ " $(sizes_of "$provider") " == *" 100000 "* ]]; then
        for pass in cached uncached; do
          big="$(median $(values "$key|$pass|$name|p99"))"
          small="$(median $(values "$provider|100000|$pass|$name|p99"))"
          verdict "$(awk -v a="$big" -v b="$small" 'BEGIN { print (a > 0 && a <= 2 * b) }')" "$provider $size: $name $pass p99 within 2 x its figure at 100,000 ($big vs $small ms$(no_figure "$big"))"
        done
      fi
    done
    # Issue 13: the list in French costs within 10 % of the English one (service time, uncached).
    if [[ " ${names[*]} " == *" list "* && " ${names[*]} " == *" list-fr "* ]]; then
      fr_p50="$(median $(values "$key|uncached|list-fr|p50c1"))"
      en_p50="$(median $(values "$key|uncached|list|p50c1"))"
      verdict "$(awk -v a="$fr_p50" -v b="$en_p50" 'BEGIN { print (a > 0 && a <= 1.1 * b) }')" "$provider $size: list in French uncached p50 at c1 within 1.1 x the English one ($fr_p50 vs $en_p50 ms)"
    fi
    if [ "$size" -ge 1000000 ]; then
      verdict "$([ "${results["$key|memory"]}" -le 400 ] && echo 1)" "$provider $size: peak memory <= 400 MB (${results["$key|memory"]} MB)"
    fi
  done
done

mkdir -p "$here/out"
cp "$report" "$here/out/report-$(date -u '+%Y%m%d-%H%M%S').txt"
echo "" >&2
echo "Report kept in bench/out/." >&2
