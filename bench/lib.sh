# shellcheck shell=bash
# Helpers for bench/e2e.sh: database access, timing, bookkeeping of runs, pipeline files, summary.
# Sourced, not run. Expects LOGS, ROWS, TARGET_CSV, TARGET_PG and REFERENCE_ONLY from the caller.

# The benchmark's database. The generated pipeline files use the same values.
PGHOST=127.0.0.1
PGPORT=5432
PGUSER=postgres
PGDATABASE=dagg_bench

BENCH_RUNS=${BENCH_RUNS:-3}
DAGG=${DAGG:-./dagg}
FAILURES=0

note() { printf '[e2e] %s\n' "$*"; }
section() { printf '\n== %s ==\n' "$*"; }
fail() {
  printf '[e2e] ERROR: %s\n' "$@" >&2
  exit 1
}
need() { command -v "$1" >/dev/null || fail "$1 is missing; install it with: $2"; }
show_log() {
  printf '[e2e] last lines of %s:\n' "$1" >&2
  tail -n 30 "$1" | sed 's/^/    | /' >&2
}

psql_at() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$@"; }
psql_admin() { psql_at -d postgres "$@"; }
psql_db() { psql_at -d "$PGDATABASE" "$@"; }
# Flushes dirty pages before each timed run, so no run pays for the previous run's writes.
checkpoint() { psql_db -c CHECKPOINT; }

# measure LOG CMD...: runs CMD with its output in LOG; sets LAST_RC and LAST_SECONDS (wall time).
measure() {
  local log="$1" start end
  shift
  start=$(date +%s.%N)
  set +e
  "$@" >"$log" 2>&1
  LAST_RC=$?
  set -e
  end=$(date +%s.%N)
  LAST_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  LAST_LOG="$log"
}

# check_rows TABLE EXPECTED: prints "ok", or what is wrong with the table's row count.
check_rows() {
  local count
  if ! count=$(psql_db -At -c "SELECT count(*) FROM public.$1" 2>/dev/null); then
    echo "table $1 does not exist"
  elif ((count != $2)); then
    echo "table $1 has $count rows, expected $2"
  else
    echo ok
  fi
}

# record SECTION SIDE RUN CHECK: files the last measured run under SECTION-SIDE, or counts a failure.
record() {
  local key="$1-$2" what="run $3, $2"
  if ((LAST_RC != 0)); then
    note "$what: FAILED (exit $LAST_RC after $LAST_SECONDS s)"
    show_log "$LAST_LOG"
    FAILURES=$((FAILURES + 1))
  elif [[ "$4" != ok ]]; then
    note "$what: FAILED ($4)"
    show_log "$LAST_LOG"
    FAILURES=$((FAILURES + 1))
  else
    note "$what: $LAST_SECONDS s"
    echo "$LAST_SECONDS" >>"$LOGS/$key.times"
  fi
}

median() {
  [[ -s "$1" ]] || return 0
  sort -g "$1" | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# watch_heap OUT CMD...: runs CMD while a poller writes the max heap of the JVM it starts into OUT.
watch_heap() {
  local out="$1" poller
  shift
  echo "not seen (no JVM found while the run lasted)" >"$out"
  poll_heap "$out" $$ &
  poller=$!
  "$@"
  kill "$poller" 2>/dev/null || true
  wait "$poller" 2>/dev/null || true
}

poll_heap() {
  local out="$1" root="$2" pid
  while sleep 1; do
    for pid in $(descendants "$root"); do
      [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] || continue
      tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -e plexus-classworlds -e maven && continue
      heap_of "$pid" >"$out"
      return
    done
  done
}

# The JVM's own MaxHeapSize (counts -Xmx from JAVA_OPTS, JDK_JAVA_OPTIONS or the command line).
heap_of() {
  local jcmd bytes
  jcmd="$(dirname "$(readlink "/proc/$1/exe")")/jcmd"
  bytes=$("$jcmd" "$1" VM.flags 2>/dev/null | grep -o -e '-XX:MaxHeapSize=[0-9]*' | head -n 1 | cut -d= -f2 || true)
  if [[ -n "$bytes" ]]; then
    echo "MaxHeapSize $((bytes / 1048576)) MB"
  else
    echo "command line: $(tr '\0' ' ' <"/proc/$1/cmdline" | grep -o -e '-Xmx[^ ]*' || echo 'no -Xmx')"
  fi
}

descendants() {
  local child
  for child in $(pgrep -P "$1"); do
    echo "$child"
    descendants "$child"
  done
}

destination_yaml() {
  cat <<EOF
destination:
  connector: postgres
  config: {host: $PGHOST, port: $PGPORT, database: $PGDATABASE, user: $PGUSER, schema: public}
  mode: append
EOF
  [[ -z "${1:-}" ]] || echo "  table: $1"
}

# csv_pipeline NAME PATH [TABLE]. Every run gets a new pipeline name, so no checkpoint kept from an
# earlier run can make a run resume instead of loading everything.
csv_pipeline() {
  cat <<EOF
name: bench_$1_$(date +%s)
source:
  connector: csv
  config:
    path: $2
    columns: {date: timestamp, delay: int, distance: int, origin: string, destination: string}
EOF
  destination_yaml "${3:-}"
}

pg_pipeline() {
  cat <<EOF
name: bench_$1_$(date +%s)
source:
  connector: postgres
  config: {host: $PGHOST, port: $PGPORT, database: $PGDATABASE, user: $PGUSER, schema: public, tables: [flights]}
EOF
  destination_yaml flights2
}

rows_per_second() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%d", r / s }'; }

# summary_row LABEL KEY TARGET: median times of both sides of KEY, their ratio and the verdict.
summary_row() {
  local ref dagg ratio verdict
  ref=$(median "$LOGS/$2-ref.times")
  dagg=$(median "$LOGS/$2-dagg.times")
  if $REFERENCE_ONLY; then
    ratio="-" verdict="(reference only)"
  elif [[ -z "$dagg" || -z "$ref" ]]; then
    ratio="-" verdict="FAILED"
  else
    ratio=$(awk -v a="$dagg" -v b="$ref" 'BEGIN { printf "%.2f", a / b }')
    verdict=$(awk -v r="$ratio" -v t="$3" 'BEGIN { print (r <= t ? "OK" : "MISSED") }')
  fi
  printf '%-28s %10s %10s %7s %7s  %s\n' "$1" "${ref:--}" "${dagg:--}" "$ratio" "<= $3" "$verdict"
  printf '%-28s %10s %10s\n' "  rows/s" \
    "$([[ -n "$ref" ]] && rows_per_second "$ROWS" "$ref" || echo -)" \
    "$([[ -n "$dagg" ]] && rows_per_second "$ROWS" "$dagg" || echo -)"
}

summary_memory() {
  local seconds rss heap
  seconds=$(median "$LOGS/c-dagg.times")
  if [[ -z "$seconds" ]]; then
    echo "(c) memory, $((ROWS * 10)) rows, -Xmx512m: FAILED"
    return
  fi
  rss=$(sort -n "$LOGS/c-rss-kb" | tail -n 1)
  heap=$(sort -u "$LOGS"/c-heap-*.txt | paste -sd ';' -)
  echo "(c) memory, $((ROWS * 10)) rows, -Xmx512m: $seconds s, $(rows_per_second $((ROWS * 10)) "$seconds") rows/s," \
    "max RSS $((rss / 1024)) MB; JVM heap limit seen: $heap"
}

summary() {
  {
    section "Results: median of $BENCH_RUNS runs, wall seconds ($(date -u +%FT%TZ), $(nproc) cores)"
    printf '%-28s %10s %10s %7s %7s  %s\n' test psql dagg ratio target verdict
    summary_row "(a) CSV -> PG, $ROWS rows" a "$TARGET_CSV"
    summary_row "(b) PG -> PG, $ROWS rows" b "$TARGET_PG"
    $REFERENCE_ONLY || summary_memory
    ((FAILURES == 0)) || echo "$FAILURES run(s) FAILED; logs in $LOGS/"
  } | tee "$LOGS/summary.txt"
  ((FAILURES == 0))
}
