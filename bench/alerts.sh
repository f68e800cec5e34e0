#!/usr/bin/env bash
# The alert intake benchmark: single-alert requests and 100-alert Alertmanager batches, unique and repeated
# fingerprints, then a storm of 10,000 firings of one fingerprint that must open exactly one incident. Prints one
# Markdown table; exits 2 when a target is missed. Extra arguments go to AlertLoad (e.g. --seconds=20 --clients=32).
# --db=postgresql runs on PostgreSQL as bench/core.sh does (a database of its own, BENCH_PG_*; see bench/lib.sh),
# --db=both on H2 and then PostgreSQL; H2 alone by default.
# Usage: bench/alerts.sh [--db=h2|postgresql|both] [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ALERTS_TOKEN="bench-alerts-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
DATABASES=(h2)
bench_db_args "$@"
trap 'bench_stop; bench_pg_drop' EXIT

status=0
for db in "${DATABASES[@]}"; do
  bench_use_db "$db"
  bench_build
  bench_start WARROOM_API_TOKEN="$API_TOKEN" WARROOM_ALERTS_TOKEN="$ALERTS_TOKEN"
  echo "[bench] ready in $BENCH_READY_MS ms" >&2
  echo "### $(bench_db_label)"
  echo
  java "$BENCH_ROOT/bench/AlertLoad.java" --url="http://127.0.0.1:$BENCH_PORT" --alerts-token="$ALERTS_TOKEN" \
    --api-token="$API_TOKEN" "${LOAD_ARGS[@]}" || { rc=$?; [ "$rc" -gt "$status" ] && status=$rc; }
  echo "[bench] Warroom used $(bench_cpu_ms) ms CPU, $(bench_rss_mb) MB resident" >&2
  echo
  bench_stop
  bench_pg_drop
done
exit "$status"
