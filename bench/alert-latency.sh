#!/usr/bin/env bash
# Alert to people: the packaged app with Slack and Discord both on, against the fakes of the tests enforcing the
# platforms' documented rate limits, and an on-call file so every alert's service has someone to invite and page.
# (a) single critical alerts one at a time: p50/p95/p99/max from the alert's 2xx to room created, on-call invited,
# paged and card posted, per platform (target p99 <= 1 s); (b) a burst of distinct critical alerts within one second:
# every room and page counted, time until the last, 429s per method/bucket and the least time the limits allow.
# Prints Markdown; exits 2 when a target is missed or anything was lost.
# Usage: bench/alert-latency.sh [--db=postgresql] [--singles=200] [--single-gap-ms=3000] [--burst=50]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB=h2
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --db=*) DB="${arg#--db=}" ;;
    *) ARGS+=("$arg") ;;
  esac
done
[[ "$DB" == h2 || "$DB" == postgresql ]] || { echo "--db must be h2 or postgresql, not $DB" >&2; exit 64; }

API_TOKEN="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ALERTS_TOKEN="bench-alerts-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
WORK="$(mktemp -d /tmp/warroom-alert-latency.XXXXXX)"
PG_DB=""
DB_ENV=()
FAKE_PIDS=()
cleanup() {
  bench_stop
  exec 8>&- 9>&-
  for pid in "${FAKE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$PG_DB" ] && dropdb -h 127.0.0.1 -p 5432 -U postgres --if-exists "$PG_DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cd "$BENCH_ROOT"
# The jar is built for one database kind; rebuild when the last bench build was for the other.
if [ "$DB" = postgresql ]; then
  PG_DB="warroom_alert_latency_$$"
  createdb -h 127.0.0.1 -p 5432 -U postgres "$PG_DB"
  DB_ENV=(WARROOM_DB_KIND=postgresql WARROOM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    WARROOM_DB_USER=postgres)
fi
if [ "$(cat target/bench-db-kind 2>/dev/null || echo h2)" != "$DB" ]; then
  echo "[bench] packaging for $DB..." >&2
  env "${DB_ENV[@]}" WARROOM_DB_KIND="$DB" mvn -q -B -ntp -DskipTests package >&2
fi
env "${DB_ENV[@]}" "$BENCH_ROOT/warroom" build
echo "$DB" >target/bench-db-kind
if [ ! -f target/test-classes/io/warroom/support/slack/FakeSlackServer.class ] || [ ! -f target/bench-test.classpath ] \
  || [ -n "$(find src/test/java/io/warroom/support -newer target/bench-test.classpath -print -quit)" ]; then
  echo "[bench] compiling the fakes (mvn test-compile)..." >&2
  mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-test.classpath >&2
  touch target/bench-test.classpath
fi
CP="target/test-classes:target/classes:$(cat target/bench-test.classpath)"

# start_fake NAME CLASS FD: runs a fake server with documented rate limits until its input (fd) closes.
start_fake() {
  mkfifo "$WORK/$1.in"
  java -cp "$CP" "$2" --documented-rate-limits <"$WORK/$1.in" >"$WORK/$1.env" 2>"$WORK/$1.log" &
  FAKE_PIDS+=($!)
}
start_fake slack io.warroom.support.slack.FakeSlackServer
exec 8>"$WORK/slack.in"
start_fake discord io.warroom.support.discord.FakeDiscordServer
exec 9>"$WORK/discord.in"
for name in slack discord; do
  for _ in $(seq 1 300); do grep -q '^READY$' "$WORK/$name.env" 2>/dev/null && break; sleep 0.1; done
  grep -q '^READY$' "$WORK/$name.env" || { echo "fake $name did not start:" >&2; cat "$WORK/$name.log" >&2; exit 1; }
done
fake() { sed -n "s/^$1=//p" "$WORK/$2.env"; }
mapfile -t CHAT_ENV < <(grep -h -e '^SLACK_' -e '^DISCORD_' "$WORK/slack.env" "$WORK/discord.env" | grep -v REQUEST_TIMEOUT)

cat >"$WORK/oncall.yaml" <<EOF
zone: UTC
people:
  cy: { name: Cy Diaz, slack: $(fake FAKE_SLACK_MEMBER slack), discord: "$(fake FAKE_DISCORD_MEMBER discord)" }
teams:
  paging:
    services: [paging]
    rotations:
      main: { people: [cy], length: 1d, start: 2025-01-06 }
    escalation:
      - { notify: [main], wait: 1h }
EOF

bench_start "${DB_ENV[@]}" "${CHAT_ENV[@]}" WARROOM_API_TOKEN="$API_TOKEN" WARROOM_ALERTS_TOKEN="$ALERTS_TOKEN" \
  WARROOM_ONCALL_FILE="$WORK/oncall.yaml"
echo "[bench] ready in $BENCH_READY_MS ms on $DB; waiting for the Discord bot" >&2
for _ in $(seq 1 600); do grep -q 'Discord bot connected as' "$BENCH_DATA/warroom.log" && break; sleep 0.1; done

echo
echo "Alert to people on $DB, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start; fakes enforce"
echo "the documented rate limits (Slack tiers and 1 post/s per channel; Discord per-route buckets and 50 req/s)."
status=0
java -cp "$CP" "$BENCH_ROOT/bench/AlertLatency.java" --url="http://127.0.0.1:$BENCH_PORT" \
  --alerts-token="$ALERTS_TOKEN" --slack-calls="$(fake FAKE_SLACK_CALLS slack)" \
  --discord-requests="$(fake FAKE_DISCORD_REQUESTS discord)" --slack-oncall="$(fake FAKE_SLACK_MEMBER slack)" \
  --discord-oncall="$(fake FAKE_DISCORD_MEMBER discord)" --service=paging "${ARGS[@]}" || status=$?
echo "[bench] Warroom used $(bench_cpu_ms) ms CPU, $(bench_rss_mb) MB resident; load average now $(cut -d' ' -f1 /proc/loadavg)" >&2
if grep -q -E 'ERROR' "$BENCH_DATA/warroom.log"; then
  echo "[bench] errors in Warroom's log:" >&2
  grep -E 'ERROR' "$BENCH_DATA/warroom.log" | head -n 20 >&2
fi
exit "$status"
