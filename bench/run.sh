#!/usr/bin/env bash
# Builds in Release, runs the benchmark (1x and 10x; stores under bench/data/ are reused when their scale
# matches), and writes bench/RESULTS.md: the machine, the tables, and the findings kept in bench/findings.md.
# Extra arguments go to the benchmark, e.g. bench/run.sh --scales 1 --iterations 50
# BENCH_REPORT_ONLY=1 bench/run.sh rewrites RESULTS.md from the last run (e.g. after editing findings.md).
# BENCH_PART=queries, BENCH_PART=subscriptions or BENCH_PART=scope runs only that part (the others keep their last table).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
table="$root/bench/data/results-table.md"
subscriptions="$root/bench/data/subscriptions-table.md"
scope="$root/bench/data/scope-table.md"
part="${BENCH_PART:-all}"
machine="$root/bench/data/machine.md"

if [ "${BENCH_REPORT_ONLY:-0}" != "1" ]; then
  dotnet build GovGraph.sln -c Release -p:GraphiQLSkip=true -nologo -v:q
  if [ "$part" = "all" ] || [ "$part" = "queries" ]; then
    dotnet bench/GovGraph.Bench/bin/Release/net10.0/GovGraph.Bench.dll \
      --api "$root/src/GovGraph.Api/bin/Release/net10.0/GovGraph.Api.dll" \
      --data "$root/bench/data" --out "$table" "$@"
  fi
  if [ "$part" = "all" ] || [ "$part" = "scope" ]; then
    dotnet bench/GovGraph.Bench/bin/Release/net10.0/GovGraph.Bench.dll --mode scope \
      --api "$root/src/GovGraph.Api/bin/Release/net10.0/GovGraph.Api.dll" \
      --data "$root/bench/data" --out "$scope" "$@"
  fi
  if [ "$part" = "all" ] || [ "$part" = "subscriptions" ]; then
    dotnet bench/GovGraph.Bench/bin/Release/net10.0/GovGraph.Bench.dll --mode subscriptions \
      --api "$root/src/GovGraph.Api/bin/Release/net10.0/GovGraph.Api.dll" \
      --data "$root/bench/data" --out "$subscriptions" "$@"
  fi

  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  mem="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  os="$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  runtime="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  {
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- nproc: $(nproc); memory: $mem"
    echo "- CPU: $cpu"
    echo "- OS: $os"
    echo "- .NET: SDK $(dotnet --version), runtime $runtime"
    echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows here)"
  } > "$machine"
fi

{
  echo "# GovGraph benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (bench/GovGraph.Bench). Latency is measured through HTTP against the API"
  echo "running as a child process (\`dotnet src/GovGraph.Api/bin/Release/net10.0/GovGraph.Api.dll --urls"
  echo "http://127.0.0.1:<free port> --Store:Path=<file> --Store:Seed=none --RateLimit:Enabled=false --ServiceRequests:Escalation:Enabled=false\`, default appsettings, so one Information"
  echo "log line per request), one sequential client on one kept-alive connection. The floor is the same answer"
  echo "computed in the bench process by the store calls the resolvers make, on the same SQLite file, serialised with"
  echo "System.Text.Json; \"same answer\" says the floor's JSON equals the response's \`data\`."
  echo
  echo "## Machine"
  echo
  cat "$machine"
  echo
  echo "## Results"
  echo
  cat "$table"
  if [ -f "$scope" ]; then
    echo
    cat "$scope"
  fi
  if [ -f "$subscriptions" ]; then
    echo
    echo "The subscription run: the API on a copy of the scale-1 store; N subscribers on their own WebSocket connections"
    echo "(graphql-transport-ws, written against the protocol in the bench), \`subscription { changes { cursor at } }\`,"
    echo "while one client commits \`createPerson\` mutations at a fixed rate over HTTP. Latency is the event's \`at\`"
    echo "(taken when the commit holds the write lock) to arrival at the client, same clock. Lost and duplicated count,"
    echo "per subscriber, the change log's cursors (read back afterwards) it never got or got twice."
    echo
    cat "$subscriptions"
  fi
  if [ -f "$root/bench/findings.md" ]; then
    echo
    cat "$root/bench/findings.md"
  fi
} > "$root/bench/RESULTS.md"
echo "Wrote bench/RESULTS.md"
