#!/usr/bin/env bash
# Shared by the bench scripts: build Warroom once, start it on a free port with a throwaway data directory,
# wait until it is ready, read its memory, stop it. Source it; do not run it. Warroom starts through ./warroom, the
# command README gives, so the bench measures the JVM settings users get.
set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PID=""
BENCH_PORT=""
BENCH_DATA=""
BENCH_READY_MS=""
BENCH_READY_CPU_MS=""
# The database the app runs on: h2 (a fresh file per start) or postgresql (bench_use_db).
BENCH_DB_KIND="h2"
BENCH_DB_ENV=(WARROOM_DB_KIND=h2)
# PostgreSQL for the benchmarks: a server, never stopped here, on which the script creates its own database and
# drops it at the end (BENCH_PG_DB; an existing database of that name is dropped first).
BENCH_PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
BENCH_PG_PORT="${BENCH_PG_PORT:-5432}"
BENCH_PG_USER="${BENCH_PG_USER:-postgres}"
BENCH_PG_DB="${BENCH_PG_DB:-warroom_bench_$(basename "$0" .sh)}"

# bench_use_db h2|postgresql: the database the next bench_build and bench_start use.
bench_use_db() {
  case "$1" in
    h2)
      BENCH_DB_KIND=h2
      BENCH_DB_ENV=(WARROOM_DB_KIND=h2)
      ;;
    postgresql)
      BENCH_DB_KIND=postgresql
      BENCH_DB_ENV=(WARROOM_DB_KIND=postgresql
        WARROOM_DB_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$BENCH_PG_DB"
        WARROOM_DB_USER="$BENCH_PG_USER" WARROOM_DB_PASSWORD="${PGPASSWORD:-}")
      bench_pg_fresh
      ;;
    *)
      echo "--db is h2, postgresql or both, not $1" >&2
      return 64
      ;;
  esac
}

# An empty BENCH_PG_DB, so every start migrates from scratch as a start on a fresh H2 file does.
bench_pg_fresh() {
  PGOPTIONS="-c client_min_messages=warning" dropdb -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" --if-exists "$BENCH_PG_DB"
  createdb -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" "$BENCH_PG_DB"
}

bench_pg_drop() {
  if [ "$BENCH_DB_KIND" = postgresql ]; then
    PGOPTIONS="-c client_min_messages=warning" dropdb -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" --if-exists "$BENCH_PG_DB" || true
  fi
}

# psql on the benchmark's database: bench_psql -c "select …".
bench_psql() {
  psql -X -q -t -A -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" -d "$BENCH_PG_DB" "$@"
}

# One line naming the database, for the tables.
bench_db_label() {
  if [ "$BENCH_DB_KIND" = postgresql ]; then
    echo "PostgreSQL $(bench_psql -c 'show server_version' | cut -d' ' -f1) at $BENCH_PG_HOST:$BENCH_PG_PORT," \
      "synchronous_commit=$(bench_psql -c 'show synchronous_commit'), same machine"
  else
    echo "H2 (embedded, file)"
  fi
}

# Builds the application for BENCH_DB_KIND and its class-data archive unless they are up to date (output to
# stderr, so the tables on stdout stay clean).
bench_build() {
  env "${BENCH_DB_ENV[@]}" "$BENCH_ROOT/warroom" build >&2
}

# A port nobody listens on, found with bash alone (no python or nc on a fresh machine).
bench_free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
      echo "$port"
      return
    fi
    exec 3>&-
  done
}

# True when /q/health/ready answers 200. Uses bash's own /dev/tcp rather than curl: a poller that forks a process
# every few milliseconds would take CPU from the app whose start it is timing.
bench_ready_now() {
  local status=""
  { exec 3<>"/dev/tcp/127.0.0.1/$BENCH_PORT"; } 2>/dev/null || return 1
  printf 'GET /q/health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r -t 2 status <&3 || true
  exec 3>&-
  [[ "$status" == *" 200 "* ]]
}

# bench_start [VAR=value ...]: starts the app with these extra environment variables and waits until
# /q/health/ready answers 200. Sets BENCH_PORT, BENCH_PID, BENCH_READY_MS (process start to ready) and
# BENCH_READY_CPU_MS (CPU the app used until then, which a busy machine inflates far less than the wall time).
bench_start() {
  BENCH_PORT="$(bench_free_port)"
  BENCH_DATA="$(mktemp -d /tmp/warroom-bench.XXXXXX)"
  local log="$BENCH_DATA/warroom.log" tick="$BENCH_DATA/tick" tick_fd start_us now_us
  # Waiting on an empty FIFO with read -t sleeps without starting a process.
  mkfifo "$tick"
  exec {tick_fd}<>"$tick"
  start_us=${EPOCHREALTIME/[.,]/}
  env PORT="$BENCH_PORT" WARROOM_HOST=127.0.0.1 WARROOM_DATA_DIR="$BENCH_DATA/data" "${BENCH_DB_ENV[@]}" "$@" \
    "$BENCH_ROOT/warroom" >"$log" 2>&1 &
  BENCH_PID=$!
  while now_us=${EPOCHREALTIME/[.,]/}; (( now_us - start_us < ${BENCH_START_TIMEOUT:-60} * 1000000 )); do
    if bench_ready_now; then
      now_us=${EPOCHREALTIME/[.,]/}
      BENCH_READY_MS=$(( (now_us - start_us) / 1000 ))
      BENCH_READY_CPU_MS=$(bench_cpu_ms)
      exec {tick_fd}>&-
      return
    fi
    if ! kill -0 "$BENCH_PID" 2>/dev/null; then
      exec {tick_fd}>&-
      echo "Warroom exited during start; its log:" >&2
      cat "$log" >&2
      return 1
    fi
    read -r -t 0.01 -u "$tick_fd" _ || true
  done
  exec {tick_fd}>&-
  kill "$BENCH_PID" 2>/dev/null || true
  echo "Warroom was not ready after ${BENCH_START_TIMEOUT:-60} s; its log is $log" >&2
  return 1
}

# CPU time (user + system, all threads) the running app has used, in ms; USER_HZ is 100 on Linux.
bench_cpu_ms() {
  local stat
  stat="$(<"/proc/$BENCH_PID/stat")"
  stat="${stat##*) }"
  # shellcheck disable=SC2086 # split the fields on purpose
  set -- $stat
  echo $(( (${12} + ${13}) * 10 ))
}

# Resident memory of the running app, in MB.
bench_rss_mb() {
  awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$BENCH_PID/status"
}

bench_stop() {
  if [ -n "$BENCH_PID" ] && kill -0 "$BENCH_PID" 2>/dev/null; then
    kill "$BENCH_PID"
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  [ -n "$BENCH_DATA" ] && rm -rf "$BENCH_DATA"
  BENCH_PID=""
}

# bench_db_args "$@": --db=h2, --db=postgresql or --db=both into DATABASES; every other argument into LOAD_ARGS.
bench_db_args() {
  LOAD_ARGS=()
  local arg
  for arg in "$@"; do
    case "$arg" in
      --db=both) DATABASES=(h2 postgresql) ;;
      --db=*) DATABASES=("${arg#--db=}") ;;
      *) LOAD_ARGS+=("$arg") ;;
    esac
  done
}
