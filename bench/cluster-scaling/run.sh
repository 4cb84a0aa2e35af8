#!/usr/bin/env bash
# One latency-bound cluster crawl: a demo store on 127.0.0.1 that answers every page after LATENCY_MS, crawled by SILOS
# silo processes (shelfscout-cluster silo, localhost clustering, one shared SQLite file). Prints one line:
#   silos=N pages=P seconds=S pages_per_s=R   (the crawl from submit to completion; silo start-up not counted)
# Usage: bench/cluster-scaling/run.sh SILOS [PRODUCTS] [LATENCY_MS] [CONCURRENCY_PER_SILO]
set -euo pipefail
cd "$(dirname "$0")/../.."
silos="${1:?number of silos}"; products="${2:-1000}"; latency="${3:-50}"; concurrency="${4:-2}"
shelf=src/ShelfScout.Cli/bin/Release/net10.0/shelfscout
cluster=src/ShelfScout.Cluster.Cli/bin/Release/net10.0/shelfscout-cluster
[ -x "$shelf" ] && [ -x "$cluster" ] || { echo "build first: dotnet build src/ShelfScout.Cli -c Release && dotnet build src/ShelfScout.Cluster.Cli -c Release" >&2; exit 2; }
work="$(mktemp -d)"; pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
store_port=$(free_port); id="bench$$"; base=$((20000 + RANDOM % 20000))
"$shelf" demo-store --port "$store_port" --products "$products" --churn 0 --latency-ms "$latency" >"$work/store.log" 2>&1 & pids+=($!)
for i in $(seq 0 $((silos - 1))); do
  # Per-host limit and delay out of the way: the point is how the waiting spreads over silos, not politeness.
  "$cluster" silo --cluster-id "$id" --db "$work/cluster.db" --silo-port $((base + i)) --gateway-port $((base + 100 + i)) \
    --primary-port "$base" --per-host-concurrency 64 --delay-ms 0 >"$work/silo$i.log" 2>&1 & pids+=($!)
  [ "$i" = 0 ] && sleep 2
done
url="http://127.0.0.1:$store_port/"
until "$cluster" cluster status --url "$url" --cluster-id "$id" --gateway-port $((base + 100)) >/dev/null 2>&1; do sleep 0.5; done
sleep 2   # the other silos join the membership
start=$(date +%s.%N)
status=$("$cluster" cluster submit --url "$url" --cluster-id "$id" --gateway-port $((base + 100)) --concurrency "$concurrency" --wait)
end=$(date +%s.%N)
printf "%s\n" "$status" >"$work/status.json"
pages=$(printf '%s' "$status" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["done"] + s["failed"])')
python3 - "$silos" "$pages" "$start" "$end" <<'PY'
import sys
silos, pages, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"silos={silos} pages={pages} seconds={end - start:.1f} pages_per_s={pages / (end - start):.1f}")
PY
