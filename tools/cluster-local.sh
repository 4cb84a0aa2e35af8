#!/usr/bin/env bash
# Starts a three-silo ShelfScout cluster on this machine over one SQLite store file. Ctrl+C stops all three.
# Usage: tools/cluster-local.sh [DB] [CLUSTER_ID]
# With SHELFSCOUT_ORLEANS_DB set to a PostgreSQL URL (postgresql://user@host:5432/db), membership, grain state and
# schedules (reminders) live in that database, so they survive the silos and silos on other machines can join;
# without it, localhost clustering and in-memory state.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-./cluster.db}"
id="${2:-shelfscout}"
dotnet build src/ShelfScout.Cluster.Cli -c Release -v q -nologo >/dev/null
bin=src/ShelfScout.Cluster.Cli/bin/Release/net10.0/shelfscout-cluster
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for i in 0 1 2; do
  # --orleans-db defaults to $SHELFSCOUT_ORLEANS_DB; --primary-port only matters for localhost clustering.
  "$bin" silo --cluster-id "$id" --db "$db" --silo-port $((11111 + i)) --gateway-port $((30000 + i)) --primary-port 11111 &
  pids+=($!)
  [ "$i" = 0 ] && sleep 3   # the first silo first: it creates the store (and the Orleans schema), the others join it
done
echo "cluster '$id' up: gateways 30000-30002; try: $bin cluster submit --url http://127.0.0.1:8080/ --wait" >&2
wait
