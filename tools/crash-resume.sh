#!/usr/bin/env bash
# kill -9 a demo crawl at about 30% and 60% of its products, run the same command again, and check the result:
# every product exactly once, PRAGMA integrity_check ok after each kill, and how many product pages were fetched
# more than once. Usage: tools/crash-resume.sh [PRODUCTS=2000]. Needs python3 (for sqlite3 reads) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
products="${1:-2000}"
dotnet build src/ShelfScout.Cli -c Release -v q -nologo >/dev/null
bin=src/ShelfScout.Cli/bin/Release/net10.0/shelfscout
work="$(mktemp -d)"
trap 'kill "$store" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" demo-store --port "$port" --products "$products" --seed 7 --churn 0 >"$work/store.log" 2>&1 &
store=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/robots.txt" >/dev/null 2>&1 && break; sleep 0.2; done
db="$work/crash.db"
run=("$bin" run --url "http://127.0.0.1:$port/" --db "$db" --no-reviews --no-prices --delay-ms 0 --concurrency 8 --json)
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect('file:$db?mode=ro', uri=True); print(c.execute(sys.argv[1]).fetchone()[0])" "$1" 2>/dev/null || echo 0; }
for pct in 30 60; do
  "${run[@]}" >/dev/null 2>&1 &
  child=$!
  target=$((products * pct / 100))
  while [ "$(count 'SELECT COUNT(*) FROM products')" -lt "$target" ]; do sleep 0.1; done
  kill -9 "$child"; wait "$child" 2>/dev/null || true
  echo "killed at $(count 'SELECT COUNT(*) FROM products') products; integrity_check: $(count 'PRAGMA integrity_check')"
done
"${run[@]}" >"$work/summary.json" 2>/dev/null; rc=$?
echo "final run exit $rc; products $(count 'SELECT COUNT(*) FROM products') of $products (distinct urls $(count 'SELECT COUNT(DISTINCT url) FROM products'))"
echo "runs: $(count "SELECT group_concat(status, ',') FROM (SELECT status FROM runs ORDER BY id)")"
echo "integrity_check: $(count 'PRAGMA integrity_check')"
curl -fs "http://127.0.0.1:$port/__requests.json" | python3 -c "
import json,sys
by=json.load(sys.stdin)['byPath']
pages=[p for p in by if p.startswith('/products/') and not p.endswith('/reviews') and '?' not in p]
again=sum(1 for p in pages if by[p] > 1)
print(f'product pages fetched: {len(pages)}; fetched more than once: {again} ({100.0*again/max(1,len(pages)):.2f}%)')"
