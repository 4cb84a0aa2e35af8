#!/usr/bin/env bash
# Whole-process benchmark: `shelfscout run` vs a hand-written Scrapy spider crawling the same demo store
# (categories, listings, product pages; no prices/reviews refresh), same concurrency, no politeness delay,
# robots.txt obeyed by both. Reports wall time, pages fetched, pages/s and peak RSS of each crawler.
#
#   bench/crawl-vs-scrapy/run.sh [PRODUCTS=3000] [CONCURRENCY=16] [ROUNDS=3]
#
# Needs Debian's python3-scrapy (`apt-get install -y python3-scrapy`) and GNU time (/usr/bin/time). ShelfScout is
# measured as shipped: the native executable `dotnet publish` builds (needs a C toolchain, gcc or clang); without
# one it falls back to the JIT build and says so.
set -euo pipefail
PRODUCTS=${1:-3000}
CONCURRENCY=${2:-16}
ROUNDS=${3:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/crawl-vs-scrapy"
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
trap 'kill $STORE_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v scrapy >/dev/null || { echo "scrapy not found: apt-get install -y python3-scrapy" >&2; exit 2; }
dotnet build "$ROOT/src/ShelfScout.Cli" -c Release -v quiet -nologo >/dev/null
CLI="$ROOT/src/ShelfScout.Cli/bin/Release/net10.0/shelfscout.dll"
if dotnet publish "$ROOT/src/ShelfScout.Cli" -c Release -o "$WORK/native" -v quiet -nologo >"$WORK/publish.log" 2>&1; then
  SHELFSCOUT=("$WORK/native/shelfscout")
  echo "shelfscout: native executable (dotnet publish)"
else
  SHELFSCOUT=(dotnet "$CLI")
  echo "shelfscout: JIT build (the native publish failed, see below; a C toolchain is needed)"; tail -3 "$WORK/publish.log"
fi

dotnet "$CLI" demo-store --port "$PORT" --products "$PRODUCTS" --theme jsonld > "$WORK/store.log" 2>&1 &
STORE_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/robots.txt" >/dev/null && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/"

printf "%-10s %5s %8s %8s %9s %10s %8s\n" crawler round pages seconds pages/s peak_MiB cpu_s
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$WORK/shelf.db"*
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time-ss" "${SHELFSCOUT[@]}" run --url "$URL" --no-prices --no-reviews \
      --concurrency "$CONCURRENCY" --per-host-concurrency "$CONCURRENCY" --delay-ms 0 --db "$WORK/shelf.db" --json > "$WORK/ss.json"
  read -r secs kib usr sys < "$WORK/time-ss"
  pages=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pagesFetched"])' "$WORK/ss.json")
  products=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["products"])' "$WORK/ss.json")
  printf "%-10s %5s %8s %8s %9.1f %10.1f %8.1f  (%s products)\n" shelfscout "$round" "$pages" "$secs" "$(echo "$pages / $secs" | bc -l)" "$(echo "$kib / 1024" | bc -l)" "$(echo "$usr + $sys" | bc -l)" "$products"

  rm -f "$WORK/items.jsonl"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time-sc" scrapy runspider "$HERE/demo_spider.py" -a url="$URL" \
      -s CONCURRENT_REQUESTS="$CONCURRENCY" -s CONCURRENT_REQUESTS_PER_DOMAIN="$CONCURRENCY" \
      -o "$WORK/items.jsonl" > "$WORK/scrapy.log" 2>&1
  read -r secs kib usr sys < "$WORK/time-sc"
  pages=$(grep -o "'downloader/response_count': [0-9]*" "$WORK/scrapy.log" | grep -o '[0-9]*$')
  items=$(wc -l < "$WORK/items.jsonl")
  printf "%-10s %5s %8s %8s %9.1f %10.1f %8.1f  (%s products)\n" scrapy "$round" "$pages" "$secs" "$(echo "$pages / $secs" | bc -l)" "$(echo "$kib / 1024" | bc -l)" "$(echo "$usr + $sys" | bc -l)" "$items"
done
