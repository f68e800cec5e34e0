#!/usr/bin/env bash
# Start-up with the Discord bot: time to ready (/q/health/ready) and resident memory with the bot off, on against an
# unreachable Discord, and on against the fake Discord of the tests (there also: time until the bot is connected).
# Usage: bench/discord-start.sh [runs per case, default 3]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${1:-3}"
bench_build
cd "$BENCH_ROOT"
if [ ! -f target/test-classes/io/warroom/support/discord/FakeDiscordServer.class ] || [ ! -f target/bench-test.classpath ]; then
  echo "Compiling the fake Discord (mvn test-compile)..." >&2
  mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-test.classpath >&2
fi

FAKE_DIR="$(mktemp -d /tmp/warroom-fake-discord.XXXXXX)"
mkfifo "$FAKE_DIR/in"
java -cp "target/test-classes:target/classes:$(cat target/bench-test.classpath)" \
  io.warroom.support.discord.FakeDiscordServer <"$FAKE_DIR/in" >"$FAKE_DIR/env" 2>"$FAKE_DIR/log" &
FAKE_PID=$!
exec 9>"$FAKE_DIR/in"
cleanup() { bench_stop; exec 9>&-; wait "$FAKE_PID" 2>/dev/null || true; rm -rf "$FAKE_DIR"; }
trap cleanup EXIT
for _ in $(seq 1 300); do grep -q '^READY$' "$FAKE_DIR/env" 2>/dev/null && break; sleep 0.1; done
mapfile -t FAKE_ENV < <(grep '^DISCORD_' "$FAKE_DIR/env" | grep -v REQUEST_TIMEOUT)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# CPU time (user + system) the process has used so far, in ms: unlike wall time, barely moved by other load.
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$1/stat"; }

run_case() {
  local name="$1"; shift
  local ready=() cpu=() rss=() connected=()
  for _ in $(seq 1 "$RUNS"); do
    local t0
    t0=$(date +%s%N)
    bench_start "$@"
    ready+=("$BENCH_READY_MS")
    cpu+=("$(cpu_ms "$BENCH_PID")")
    if [ "$name" = "fake Discord" ]; then
      for _ in $(seq 1 400); do
        grep -q 'Discord bot connected as' "$BENCH_DATA/warroom.log" && break
        sleep 0.05
      done
      connected+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
    fi
    sleep 2
    rss+=("$(bench_rss_mb)")
    bench_stop
  done
  printf '| %-24s | %10s | %12s | %14s | %8s |\n' "$name" \
    "$(printf '%s\n' "${ready[@]}" | median)" \
    "$(printf '%s\n' "${cpu[@]}" | median)" \
    "$( [ ${#connected[@]} -gt 0 ] && printf '%s\n' "${connected[@]}" | median || echo -)" \
    "$(printf '%s\n' "${rss[@]}" | median)"
}

echo
echo "Median of $RUNS runs each, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start."
echo
printf '| %-24s | %10s | %12s | %14s | %8s |\n' "Discord" "ready (ms)" "CPU to ready" "connected (ms)" "RSS (MB)"
printf '|%s|%s|%s|%s|%s|\n' "--------------------------" "------------" "--------------" "----------------" "----------"
run_case "off (no token)"
run_case "unreachable API" DISCORD_BOT_TOKEN=bench-token DISCORD_API_URL=http://127.0.0.1:9/api/v10/
run_case "fake Discord" "${FAKE_ENV[@]}"
echo
echo "ready: process start to /q/health/ready answering 200 (target: 3000 ms)."
echo "CPU to ready: CPU time (ms, all threads) the process used until ready; compare it when the machine is busy."
echo "connected: process start to the bot logging it is connected (READY received; fake Discord on loopback)."
echo "RSS: resident memory 2 s after ready."
