#!/usr/bin/env bash
# Load test of one server: HTTP reads and run triggering at 200 concurrent clients, then 10,000
# authenticated WebSocket connections receiving a run's progress (bench/server/WsLoad.java).
# Reads are measured twice: open loop at fixed request rates (bench/server/ReadLoad.java, latency
# from when each request was due: what users see at that load) and closed loop with wrk (as fast
# as the clients can go: the most the server answers). Starts the server as ./dagg server does on
# a free port of 127.0.0.1 with a throwaway H2 data directory, and stops it at the end. Prints
# latency percentiles, server memory and progress delivery lag.
#
#   bench/server-load.sh                 # everything
#   LOAD_DURATION=10s LOAD_WARMUP=30s WS_CONNECTIONS=2000 bench/server-load.sh
#   LOAD_PARTS=ws SERVER_JAVA_OPTS=-Xmx1g bench/server-load.sh   # only the WebSocket part
#   LOAD_PARTS=read LOAD_RATES="500 1000" bench/server-load.sh   # reads only, open loop at two rates
#
# LOAD_PARTS picks parts among "read ws trigger" (default all three, in that order: triggering
# last, as it leaves thousands of queued runs behind); SERVER_JAVA_OPTS go to the server's JVM.
#
# Needs: the jar (built if missing), wrk (installed with apt-get if missing), curl, jq, and for the
# WebSocket part the 3,000,000-row flights CSV of bench/fetch-data.sh (fetched if missing).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAR="$ROOT/server/target/dataaggregator.jar"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
DURATION="${LOAD_DURATION:-20s}" # whole seconds with an "s": wrk and ReadLoad both read it
# On two cores the JIT compiler takes half a core for minutes under load; measuring before it
# settles reports its work, not the server's. Each read path is warmed this long first.
WARMUP="${LOAD_WARMUP:-60s}"
CLIENTS="${LOAD_CLIENTS:-200}"
# Request rates of the open-loop read runs (bench/server/ReadLoad.java): the clients together ask
# for this many requests per second on a fixed timetable, and latency counts from when each was due.
RATES="${LOAD_RATES:-1000 2000 3000 4000}"
THREADS="${LOAD_THREADS:-2}"
WS_CONNECTIONS="${WS_CONNECTIONS:-10000}"
PARTS="${LOAD_PARTS:-read ws trigger}"
read -r -a SERVER_OPTS <<<"${SERVER_JAVA_OPTS:-}"
PASSWORD="Load-Bench-Passphrase-42"
WORK="$(mktemp -d /tmp/dagg-load.XXXXXX)"
SERVER_PID=""

log() { printf '[server-load] %s\n' "$*"; }

cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A socket per connection on each side (client and server are separate processes), plus files.
NEEDED_FILES=$((WS_CONNECTIONS + 4000))
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (($(ulimit -n) < NEEDED_FILES)); then
  log "ERROR: open files limit is $(ulimit -n), $NEEDED_FILES needed; raise it (ulimit -Hn)"
  exit 1
fi

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y wrk >/dev/null; }
for tool in curl jq; do command -v "$tool" >/dev/null || { log "ERROR: $tool is missing"; exit 1; }; done
[[ -f "$JAR" ]] || { log "building the jar"; (cd "$ROOT" && ./mvnw -q -pl server -am -DskipTests package); }

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"

start_server() {
  # As users start it (the README's command: the jar extracted, see ../dagg); the launcher execs
  # the JVM, so $! is the server's own pid (WsLoad reads its memory from /proc).
  DAGG_ADMIN_PASSWORD="$PASSWORD" JAVA_OPTS="${SERVER_OPTS[*]} -Ddagg.runs.progress-interval=500ms" \
    "$ROOT/dagg" server --port "$PORT" --data-dir "$WORK/store" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; exit 1; }
    sleep 0.5
  done
  log "ERROR: the server did not start"; tail -40 "$WORK/server.log"; exit 1
}

stop_server() {
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

login() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" | jq -r .accessToken
}

pipeline_yaml() { # name source-csv output-dir mode
  printf 'name: %s\nsource:\n  connector: csv\n  config: {path: %s}\ndestination:\n  connector: json\n  config: {path: %s}\n  mode: %s\n' "$1" "$2" "$3" "$4"
}

# Stores pipelines through the pipelines API (POST /api/v1/pipelines {yaml}). Fills
# PIPELINE_ID[name].
declare -A PIPELINE_ID
create_pipelines() { # name=yaml-file ...
  local spec name body reply
  for spec in "$@"; do
    name="${spec%%=*}"
    body="$(jq -n --rawfile y "${spec#*=}" '{yaml: $y}')"
    reply="$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "$body" "$BASE/api/v1/pipelines")"
    PIPELINE_ID[$name]="$(jq -r '.id // empty' <<<"$reply")"
    [[ -n "${PIPELINE_ID[$name]}" ]] || { log "ERROR: creating pipeline $name: $reply"; exit 1; }
  done
}

percentiles_lua() {
  cat <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("  requests %d in %.1f s: %.0f req/s, errors %d (non-2xx %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  io.write(string.format("  latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
LUA
}

# --- data and pipelines ---------------------------------------------------------------------
mkdir -p "$WORK/data"
cp "$ROOT/examples/data/airports.csv" "$WORK/data/airports.csv"
FLIGHTS="$BENCH_DIR/data/flights.csv"
[[ -s "$FLIGHTS" ]] || "$BENCH_DIR/fetch-data.sh"

log "starting the server on port $PORT (data in $WORK/store)"
start_server
TOKEN="$(login)"
SPECS=()
for i in 1 2 3 4 5; do
  pipeline_yaml "bench-$i" "$WORK/data/airports.csv" "$WORK/out-$i" append >"$WORK/bench-$i.yaml"
  SPECS+=("bench-$i=$WORK/bench-$i.yaml")
done
pipeline_yaml "bench-ws" "$FLIGHTS" "$WORK/out-ws" overwrite >"$WORK/bench-ws.yaml"
SPECS+=("bench-ws=$WORK/bench-ws.yaml")
create_pipelines "${SPECS[@]}"

IDS=()
for i in 1 2 3 4 5 ws; do IDS+=("${PIPELINE_ID[bench-$i]}"); done
WS_PIPELINE="${IDS[5]}"
log "pipelines: ${IDS[*]}"

# --- HTTP ------------------------------------------------------------------------------------
percentiles_lua >"$WORK/percentiles.lua"
RESULTS="$WORK/results.txt"
# /actuator/health (no token; it pings the store and checks the disk) is the trivial comparison.
for path in /actuator/health /api/v1/pipelines "/api/v1/runs?limit=20"; do
  [[ " $PARTS " == *" read "* ]] || break
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE$path")
  if [[ "$code" != 200 ]]; then
    echo "GET $path: skipped (answers $code on this build)" | tee -a "$RESULTS"
    continue
  fi
  wrk -t"$THREADS" -c"$CLIENTS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" --latency \
    -s "$WORK/percentiles.lua" "$BASE$path" >/dev/null 2>&1 || true # warm-up
  echo "GET $path, $CLIENTS clients as fast as they can (wrk, closed loop), $DURATION:" | tee -a "$RESULTS"
  wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" -H "Authorization: Bearer $TOKEN" \
    -s "$WORK/percentiles.lua" "$BASE$path" | grep -E '^  (requests|latency) ' | tee -a "$RESULTS"
  for rate in $RATES; do
    echo "GET $path, $CLIENTS clients at $rate req/s together (open loop), ${DURATION%s} s:" | tee -a "$RESULTS"
    "$JAVA" "$BENCH_DIR/server/ReadLoad.java" 127.0.0.1 "$PORT" "$TOKEN" "$path" "$CLIENTS" \
      "$rate" "${DURATION%s}" | tee -a "$RESULTS"
  done
done

# --- WebSocket -------------------------------------------------------------------------------
if [[ " $PARTS " == *" ws "* ]]; then
log "WebSocket: $WS_CONNECTIONS connections, one run of $(($(wc -l <"$FLIGHTS") - 1)) rows"
echo "WebSocket, $WS_CONNECTIONS connections subscribed to everything, one run:" >>"$RESULTS"
"$JAVA" -Xss256k "$BENCH_DIR/server/WsLoad.java" 127.0.0.1 "$PORT" "$TOKEN" "$WS_CONNECTIONS" \
  "$WS_PIPELINE" "$SERVER_PID" | sed 's/^/  /' | tee -a "$RESULTS"
fi

# --- run triggering (last: it leaves thousands of queued runs behind) ------------------------
if [[ " $PARTS " == *" trigger "* ]]; then
{
  printf 'local ids = {'
  for id in "${IDS[@]:0:5}"; do printf '"%s",' "$id"; done
  printf '}\nlocal i = 0\nwrk.method = "POST"\n'
  printf 'request = function()\n  i = i + 1\n  return wrk.format(nil, "/api/v1/pipelines/" .. ids[i %% #ids + 1] .. "/runs")\nend\n'
  percentiles_lua
} >"$WORK/trigger.lua"
echo "POST /api/v1/pipelines/{id}/runs (queue a run), $CLIENTS clients, $DURATION:" | tee -a "$RESULTS"
wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" -H "Authorization: Bearer $TOKEN" \
  -s "$WORK/trigger.lua" "$BASE/" | sed -n '/requests /,$p' | tee -a "$RESULTS"
echo "  runs queued: $(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/runs?limit=1" | jq .total)" | tee -a "$RESULTS"
fi

echo
echo "== Results ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), server JVM options: ${SERVER_JAVA_OPTS:-none}) =="
cat "$RESULTS"
