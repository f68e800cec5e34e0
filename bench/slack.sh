#!/usr/bin/env bash
# The Slack benchmark: Warroom against a minimal fake Slack Web API (so `open` really creates rooms, cards and pins
# through the outbox), and 50 clients sending signed /incident commands to POST /slack/events. Prints p50/p95/p99 of
# the HTTP answers as a Markdown table; exits 2 when p99 misses 300 ms. Extra arguments go to SlackLoad's load mode
# (e.g. --seconds=30 --clients=50 --open-share=0.2).
# Usage: bench/slack.sh [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SECRET="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
FAKE_PID=""
PORT_FILE="$(mktemp -u /tmp/warroom-slack-fake.XXXXXX)"

cleanup() {
  bench_stop
  if [ -n "$FAKE_PID" ] && kill -0 "$FAKE_PID" 2>/dev/null; then
    kill "$FAKE_PID"
    wait "$FAKE_PID" 2>/dev/null || true
  fi
  rm -f "$PORT_FILE"
}
trap cleanup EXIT

bench_build

java "$BENCH_ROOT/bench/SlackLoad.java" serve --port-file="$PORT_FILE" &
FAKE_PID=$!
for _ in $(seq 1 300); do
  [ -f "$PORT_FILE" ] && break
  kill -0 "$FAKE_PID" 2>/dev/null || { echo "the fake Slack Web API did not start" >&2; exit 1; }
  sleep 0.1
done
API="http://127.0.0.1:$(cat "$PORT_FILE")"

bench_start SLACK_BOT_TOKEN="xoxb-bench-token" SLACK_SIGNING_SECRET="$SECRET" SLACK_API_URL="$API/api/" \
  SLACK_ANNOUNCE_CHANNEL="C0ANNOUNCE"
echo "[bench] Warroom ready in $BENCH_READY_MS ms on port $BENCH_PORT" >&2

java "$BENCH_ROOT/bench/SlackLoad.java" load --url="http://127.0.0.1:$BENCH_PORT" --secret="$SECRET" --api="$API" "$@"
