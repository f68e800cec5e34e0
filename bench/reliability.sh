#!/usr/bin/env bash
# The reliability suite: two Warroom replicas built for PostgreSQL behind HAProxy (deploy/haproxy/haproxy.cfg), on a
# private PostgreSQL cluster this script starts (and may restart) on its own port, with fake Slack and Discord on
# loopback that can be made unreachable. Each scenario prints its numbers and PASS or FAIL (docs/operations.md,
# "Reliability suite"):
#   a  kill -9 one replica during an alert storm        b  Slack and Discord unreachable for 60 s
#   c  PostgreSQL restarted under load                   d  the same alert to both replicas at once, 100 times
#   e  a soak of mixed traffic: heap, threads, connections, descriptors per replica (CSV under bench/results/)
# Usage: bench/reliability.sh [--only=a,c] [--soak-minutes=30] [--name=value ...]  (other options go to
#        bench/Reliability.java, e.g. --race-rounds=20 --storm-seconds=30 --outage-seconds=60)
# Ports: HAProxy RELIAB_PORT (18700), replicas +1 and +2, PostgreSQL RELIAB_PG_PORT (55417). Exits 2 when a scenario fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$BENCH_ROOT"

ONLY="a,b,c,d,e"
SOAK_MINUTES=30
PASS_ON=()
for arg in "$@"; do
  case "$arg" in
    --only=*) ONLY="${arg#--only=}" ;;
    --soak-minutes=*) SOAK_MINUTES="${arg#--soak-minutes=}" ;;
    *) PASS_ON+=("$arg") ;;
  esac
done

LB_PORT="${RELIAB_PORT:-18700}"
PG_PORT="${RELIAB_PG_PORT:-55417}"
STAMP="$(date +%Y%m%d-%H%M%S)"
RESULTS="$BENCH_ROOT/bench/results/reliability-$STAMP"
mkdir -p "$RESULTS"
WORK="$(mktemp -d /tmp/warroom-reliability.XXXXXX)"
chmod 755 "$WORK"
API_TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ALERTS_TOKEN="bench-alerts-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ADMIN_PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
REPLICA_PIDS=("" "" "")
HAPROXY_PID=""
FAKES_PID=""

log() { echo "[reliability] $*" >&2; }

# ---- PostgreSQL: a cluster of our own, so scenario c can stop it without touching the machine's server ----------
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PG_BIN/initdb" ] || { log "PostgreSQL server binaries not found under /usr/lib/postgresql"; exit 1; }
PG_DIR="$WORK/pg"
as_postgres() {
  if [ "$(id -un)" = postgres ]; then bash -c "$1"; else su postgres -s /bin/bash -c "$1"; fi
}
PG_START="$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/postgresql.log -w -t 60 -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1' start >/dev/null"
PG_STOP="$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop >/dev/null"
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d warroom -v ON_ERROR_STOP=1 -q"

stop_replica() {
  local pid="${REPLICA_PIDS[$1]}"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  REPLICA_PIDS[$1]=""
}

cleanup() {
  set +e
  for n in 1 2; do stop_replica "$n"; done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null && wait "$HAPROXY_PID" 2>/dev/null
  [ -n "$FAKES_PID" ] && { exec 9>&-; wait "$FAKES_PID" 2>/dev/null; }
  [ -f "$PG_DIR/postgresql.log" ] && cp "$PG_DIR/postgresql.log" "$RESULTS/"
  [ -d "$PG_DIR/data" ] && as_postgres "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate -w stop" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v haproxy >/dev/null; then
  log "installing HAProxy (apt-get)..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q haproxy >&2; else sudo apt-get install -y -q haproxy >&2; fi
fi

WARROOM_LB_BIND="127.0.0.1:$LB_PORT" WARROOM_1="127.0.0.1:$((LB_PORT + 1))" WARROOM_2="127.0.0.1:$((LB_PORT + 2))" \
  haproxy -c -q -f deploy/haproxy/haproxy.cfg

mkdir -p "$PG_DIR"
chown postgres "$PG_DIR" 2>/dev/null || true
as_postgres "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres >/dev/null"
as_postgres "$PG_START"
as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres warroom"
log "PostgreSQL $("$PG_BIN/postgres" --version | awk "{print \$3}") on port $PG_PORT ($PG_DIR)"

# ---- Build: the jar for PostgreSQL (its class-data training migrates our database) and the test fakes -----------
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/warroom"
KIND_STAMP="target/reliability-db-kind"
if [ ! -f target/warroom-runner.jar ] || [ "$(cat "$KIND_STAMP" 2>/dev/null)" != "postgresql $(stat -c %Y target/warroom-runner.jar)" ]; then
  rm -f target/warroom-runner.jar   # built for H2, or unknown: ./warroom build rebuilds it
fi
WARROOM_DB_KIND=postgresql WARROOM_DB_URL="$DB_URL" WARROOM_DB_USER=postgres "$BENCH_ROOT/warroom" build
echo "postgresql $(stat -c %Y target/warroom-runner.jar)" >"$KIND_STAMP"
if [ ! -f target/test-classes/io/warroom/support/reliability/ReliabilityFakes.class ] \
    || [ -n "$(find src/test/java/io/warroom/support -newer target/test-classes/io/warroom/support/reliability/ReliabilityFakes.class -print -quit)" ] \
    || [ ! -f target/bench-test.classpath ]; then
  log "compiling the fake Slack and Discord (mvn test-compile)..."
  mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-test.classpath >&2
fi

# ---- Fake Slack and Discord, each behind a cable the scenarios can cut ------------------------------------------
mkfifo "$WORK/fakes.in"
java -cp "target/test-classes:target/classes:$(cat target/bench-test.classpath)" \
  io.warroom.support.reliability.ReliabilityFakes --documented-rate-limits \
  <"$WORK/fakes.in" >"$WORK/fakes.env" 2>"$RESULTS/fakes.log" &
FAKES_PID=$!
exec 9>"$WORK/fakes.in"
for _ in $(seq 1 300); do grep -q '^READY$' "$WORK/fakes.env" 2>/dev/null && break; sleep 0.1; done
grep -q '^READY$' "$WORK/fakes.env" || { log "the fakes did not start:"; cat "$RESULTS/fakes.log" >&2; exit 1; }
mapfile -t FAKE_ENV < <(grep -E '^(SLACK|DISCORD)_' "$WORK/fakes.env")
FAKE_CONTROL="$(sed -n 's/^FAKE_CONTROL=//p' "$WORK/fakes.env")"

# ---- Two replicas and HAProxy ------------------------------------------------------------------------------------
replica_ready() {
  local status=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /q/health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r -t 2 status <&3 || true
  exec 3>&-
  [[ "$status" == *" 200 "* ]]
}

start_replica() {
  local n="$1" port=$((LB_PORT + $1))
  mkdir -p "$WORK/data-$n"
  env PORT="$port" WARROOM_HOST=127.0.0.1 WARROOM_DATA_DIR="$WORK/data-$n" \
    WARROOM_DB_URL="$DB_URL?ApplicationName=warroom-$n" WARROOM_DB_USER=postgres WARROOM_REPLICA_NAME="warroom-$n" \
    WARROOM_API_TOKEN="$API_TOKEN" WARROOM_ALERTS_TOKEN="$ALERTS_TOKEN" WARROOM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    WARROOM_WEB_BEHIND_PROXY=true WARROOM_TRUSTED_PROXIES=127.0.0.1 "${FAKE_ENV[@]}" \
    "$BENCH_ROOT/warroom" >>"$RESULTS/warroom-$n.log" 2>&1 &
  REPLICA_PIDS[$n]=$!
  for _ in $(seq 1 600); do
    replica_ready "$port" && { log "replica $n ready on port $port (pid ${REPLICA_PIDS[$n]})"; return 0; }
    kill -0 "${REPLICA_PIDS[$n]}" 2>/dev/null || break
    sleep 0.2
  done
  log "replica $n did not become ready; its log: $RESULTS/warroom-$n.log"
  return 1
}

# A replica a scenario killed (or that died) is started again before the next one.
ensure_replicas() {
  for n in 1 2; do
    if [ -z "${REPLICA_PIDS[$n]}" ] || ! kill -0 "${REPLICA_PIDS[$n]}" 2>/dev/null; then
      wait "${REPLICA_PIDS[$n]}" 2>/dev/null || true
      start_replica "$n"
    fi
  done
  # HAProxy takes a replica back after one good check, 2 s apart.
  for _ in $(seq 1 50); do replica_ready "$LB_PORT" && return 0; sleep 0.2; done
}

start_replica 1
start_replica 2
WARROOM_LB_BIND="127.0.0.1:$LB_PORT" WARROOM_1="127.0.0.1:$((LB_PORT + 1))" WARROOM_2="127.0.0.1:$((LB_PORT + 2))" \
  haproxy -db -f deploy/haproxy/haproxy.cfg >"$RESULTS/haproxy.log" 2>&1 &
HAPROXY_PID=$!
ensure_replicas
log "HAProxy on port $LB_PORT; logs in $RESULTS"

# ---- Scenarios ---------------------------------------------------------------------------------------------------
SUMMARY=()
failed=0
for scenario in ${ONLY//,/ }; do
  ensure_replicas
  echo
  status=0
  java bench/Reliability.java --scenario="$scenario" --lb="http://127.0.0.1:$LB_PORT" \
    --r1="http://127.0.0.1:$((LB_PORT + 1))" --r2="http://127.0.0.1:$((LB_PORT + 2))" \
    --pid1="${REPLICA_PIDS[1]}" --pid2="${REPLICA_PIDS[2]}" --api-token="$API_TOKEN" --alerts-token="$ALERTS_TOKEN" \
    --admin-password="$ADMIN_PASSWORD" --fakes="$FAKE_CONTROL" --psql="$PSQL" \
    --pg-stop="$(declare -f as_postgres); as_postgres \"$PG_STOP\"" \
    --pg-start="$(declare -f as_postgres); as_postgres \"$PG_START\"" \
    --soak-minutes="$SOAK_MINUTES" --csv="$RESULTS/soak.csv" ${PASS_ON[@]+"${PASS_ON[@]}"} \
    | tee "$RESULTS/scenario-$scenario.txt" || status=$?
  SUMMARY+=("$(grep '^RESULT ' "$RESULTS/scenario-$scenario.txt" || echo "RESULT $scenario FAIL (no result, exit $status)")")
  [ "$status" = 0 ] || failed=1
done

echo
echo "Reliability suite, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the end; logs in $RESULTS"
printf '%s\n' "${SUMMARY[@]}"
[ "$failed" = 0 ] || exit 2
