#!/usr/bin/env bash
# Listener throughput with the request log on versus off, and a count of the entries stored.
# Standalone: not part of ./test. Needs h2load (nghttp2-client) and, for DB=postgres, psql.
#
#   bench/journal/run.sh                 # H2 file database, the default deployment
#   DB=postgres bench/journal/run.sh     # the local PostgreSQL (127.0.0.1:5432, user postgres, db test)
#
# Knobs: REQUESTS (per measured run, default 200000), WARMUP (default 1000000, about 20 s: code that runs
# once per batch or per chunk, H2's insert and commit above all, reaches the JIT's optimizing compiler
# only after tens of seconds, and after 300000 requests the compiler still took 2-4 us per request
# more with the log on than off; both runs get the same warm-up, and the measured runs are steady state), CLIENTS (default 32),
# ROUNDS (off/on pairs, default 3), PORT (default: a free one), MVN_ARGS (extra Maven arguments for the build),
# APP_OPTS (extra JVM options for the platform, e.g. -Ddynamic-endpoints.request-log.queue-capacity=50000).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh

DB=${DB:-h2}
REQUESTS=${REQUESTS:-200000}
WARMUP=${WARMUP:-1000000}
CLIENTS=${CLIENTS:-32}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PASSWORD=bench-admin-password
JAR=app/target/dynamic-endpoints.jar
WORK=$(mktemp -d /tmp/journal-bench.XXXXXX)
BASE=http://127.0.0.1:$PORT
APP_PID=

cleanup() { [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

if [[ ! -f $JAR ]]; then
  echo "Building $JAR ..."
  mvn -B -q -DskipTests ${MVN_ARGS:-} package >/dev/null
fi

printf '{"ref": "C-1042", "event": "invoice.paid", "customer": {"email": "ada@example.com", "name": "Ada"}, "amount": 2500, "items": [{"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1}]}' > "$WORK/body.json"

# Starts the platform on a fresh database; $1 = true|false (request log on?), $2 = run name.
start() {
  local enabled=$1 name=$2 db_props=()
  if [[ $DB == postgres ]]; then
    SCHEMA="journal_bench_${name//-/_}_$$"
    db_props=(-Ddatasources.default.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
      -Ddatasources.default.username=postgres -Ddatasources.default.password=
      -Dflyway.datasources.default.default-schema="$SCHEMA" -Dflyway.datasources.default.create-schemas=true)
  else
    # The shipped default (application.yml), a file under the working directory: its settings
    # (WRITE_DELAY=0 above all) decide how much the log costs, so the bench does not restate them.
    DB_FILE="$WORK/$name/data/dynamic-endpoints"
  fi
  mkdir -p "$WORK/$name"
  if curl -s -o /dev/null "$BASE/health"; then echo "port $PORT is taken by another process; set PORT" >&2; exit 1; fi
  (cd "$WORK/$name" && exec java -Xmx1g ${APP_OPTS:-} -Dmicronaut.server.port="$PORT" \
    -Ddynamic-endpoints.admin.password=$PASSWORD -Ddynamic-endpoints.admin.bcrypt-cost=4 \
    -Ddynamic-endpoints.request-log.enabled="$enabled" "${db_props[@]}" \
    -jar "$OLDPWD/$JAR" > "$WORK/$name/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BASE/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "platform exited; see $WORK/$name/app.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "$BASE/health" >/dev/null || { echo "platform did not start; see $WORK/$name/app.log"; exit 1; }
  TOKEN=$(curl -fs -X POST "$BASE/login" -H 'Content-Type: application/json' \
    -d "{\"username\": \"admin\", \"password\": \"$PASSWORD\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  local created
  created=$(curl -fs -X POST "$BASE/api/workflows" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name": "Bench", "run_mode": "sync", "published": true, "listener": {"return_type": "data",
         "return_data": "{\"status\": \"received\", \"ref\": \"{{ __data.ref }}\"}"}}')
  WORKFLOW_ID=$(sed 's/^{"id":\([0-9]*\),.*/\1/' <<<"$created")
  LISTENER_URL=$(sed 's/.*"url":"\([^"]*\)".*/\1/' <<<"$created")
}

stop() {
  kill "$APP_PID"        # SIGTERM: a graceful shutdown, which drains the request log's queue
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# Runs h2load; prints requests per second; fails when a request did not get a 2xx.
load() {
  local n=$1 out
  out=$(h2load --h1 -n "$n" -c "$CLIENTS" -t 1 -d "$WORK/body.json" \
    -H 'Content-Type: application/json' -H 'X-Event: invoice.paid' -H 'Authorization: Basic c2VjcmV0' \
    "$LISTENER_URL")
  grep -q "requests: $n total, $n started, $n done, $n succeeded, 0 failed, 0 errored" <<<"$out" \
    || { echo "$out" >&2; echo "h2load: not every request succeeded" >&2; exit 1; }
  grep -q "status codes: $n 2xx" <<<"$out" || { echo "$out" >&2; echo "h2load: non-2xx answers" >&2; exit 1; }
  awk '/^finished in/ {gsub(",", "", $4); print $4}' <<<"$out"
}

# CPU seconds the platform's process has used so far (user + system).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat"; }

health_field() { curl -fs "$BASE/health" | sed "s/.*\"requestLog\":{[^}]*\"details\":{[^}]*\"$1\":\([0-9]*\).*/\1/"; }

count_entries() {
  if [[ $DB == postgres ]]; then
    psql -h 127.0.0.1 -U postgres -d test -tAc "SELECT SUM(entry_count) FROM $SCHEMA.request_log_chunk WHERE workflow_id = $WORKFLOW_ID"
  else
    java -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DB_FILE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      -user sa -password '' -sql "SELECT SUM(entry_count) FROM request_log_chunk WHERE workflow_id = $WORKFLOW_ID" \
      | sed -n '2p' | tr -d ' '
  fi
}

drop_schema() { [[ $DB == postgres ]] && PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA $SCHEMA CASCADE" || true; }

echo "DB=$DB REQUESTS=$REQUESTS WARMUP=$WARMUP CLIENTS=$CLIENTS ROUNDS=$ROUNDS APP_OPTS=${APP_OPTS:-} cores=$(nproc) java=$(java -version 2>&1 | head -1) load=$(cut -d' ' -f1-3 /proc/loadavg)"
declare -a OFF ON OFF_CPU ON_CPU
for round in $(seq 1 "$ROUNDS"); do
  for enabled in false true; do
    name="r$round-$enabled"
    start "$enabled" "$name"
    load "$WARMUP" >/dev/null
    cpu_before=$(cpu_seconds)
    rps=$(load "$REQUESTS")
    if [[ $enabled == true ]]; then
      # Until the writer has stored the last request: its work belongs to the measured requests.
      for _ in $(seq 1 100); do [[ $(health_field queued) == 0 ]] && break; sleep 0.1; done
    fi
    cpu_us=$(awk -v a="$cpu_before" -v b="$(cpu_seconds)" -v n="$REQUESTS" 'BEGIN {printf "%.1f", (b - a) * 1e6 / n}')
    if [[ $enabled == true ]]; then
      ON+=("$rps"); ON_CPU+=("$cpu_us")
      dropped=$(health_field dropped); failed=$(health_field failed)
      stop
      stored=$(count_entries)
      expected=$((WARMUP + REQUESTS))
      echo "round $round  journal on : $rps req/s, $cpu_us us CPU/request   entries stored $stored of $expected requests (dropped $dropped, failed $failed)"
      [[ $stored == "$expected" ]] || echo "  !! entries lost: $((expected - stored))"
    else
      OFF+=("$rps"); OFF_CPU+=("$cpu_us")
      stop
      echo "round $round  journal off: $rps req/s, $cpu_us us CPU/request"
    fi
    drop_schema
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
off=$(median "${OFF[@]}"); on=$(median "${ON[@]}")
off_cpu=$(median "${OFF_CPU[@]}"); on_cpu=$(median "${ON_CPU[@]}")
echo "median off: $off req/s, median on: $on req/s, throughput ratio on/off: $(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.1f%%", 100 * a / b}')"
echo "median CPU per request: off $off_cpu us, on $on_cpu us; CPU ratio off/on: $(awk -v a="$off_cpu" -v b="$on_cpu" 'BEGIN {printf "%.1f%%", 100 * a / b}') (the throughput ratio a dedicated, saturated machine would see)"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
rm -rf "$WORK"
