#!/usr/bin/env bash
# Runbook latency through the REST command API, as chat surfaces see it (Slack and Discord give 3 seconds):
#   ask      - `rollback`: plan the run and answer with its confirmation
#   confirm  - `run confirm`: start a 5-second action and answer without waiting for it
#   result   - from confirming `true` to its result on the timeline (process start, two transactions)
# Usage: bench/runbooks.sh [rounds]   (default 20; prints median and worst in ms)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-20}"
TOKEN="bench-token"
WORK="$(mktemp -d /tmp/warroom-runbooks-bench.XXXXXX)"
trap 'bench_stop; rm -rf "$WORK"' EXIT

cat >"$WORK/runbooks.yaml" <<YAML
services:
  bench:
    rollback:
      command: ["true"]
    slow:
      command: [sleep, "5"]
      timeout: 30s
YAML

bench_build
bench_start WARROOM_API_TOKEN="$TOKEN" WARROOM_RUNBOOKS_FILE="$WORK/runbooks.yaml"
API="http://127.0.0.1:$BENCH_PORT/api"

call() { # call METHOD PATH [JSON] -> body on stdout, seconds taken in $WORK/took
  curl -s -o "$WORK/body" -w '%{time_total}' -X "$1" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${3:+--data "$3"} "$API$2" >"$WORK/took"
  cat "$WORK/body"
}
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval("d"+sys.argv[1]))' "$1"; }
ms() { python3 -c 'import sys; print(round(float(open(sys.argv[1]).read())*1000))' "$WORK/took"; }
summary() { sort -n | python3 -c 'import sys; v=[int(x) for x in sys.stdin]; print(f"median {v[len(v)//2]} ms, worst {v[-1]} ms over {len(v)}")'; }

KEY=$(call POST /incidents '{"title":"Runbook bench","severity":"SEV3","service":"bench","user":"ana"}' | field '["key"]')
call POST "/incidents/$KEY/commands" '{"text":"role commander me","user":"ana"}' >/dev/null

: >"$WORK/ask"; : >"$WORK/confirm"; : >"$WORK/result"
for _ in $(seq 1 "$ROUNDS"); do
  CONFIRM=$(call POST "/incidents/$KEY/commands" '{"text":"rollback","user":"ana"}' | field '["confirmation"]["command"]')
  ms >>"$WORK/ask"
  BEFORE=$(date +%s%N)
  call POST "/incidents/$KEY/commands" "{\"text\":\"$CONFIRM\",\"user\":\"ana\"}" >/dev/null
  RUN=$(echo "$CONFIRM" | cut -d' ' -f3)
  until call GET "/incidents/$KEY/timeline" | grep -q "run #$RUN, confirmed"; do sleep 0.005; done
  echo $(( ($(date +%s%N) - BEFORE) / 1000000 )) >>"$WORK/result"

  SLOW=$(call POST "/incidents/$KEY/commands" '{"text":"run slow","user":"ana"}' | field '["confirmation"]["command"]')
  call POST "/incidents/$KEY/commands" "{\"text\":\"$SLOW\",\"user\":\"ana\"}" | grep -q '"outcome":"ok"'
  ms >>"$WORK/confirm"
  RUN=$(echo "$SLOW" | cut -d' ' -f3)
  until call GET "/incidents/$KEY/timeline" | grep -q "run #$RUN, confirmed"; do sleep 0.1; done
done

echo "ask (rollback -> confirmation):          $(summary <"$WORK/ask")"
echo "confirm (reply while a 5 s action runs): $(summary <"$WORK/confirm")"
echo "result (confirm true -> timeline):       $(summary <"$WORK/result")"
