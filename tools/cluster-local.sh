#!/usr/bin/env bash
# Starts a three-silo ShelfScout cluster on this machine over one SQLite file (localhost clustering: one machine
# only, until clustering on PostgreSQL lands). Ctrl+C stops all three. Usage: tools/cluster-local.sh [DB] [CLUSTER_ID]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-./cluster.db}"
id="${2:-shelfscout}"
dotnet build src/ShelfScout.Cluster.Cli -c Release -v q -nologo >/dev/null
bin=src/ShelfScout.Cluster.Cli/bin/Release/net10.0/shelfscout-cluster
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for i in 0 1 2; do
  "$bin" silo --cluster-id "$id" --db "$db" --silo-port $((11111 + i)) --gateway-port $((30000 + i)) --primary-port 11111 &
  pids+=($!)
  [ "$i" = 0 ] && sleep 3   # the primary silo first: the others join it
done
echo "cluster '$id' up: gateways 30000-30002; try: $bin cluster submit --url http://127.0.0.1:8080/ --wait" >&2
wait
