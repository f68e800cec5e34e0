#!/usr/bin/env bash
# Database growth: opens incidents with a realistic life through the API (bench/GrowthLoad.java: alerts, about 30
# timeline entries, whys, action items, resolve, close) and prints what each table grew by on PostgreSQL
# (pg_total_relation_size: rows, indexes and TOAST) and what the H2 file grew by, per 1,000 incidents.
# --db=h2, --db=postgresql or --db=both (the default); PostgreSQL as in bench/core.sh (BENCH_PG_*; database
# BENCH_PG_DB, warroom_bench_growth, created and dropped). Other arguments go to GrowthLoad (--incidents=1000).
# Usage: bench/growth.sh [--db=h2|postgresql|both] [--incidents=1000] [--clients=8]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ALERTS_TOKEN="bench-alerts-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
DATABASES=(h2 postgresql)
INCIDENTS=1000
LOAD_ARGS=()
for arg in "$@"; do
  case "$arg" in
    --db=both) DATABASES=(h2 postgresql) ;;
    --db=*) DATABASES=("${arg#--db=}") ;;
    --incidents=*) INCIDENTS="${arg#--incidents=}" ;;
    *) LOAD_ARGS+=("$arg") ;;
  esac
done
trap 'bench_stop; bench_pg_drop' EXIT

# "table bytes" lines for every table of the PostgreSQL schema.
pg_sizes() {
  bench_psql -F ' ' -c "select c.relname, pg_total_relation_size(c.oid) from pg_class c
    where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace order by 1"
}

h2_bytes() {
  stat -c %s "$BENCH_DATA/data/warroom.mv.db"
}

kb_per_thousand() {
  echo $(( ($1 * 1000 / INCIDENTS + 512) / 1024 ))
}

for db in "${DATABASES[@]}"; do
  bench_use_db "$db"
  bench_build
  bench_start WARROOM_API_TOKEN="$API_TOKEN" WARROOM_ALERTS_TOKEN="$ALERTS_TOKEN"
  if [ "$db" = postgresql ]; then
    # Vacuumed before as after, so its own maps do not count as growth.
    bench_psql -c "vacuum analyze" >/dev/null
    before="$(pg_sizes)"
  else
    before="$(h2_bytes)"
  fi
  echo "[bench] $db: $INCIDENTS incidents" >&2
  started=$SECONDS
  entries="$(java "$BENCH_ROOT/bench/GrowthLoad.java" --url="http://127.0.0.1:$BENCH_PORT" --api-token="$API_TOKEN" \
    --alerts-token="$ALERTS_TOKEN" --incidents="$INCIDENTS" "${LOAD_ARGS[@]}")"
  took=$((SECONDS - started))
  echo "### $(bench_db_label): $INCIDENTS incidents, $entries timeline entries each on average, written in $took s"
  echo
  if [ "$db" = postgresql ]; then
    bench_psql -c "vacuum analyze" >/dev/null
    echo "| Table | Growth per 1,000 incidents (KB) |"
    echo "|---|---|"
    total=0
    while read -r table bytes; do
      was="$(awk -v t="$table" '$1 == t {print $2}' <<<"$before")"
      grown=$((bytes - ${was:-0}))
      total=$((total + grown))
      [ "$grown" -gt 0 ] && echo "| \`$table\` | $(kb_per_thousand "$grown") |"
    done <<<"$(pg_sizes)"
    echo "| **all tables** | **$(kb_per_thousand "$total")** |"
    echo "| database (pg_database_size) | $(( $(bench_psql -c "select pg_database_size(current_database())") / 1024 )) KB in all |"
  else
    running="$(h2_bytes)"
    pid="$BENCH_PID"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    BENCH_PID=""
    echo "| H2 file | Growth per 1,000 incidents (KB) |"
    echo "|---|---|"
    echo "| \`warroom.mv.db\` while running | $(kb_per_thousand $((running - before))) |"
    echo "| \`warroom.mv.db\` after a clean stop | $(kb_per_thousand $(($(h2_bytes) - before))) |"
    # H2 writes changed pages anew and reuses the old space later; a full compaction shows what the data needs.
    java -cp "$BENCH_ROOT/target/warroom-runner.jar" org.h2.tools.Shell -user warroom -password "" \
      -url "jdbc:h2:file:$BENCH_DATA/data/warroom" -sql "SHUTDOWN COMPACT" >/dev/null
    echo "| \`warroom.mv.db\` after \`SHUTDOWN COMPACT\` (schema and data, whole file) | $(kb_per_thousand "$(h2_bytes)") |"
  fi
  echo
  bench_stop
  bench_pg_drop
done
