#!/usr/bin/env bash
# Builds and starts the API on a free loopback port with a temporary store seeded with the county, runs every
# *.test.mjs here against it (the GraphQL-over-HTTP audit; the change feed over graphql-ws and graphql-sse),
# stops the server and exits with the tests' result. With GOVGRAPH_TEST_REDIS (host:port of a redis-server) it
# also starts two instances, A and B, over a second store and that Redis for two-instances.test.mjs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
server_pid=""
# shellcheck source=api-process.sh
source "$here/api-process.sh"

stop_server() {
  stop_apis
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    # The server runs in its own process group (setsid): end dotnet run and the app it started together.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

# Node is needed for the audit anyway, so it also finds the free port.
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
base="http://127.0.0.1:$port"

echo "conformance: building the API"
dotnet build "$root/src/GovGraph.Api" --nologo -v quiet

echo "conformance: starting the API at $base (log: $work/server.log)"
# Every client of these suites calls from 127.0.0.1, one caller to the rate limiter: a generous bucket keeps the
# limiter in the path without letting it refuse the audit's and the feed tests' hundreds of requests.
Store__Path="$work/store/govgraph.db" Store__Seed=ningguo RateLimit__RequestsPerMinute=60000 RateLimit__Burst=10000 \
  setsid dotnet run --project "$root/src/GovGraph.Api" --no-build --no-launch-profile -- --urls "$base" \
  >"$work/server.log" 2>&1 &
server_pid=$!

# Two instances over one store file and one Redis, started while the first one seeds. B polls its change log only
# every 10 minutes, so A's commits reach B in time only through Redis: the tests prove the fan-out, not the poll.
# Their own channel and cache prefix keep them apart from anything else on that Redis.
instance_urls=()
if [[ -n "${GOVGRAPH_TEST_REDIS:-}" ]]; then
  echo "conformance: starting instances A and B over one store and Redis $GOVGRAPH_TEST_REDIS"
  export Redis__Channel="govgraph:conformance:$$:changes" Redis__CachePrefix="govgraph:conformance:$$:cache:"
  start_api "$work/shared/govgraph.db" ningguo "$GOVGRAPH_TEST_REDIS"
  instance_urls+=("GOVGRAPH_URL_A=$API_URL/graphql")
  Changes__PollInterval=00:10:00 start_api "$work/shared/govgraph.db" none "$GOVGRAPH_TEST_REDIS"
  instance_urls+=("GOVGRAPH_URL_B=$API_URL/graphql")
  unset Redis__Channel Redis__CachePrefix
fi

for _ in $(seq 1 120); do
  if curl -fsS "$base/health/live" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "conformance: the API exited during start-up:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "$base/health/live" >/dev/null || { echo "conformance: the API did not become live" >&2; cat "$work/server.log" >&2; exit 1; }

cd "$here"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi

# graphql-ws needs a WebSocket: global from Node 22, behind a flag in Node 20.
node_flags=()
if ! node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)'; then
  node_flags+=(--experimental-websocket)
fi

status=0
env GOVGRAPH_URL="$base/graphql" "${instance_urls[@]}" node "${node_flags[@]}" --test ./*.test.mjs || status=$?
exit "$status"
