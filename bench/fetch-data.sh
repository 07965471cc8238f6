#!/usr/bin/env bash
# Fetches the benchmark data once and derives the CSV files the benchmark loads. Idempotent: each
# step is skipped when its output exists, and every output is written to a temporary name first and
# renamed when complete, so an interrupted run never leaves a half file that looks done.
#
# Outputs (bench/data/ is gitignored):
#   flights-3m.parquet       from the npm package vega-datasets (3,000,000 rows)
#   flights.csv              the same rows as CSV with a header (stream name: flights)
#   flights-x10.csv          header once, then the rows of flights.csv 10 times (30,000,000 rows)
#   warmup/flights.csv       the first 1,000 rows, for untimed warm-up runs
set -euo pipefail

VEGA_DATASETS_VERSION="3.2.1" # pinned so every run measures the same bytes
ROWS=3000000

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="$BENCH_DIR/data"
mkdir -p "$DATA/warmup"

log() { printf '[fetch-data] %s\n' "$*"; }

for tool in node npm tar; do
  command -v "$tool" >/dev/null || { log "ERROR: $tool is not on PATH"; exit 1; }
done

install_converter() {
  if [[ -d "$BENCH_DIR/node_modules/hyparquet" && -d "$BENCH_DIR/node_modules/hyparquet-compressors" ]]; then
    return
  fi
  log "installing hyparquet into bench/node_modules (npm ci)"
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
}

fetch_parquet() {
  local parquet="$DATA/flights-3m.parquet"
  [[ -s "$parquet" ]] && return
  local tgz="$DATA/vega-datasets-$VEGA_DATASETS_VERSION.tgz"
  if [[ ! -s "$tgz" ]]; then
    log "npm pack vega-datasets@$VEGA_DATASETS_VERSION"
    (cd "$DATA" && npm pack --silent "vega-datasets@$VEGA_DATASETS_VERSION" >/dev/null)
  fi
  log "extracting flights-3m.parquet"
  tar -xzf "$tgz" -O package/data/flights-3m.parquet >"$parquet.tmp"
  mv "$parquet.tmp" "$parquet"
}

convert_csv() {
  local csv="$DATA/flights.csv"
  [[ -s "$csv" ]] && return
  log "converting flights-3m.parquet to flights.csv (row group by row group)"
  local start end
  start=$(date +%s.%N)
  # The heap cap proves the conversion streams: one row group needs ~100 MB, the file far more.
  node --max-old-space-size=256 "$BENCH_DIR/parquet-to-csv.mjs" "$DATA/flights-3m.parquet" "$csv.tmp"
  end=$(date +%s.%N)
  check_rows "$csv.tmp" "$ROWS"
  mv "$csv.tmp" "$csv"
  log "conversion took $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
}

make_x10() {
  local x10="$DATA/flights-x10.csv"
  [[ -s "$x10" ]] && return
  log "writing flights-x10.csv (header once, rows 10 times)"
  {
    head -n 1 "$DATA/flights.csv"
    for _ in 1 2 3 4 5 6 7 8 9 10; do tail -n +2 "$DATA/flights.csv"; done
  } >"$x10.tmp"
  check_rows "$x10.tmp" $((ROWS * 10))
  mv "$x10.tmp" "$x10"
}

make_warmup() {
  local warm="$DATA/warmup/flights.csv"
  [[ -s "$warm" ]] && return
  head -n 1001 "$DATA/flights.csv" >"$warm.tmp"
  mv "$warm.tmp" "$warm"
}

# The data has no quoted multi-line fields, so data rows = lines - 1 (the header).
check_rows() {
  local file="$1" expected="$2" lines
  lines=$(wc -l <"$file")
  if ((lines - 1 != expected)); then
    log "ERROR: $file has $((lines - 1)) data rows, expected $expected"
    exit 1
  fi
}

install_converter
fetch_parquet
convert_csv
make_x10
make_warmup
log "ready: $(cd "$DATA" && du -h --apparent-size flights.csv flights-x10.csv | awk '{ print $2 " " $1 }' | paste -sd ' ' -)"
