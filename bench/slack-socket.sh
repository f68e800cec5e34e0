#!/usr/bin/env bash
# The Slack benchmark over Socket Mode: Warroom with SLACK_APP_TOKEN connects to a fake Socket Mode server on
# loopback (whose URL bench/SlackLoad.java's fake Web API hands out from apps.connections.open), and 50 clients send
# /incident commands as slash_commands envelopes. Prints p50/p95/p99 from sending an envelope to its acknowledgement
# as a Markdown table; exits 2 when p99 misses 300 ms. Extra arguments go to SlackSocketLoad (e.g. --seconds=30
# --clients=50 --open-share=0.2).
# Usage: bench/slack-socket.sh [--name=value ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FAKE_PID=""
LOAD_PID=""
API_PORT_FILE="$(mktemp -u /tmp/warroom-slack-fake.XXXXXX)"
SOCKET_PORT_FILE="$(mktemp -u /tmp/warroom-slack-socket.XXXXXX)"

cleanup() {
  bench_stop
  for pid in "$LOAD_PID" "$FAKE_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$API_PORT_FILE" "$SOCKET_PORT_FILE"
}
trap cleanup EXIT

wait_for_file() {
  for _ in $(seq 1 300); do
    [ -f "$1" ] && return
    kill -0 "$2" 2>/dev/null || { echo "$3 did not start" >&2; exit 1; }
    sleep 0.1
  done
}

bench_build

# Java-WebSocket comes from the packaged app, so the bench needs nothing else.
java -cp "$BENCH_ROOT/target/warroom-runner.jar" "$BENCH_ROOT/bench/SlackSocketLoad.java" \
  --port-file="$SOCKET_PORT_FILE" --api-port-file="$API_PORT_FILE" "$@" &
LOAD_PID=$!
wait_for_file "$SOCKET_PORT_FILE" "$LOAD_PID" "the fake Socket Mode server"

java "$BENCH_ROOT/bench/SlackLoad.java" serve --port-file="$API_PORT_FILE" \
  --socket-url="ws://127.0.0.1:$(cat "$SOCKET_PORT_FILE")/link/" &
FAKE_PID=$!
wait_for_file "$API_PORT_FILE" "$FAKE_PID" "the fake Slack Web API"
API="http://127.0.0.1:$(cat "$API_PORT_FILE")"

bench_start SLACK_BOT_TOKEN="xoxb-bench-token" SLACK_APP_TOKEN="xapp-1-A0WARROOM1-bench" \
  SLACK_API_URL="$API/api/" SLACK_ANNOUNCE_CHANNEL="C0ANNOUNCE"
echo "[bench] Warroom ready in $BENCH_READY_MS ms on port $BENCH_PORT" >&2

status=0
wait "$LOAD_PID" || status=$?
LOAD_PID=""
exit "$status"
