#!/usr/bin/env bash
# The alert intake benchmark: single-alert requests and 100-alert Alertmanager batches, unique and repeated
# fingerprints, then a storm of 10,000 firings of one fingerprint that must open exactly one incident. Prints one
# Markdown table; exits 2 when a target is missed. Extra arguments go to AlertLoad (e.g. --seconds=20 --clients=32).
# Usage: bench/alerts.sh [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ALERTS_TOKEN="bench-alerts-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
trap bench_stop EXIT

bench_build
bench_start WARROOM_API_TOKEN="$API_TOKEN" WARROOM_ALERTS_TOKEN="$ALERTS_TOKEN"
echo "[bench] ready in $BENCH_READY_MS ms" >&2

status=0
java "$BENCH_ROOT/bench/AlertLoad.java" --url="http://127.0.0.1:$BENCH_PORT" --alerts-token="$ALERTS_TOKEN" \
  --api-token="$API_TOKEN" "$@" || status=$?
echo "[bench] Warroom used $(bench_cpu_ms) ms CPU, $(bench_rss_mb) MB resident" >&2
exit "$status"
