#!/usr/bin/env bash
# End-to-end benchmark: `./dagg run` against PostgreSQL's own tools on real data (see README.md).
#
#   bench/e2e.sh                    everything: (a) CSV -> PG, (b) PG -> PG, (c) memory
#   bench/e2e.sh --reference-only   only the psql side of (a) and (b); needs no ./dagg
#
# Environment: BENCH_RUNS (default 3) runs per side; DAGG (default ./dagg) the launcher;
# BENCH_KEEP_DB=1 keeps the database dagg_bench afterwards (it is dropped by default);
# BENCH_MEMORY_RUNS (default 1) runs of the 30M-row memory test, which checks a bound, not a ratio.
# Exit status: 0 when every run loaded every row, 1 when a run failed or loaded a wrong row count,
# 2 on bad usage. A ratio that misses its target prints MISSED but does not fail the script.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source bench/lib.sh

REFERENCE_ONLY=false
case "${1:-}" in
  "") ;;
  --reference-only) REFERENCE_ONLY=true ;;
  *) echo "usage: bench/e2e.sh [--reference-only]" >&2; exit 2 ;;
esac

DATA=bench/data
CSV=$DATA/flights.csv
CSV_X10=$DATA/flights-x10.csv
LOGS=$DATA/logs
PIPELINES=$DATA/pipelines
ROWS=3000000
TARGET_CSV=1.25
TARGET_PG=1.3
# Used when ./dagg has not created the table (reference-only). The types follow the CSV columns the
# pipeline declares: timestamp -> timestamp, int -> integer, string -> text.
DEFAULT_DDL='CREATE TABLE public.flights (date timestamp, delay integer, distance integer, origin text, destination text);'

preflight() {
  for tool in psql pg_dump awk; do need "$tool" "apt-get install -y postgresql-client gawk"; done
  need /usr/bin/time "apt-get install -y time"
  bench/fetch-data.sh
  if ! $REFERENCE_ONLY && [[ ! -x "$DAGG" ]]; then
    fail "the launcher $DAGG does not exist or is not executable (expected at the repository root)." \
      "Build it first, or run 'bench/e2e.sh --reference-only' to time only the psql side."
  fi
  rm -rf "$LOGS" "$PIPELINES"
  mkdir -p "$LOGS" "$PIPELINES"
}

create_database() {
  note "creating throwaway database $PGDATABASE on $PGHOST:$PGPORT"
  psql_admin -c "DROP DATABASE IF EXISTS $PGDATABASE WITH (FORCE)" -c "CREATE DATABASE $PGDATABASE"
}

# Runs a tiny copy of the CSV through ./dagg: builds the jar if needed, and the table it creates is
# the definition the \copy reference loads into, so both sides write the same table.
warm_up_and_capture_ddl() {
  if $REFERENCE_ONLY; then
    printf '%s\n' "$DEFAULT_DDL" >"$LOGS/flights.ddl.sql"
  else
    note "warm-up (untimed): $DAGG run on 1,000 rows, builds the jar when missing"
    csv_pipeline warmup "$DATA/warmup/flights.csv" >"$PIPELINES/warmup.yaml"
    if ! "$DAGG" run "$PIPELINES/warmup.yaml" >"$LOGS/warmup.log" 2>&1; then
      show_log "$LOGS/warmup.log"
      fail "the warm-up run of $DAGG failed; no figure can be measured."
    fi
    local rows
    rows=$(check_rows flights 1000)
    [[ "$rows" == ok ]] || fail "the warm-up run of $DAGG exited 0 but $rows (see $LOGS/warmup.log)."
    pg_dump -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" --schema-only --no-owner --no-privileges \
      --table=public.flights "$PGDATABASE" >"$LOGS/flights.ddl.sql"
  fi
  note "table definition used by both sides:"
  grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog' -e '^[\\]' -e '^$' "$LOGS/flights.ddl.sql" | sed 's/^/    /'
}

recreate_flights() {
  psql_db -c "DROP TABLE IF EXISTS public.flights" >/dev/null
  psql_db -f "$LOGS/flights.ddl.sql" >/dev/null
}

# (a) CSV -> PostgreSQL.
bench_csv() {
  section "(a) CSV -> PostgreSQL: $CSV ($ROWS rows)"
  local columns
  columns=$(head -n 1 "$CSV")
  cat "$CSV" >/dev/null # both sides read the file from the page cache, none from disk
  for run in $(seq 1 "$BENCH_RUNS"); do
    recreate_flights
    checkpoint
    measure "$LOGS/a-ref-$run.log" psql_db -c "\\copy public.flights ($columns) FROM '$CSV' CSV HEADER"
    record a ref "$run" "$(check_rows flights "$ROWS")"
    $REFERENCE_ONLY && continue
    psql_db -c "DROP TABLE IF EXISTS public.flights"
    csv_pipeline "csv_r$run" "$CSV" >"$PIPELINES/csv-$run.yaml"
    checkpoint
    measure "$LOGS/a-dagg-$run.log" "$DAGG" run "$PIPELINES/csv-$run.yaml"
    record a dagg "$run" "$(check_rows flights "$ROWS")"
  done
}

# (b) PostgreSQL -> PostgreSQL. The source is the table (a) left behind, vacuumed so that neither
# side pays for setting hint bits on first read.
bench_pg() {
  section "(b) PostgreSQL -> PostgreSQL: flights -> flights2 ($ROWS rows)"
  if [[ "$(check_rows flights "$ROWS")" != ok ]]; then
    note "reloading flights with \\copy (the last run of (a) left it incomplete)"
    recreate_flights
    psql_db -c "\\copy public.flights ($(head -n 1 "$CSV")) FROM '$CSV' CSV HEADER"
  fi
  psql_db -c "VACUUM (ANALYZE) public.flights"
  for run in $(seq 1 "$BENCH_RUNS"); do
    psql_db -c "DROP TABLE IF EXISTS public.flights2" \
      -c "CREATE TABLE public.flights2 (LIKE public.flights INCLUDING ALL)"
    checkpoint
    measure "$LOGS/b-ref-$run.log" copy_pipe public.flights public.flights2
    record b ref "$run" "$(check_rows flights2 "$ROWS")"
    $REFERENCE_ONLY && continue
    psql_db -c "DROP TABLE IF EXISTS public.flights2"
    pg_pipeline "pg_r$run" >"$PIPELINES/pg-$run.yaml"
    checkpoint
    measure "$LOGS/b-dagg-$run.log" "$DAGG" run "$PIPELINES/pg-$run.yaml"
    record b dagg "$run" "$(check_rows flights2 "$ROWS")"
  done
}

copy_pipe() {
  psql_db -c "COPY $1 TO STDOUT" | psql_db -c "COPY $2 FROM STDIN"
}

# (c) 30M rows with a 512 MB heap: the load must stream, not buffer.
bench_memory() {
  section "(c) memory: $CSV_X10 ($((ROWS * 10)) rows) with JAVA_OPTS=-Xmx512m"
  grep -q JAVA_OPTS "$DAGG" || note "WARNING: $DAGG does not mention JAVA_OPTS; the heap limit may not apply"
  psql_db -c "DROP TABLE IF EXISTS public.flights2"
  cat "$CSV_X10" >/dev/null
  for run in $(seq 1 "${BENCH_MEMORY_RUNS:-1}"); do
    psql_db -c "DROP TABLE IF EXISTS public.flights_x10"
    csv_pipeline "x10_r$run" "$CSV_X10" flights_x10 >"$PIPELINES/x10-$run.yaml"
    checkpoint
    JAVA_OPTS="${JAVA_OPTS:+$JAVA_OPTS }-Xmx512m" watch_heap "$LOGS/c-heap-$run.txt" \
      measure "$LOGS/c-dagg-$run.log" /usr/bin/time -v -o "$LOGS/c-time-$run.txt" \
      "$DAGG" run "$PIPELINES/x10-$run.yaml"
    record c dagg "$run" "$(check_rows flights_x10 $((ROWS * 10)))"
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$LOGS/c-time-$run.txt" >>"$LOGS/c-rss-kb"
  done
  psql_db -c "DROP TABLE IF EXISTS public.flights_x10"
}

drop_database() {
  [[ "${BENCH_KEEP_DB:-}" == 1 ]] && return
  psql_admin -c "DROP DATABASE IF EXISTS $PGDATABASE WITH (FORCE)" || true
}

main() {
  preflight
  create_database
  trap drop_database EXIT
  warm_up_and_capture_ddl
  bench_csv
  bench_pg
  $REFERENCE_ONLY || bench_memory
  summary
}

main
