#!/usr/bin/env bash
# The core benchmark: startup to ready (several starts), then, on the last instance, commands through the REST API
# beside GET /api/version at the same concurrency, and the postmortem export of a 10,000-entry timeline. Prints one
# Markdown table; exits 2 when a target is missed. Extra arguments go to CoreLoad (e.g. --seconds=60 --clients=50).
# Usage: bench/core.sh [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STARTS="${BENCH_STARTS:-5}"
TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
trap bench_stop EXIT

bench_build

ready=()
ready_cpu=()
load_before="$(cut -d' ' -f1 /proc/loadavg)"
for n in $(seq 1 "$STARTS"); do
  bench_start WARROOM_API_TOKEN="$TOKEN"
  ready+=("$BENCH_READY_MS")
  ready_cpu+=("$BENCH_READY_CPU_MS")
  echo "[bench] start $n of $STARTS: ready in $BENCH_READY_MS ms ($BENCH_READY_CPU_MS ms CPU)" >&2
  if [ "$n" -lt "$STARTS" ]; then
    bench_stop
  fi
done

status=0
java "$BENCH_ROOT/bench/CoreLoad.java" --url="http://127.0.0.1:$BENCH_PORT" --token="$TOKEN" --pid="$BENCH_PID" \
  --ready-ms="$(IFS=,; echo "${ready[*]}")" --ready-cpu-ms="$(IFS=,; echo "${ready_cpu[*]}")" \
  --load-before="$load_before" "$@" || status=$?
exit "$status"
