#!/usr/bin/env bash
# Helpers to run API processes for the Node suites, for tests that need more than one instance (two API
# processes over one store file and one redis-server). Source it, then:
#   start_api STORE_PATH SEED [REDIS]   starts `dotnet run` of the built API on a free loopback port; sets API_URL
#                                       (http://127.0.0.1:PORT) and API_PID; the log is STORE_PATH.PORT.log
#   stop_apis                           stops every API this shell started (call it from an EXIT trap)
# The first instance seeds the store (SEED=ningguo or none); give a second one the same STORE_PATH with
# SEED=none and the same REDIS (host:port) so it shares the graph, the change log, the fan-out and the cache.
# Build first: dotnet build src/GovGraph.Api.

api_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
API_PIDS=()

start_api() {
  local store="$1" seed="$2" redis="${3:-}" port log
  port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
  API_URL="http://127.0.0.1:$port"
  log="$store.$port.log"
  mkdir -p "$(dirname "$store")"
  # Its own process group (setsid), so stop_apis ends dotnet run and the app it started together.
  # One loopback caller to the rate limiter, as in run-conformance.sh: a generous bucket.
  Store__Path="$store" Store__Seed="$seed" ConnectionStrings__Redis="$redis" RateLimit__RequestsPerMinute=60000 RateLimit__Burst=10000 \
    setsid dotnet run --project "$api_root/src/GovGraph.Api" --no-build --no-launch-profile -- --urls "$API_URL" \
    >"$log" 2>&1 &
  API_PID=$!
  API_PIDS+=("$API_PID")
  for _ in $(seq 1 240); do
    if curl -fsS "$API_URL/health/live" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$API_PID" 2>/dev/null; then
      echo "api-process: the API on $API_URL exited during start-up:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "api-process: the API on $API_URL did not become live" >&2
  cat "$log" >&2
  return 1
}

stop_apis() {
  local pid
  for pid in "${API_PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${API_PIDS[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  API_PIDS=()
}
