#!/usr/bin/env bash
# GovGraph's one test command: installs what the tests need, starts what they need, runs every test
# (.NET unit, contract and API tests, then the Node conformance suite against a running server) and ends
# with one summary line "tests: N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$(mktemp -d)"
redis_pid=""
cleanup() {
  if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null || true; fi
  rm -rf "$results"
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

# 1. Tools. The .NET SDK comes with the machine; Node 20 and npm are needed for GraphiQL and conformance.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# Redis for the fan-out, cache and outage tests (the outage test starts its own redis-server beside this one).
if ! command -v redis-server >/dev/null 2>&1; then
  say "installing redis-server (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if command -v redis-server >/dev/null 2>&1; then
  redis_port=6390
  while (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; do redis_port=$((redis_port + 1)); done
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$results/redis.pid" --logfile "$results/redis.log"
  for _ in $(seq 1 50); do
    [ -s "$results/redis.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
    sleep 0.1
  done
  redis_pid="$(cat "$results/redis.pid" 2>/dev/null)"
  export GOVGRAPH_TEST_REDIS="127.0.0.1:$redis_port"
  say "redis-server on $GOVGRAPH_TEST_REDIS (pid $redis_pid)"
else
  say "no redis-server: the Redis tests will be skipped"
fi

# LibreOffice opens the .xlsx exports in the spreadsheet tests (headless; the Calc-only package, no GUI).
if ! command -v soffice >/dev/null 2>&1; then
  say "installing LibreOffice Calc (apt, libreoffice-calc-nogui)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi

# 2. .NET tests: every test project of the solution.
say "dotnet test"
dotnet build GovGraph.sln -nologo -v quiet 2>&1 | tail -n 20
build_status=${PIPESTATUS[0]}
# A failed build must fail the run: --no-build would otherwise test whatever stale binaries are on disk.
if [ "$build_status" -ne 0 ]; then echo "dotnet build failed (exit $build_status)"; exit 1; fi
dotnet test GovGraph.sln --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$results/dotnet.log"
dotnet_status=${PIPESTATUS[0]}

# 3. Conformance: the real npm clients against a running API.
say "conformance (graphql-http audit, graphql-ws and graphql-sse feed tests, two instances through Redis)"
bash tests/conformance/run-conformance.sh 2>&1 | tee "$results/node.log"
node_status=${PIPESTATUS[0]}

# 4. One summary over both runners. Skipped tests are listed with their reasons above.
# dotnet test's console logger ends each project with "Total tests: N" then "Passed: N", "Failed: N", "Skipped: N".
sum() { sed -nE "s/^[[:space:]]+$1: ([0-9]+)\$/\1/p" "$results/dotnet.log" | awk '{ t += $1 } END { print t + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
node_pass=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$results/node.log" | tail -n 1)
node_fail=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$results/node.log" | tail -n 1)
node_skip=$(sed -nE 's/^# skipped ([0-9]+)$/\1/p' "$results/node.log" | tail -n 1)
passed=$((passed + ${node_pass:-0})); failed=$((failed + ${node_fail:-0})); skipped=$((skipped + ${node_skip:-0}))
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$node_status" -ne 0 ] && [ -z "${node_fail:-}" ]; then failed=$((failed + 1)); fi

grep -E "^\s+Skipped " "$results/dotnet.log" | sed 's/^/skipped: /' || true
# Failures last, just above the summary, so a log cut to its tail still names them.
grep -E -A6 "^\s+Failed " "$results/dotnet.log" | sed 's/^/failed: /' || true
grep -E "^\s*not ok " "$results/node.log" | sed 's/^/failed: /' || true
if [ "$dotnet_status" -ne 0 ] && ! grep -qE "^\s+Failed " "$results/dotnet.log"; then
  echo "failed: dotnet test exited $dotnet_status without naming a failed test (a test host crash?); its last lines:"
  tail -n 15 "$results/dotnet.log" | sed 's/^/failed:   /'
fi
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$dotnet_status" -eq 0 ] && [ "$node_status" -eq 0 ] && [ "$failed" -eq 0 ]
