#!/usr/bin/env bash
# The core benchmark: startup to ready (several starts), then, on the last instance, commands through the REST API
# beside GET /api/version at the same concurrency, and the postmortem export of a 10,000-entry timeline. Prints one
# Markdown table per database; exits 2 when a target is missed. Extra arguments go to CoreLoad (e.g. --seconds=60
# --clients=50).
# --db=h2, --db=postgresql or --db=both (the default, H2 first). PostgreSQL runs on a database of its own, created
# and dropped on the server BENCH_PG_HOST:BENCH_PG_PORT as BENCH_PG_USER (127.0.0.1:5432, postgres; password from
# PGPASSWORD), named BENCH_PG_DB (warroom_bench_core); see bench/lib.sh.
# On PostgreSQL the latency part then runs once more against bench/BareNoteServer.java, a bare server making the
# same transaction, for the least this machine allows.
# Usage: bench/core.sh [--db=h2|postgresql|both] [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STARTS="${BENCH_STARTS:-5}"
TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
DATABASES=(h2 postgresql)
bench_db_args "$@"
trap 'bench_stop; bench_pg_drop' EXIT

# core_run: the whole benchmark on the database bench_use_db chose; CoreLoad's exit status. Called in a condition,
# where errexit does not apply, so each step checks its own failure.
core_run() {
  local ready=() ready_cpu=() load_before n
  bench_build || return 1
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  for n in $(seq 1 "$STARTS"); do
    if [ "$BENCH_DB_KIND" = postgresql ]; then
      bench_pg_fresh || return 1
    fi
    bench_start WARROOM_API_TOKEN="$TOKEN" || return 1
    ready+=("$BENCH_READY_MS")
    ready_cpu+=("$BENCH_READY_CPU_MS")
    echo "[bench] $BENCH_DB_KIND start $n of $STARTS: ready in $BENCH_READY_MS ms ($BENCH_READY_CPU_MS ms CPU)" >&2
    if [ "$n" -lt "$STARTS" ]; then
      bench_stop
    fi
  done
  local status=0
  java "$BENCH_ROOT/bench/CoreLoad.java" --url="http://127.0.0.1:$BENCH_PORT" --token="$TOKEN" --pid="$BENCH_PID" \
    --ready-ms="$(IFS=,; echo "${ready[*]}")" --ready-cpu-ms="$(IFS=,; echo "${ready_cpu[*]}")" \
    --load-before="$load_before" --database="$(bench_db_label)" "${LOAD_ARGS[@]}" || status=$?
  if [ "$BENCH_DB_KIND" = postgresql ] && measures_latency; then
    bench_stop
    echo
    reference_run || return 1
  fi
  return "$status"
}

measures_latency() {
  local arg parts="latency,export"
  for arg in "${LOAD_ARGS[@]}"; do
    [[ "$arg" == --parts=* ]] && parts="${arg#--parts=}"
  done
  [[ ",$parts," == *,latency,* ]]
}

# The same latency part against bench/BareNoteServer.java on the database Warroom left: the least a note costs on
# this machine, so Warroom's ratio can be read against what the machine allows. Its own ratio sets no target.
reference_run() {
  local port pid log
  port="$(bench_free_port)"
  log="$(mktemp /tmp/warroom-bench-bare.XXXXXX)"
  java -XX:TieredStopAtLevel=1 -Xmx256m -XX:+UseSerialGC -cp "$BENCH_ROOT/target/warroom-runner.jar" \
    "$BENCH_ROOT/bench/BareNoteServer.java" --port="$port" --token="$TOKEN" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$BENCH_PG_DB" --user="$BENCH_PG_USER" \
    --password="${PGPASSWORD:-}" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q listening "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "Reference: the same transaction behind a bare Vert.x server (bench/BareNoteServer.java), no target"
  echo
  java "$BENCH_ROOT/bench/CoreLoad.java" --url="http://127.0.0.1:$port" --token="$TOKEN" "${LOAD_ARGS[@]}" \
    --parts=latency --reference=true --database="$(bench_db_label), bare server" || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
}

status=0
for db in "${DATABASES[@]}"; do
  bench_use_db "$db"
  echo "### $(bench_db_label)"
  echo
  core_run || { rc=$?; [ "$rc" -gt "$status" ] && status=$rc; }
  echo
  bench_stop
  bench_pg_drop
done
exit "$status"
