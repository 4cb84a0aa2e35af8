#!/usr/bin/env bash
# Monitoring-cycle benchmark: how many product-page requests a recheck of a known catalogue costs.
# A 3,000-product demo store is crawled once (day 0, the baseline), then rechecked on an unchanged day (day 0 again)
# and on a day where a fixed fraction of offers changed (day 1, --change-rate). Product-page requests are counted by
# the store itself (/__requests.json: productPages, notModified). Alerts raised are compared with the store's truth.
#
#   bench/monitoring/run.sh [PRODUCTS=3000] [CHANGE_RATE=0.05] [CARDS=stock|price]
#
# CARDS=stock: listing cards show price and stock; CARDS=price: cards show the price only (the crawl then defers to
# the product sitemap's lastmod). Wall times of the cycles are reported too; time comparisons with whole-process A/B runs (e.g. /usr/bin/time -v).
set -euo pipefail
PRODUCTS=${1:-3000}
RATE=${2:-0.05}
CARDS=${3:-stock}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
STORE_PID=
trap '[ -n "$STORE_PID" ] && kill $STORE_PID 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

dotnet build "$ROOT/src/ShelfScout.Cli" -c Release -v quiet -nologo >/dev/null
CLI="$ROOT/src/ShelfScout.Cli/bin/Release/net10.0/shelfscout.dll"
CARD_FLAG=(); [ "$CARDS" = stock ] && CARD_FLAG=(--card-stock)

start_store() { # day
  [ -n "$STORE_PID" ] && { kill "$STORE_PID"; wait "$STORE_PID" 2>/dev/null || true; }
  dotnet "$CLI" demo-store --port "$PORT" --products "$PRODUCTS" --theme jsonld --churn 0 --change-rate "$RATE" \
      "${CARD_FLAG[@]}" --day "$1" > "$WORK/store.log" 2>&1 &
  STORE_PID=$!
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/robots.txt" >/dev/null && return; sleep 0.1; done
  echo "demo store did not start" >&2; exit 1
}
counter() { curl -sf "http://127.0.0.1:$PORT/__requests.json" | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['$1'])"; }
cycle() { # label
  local before nm_before start end
  before=$(counter productPages); nm_before=$(counter notModified); start=$(date +%s.%N)
  dotnet "$CLI" run --url "http://127.0.0.1:$PORT/" --db "$WORK/shelf.db" --no-reviews --concurrency 16 \
      --per-host-concurrency 16 --delay-ms 0 --json > "$WORK/$1.json" || true
  end=$(date +%s.%N)
  local pages=$(( $(counter productPages) - before )) nm=$(( $(counter notModified) - nm_before ))
  local alerts=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["alerts"]))' "$WORK/$1.json")
  python3 -c 'import json,sys; [print("   ", s["stage"], s.get("note")) for s in json.load(open(sys.argv[1]))["stages"]]' "$WORK/$1.json" 2>/dev/null || true
  printf "%-10s product-page requests %6d (%5.3f per product, %d answered 304), alerts %5d, %6.1f s\n" \
      "$1" "$pages" "$(echo "$pages / $PRODUCTS" | bc -l)" "$nm" "$alerts" "$(echo "$end - $start" | bc -l)"
}

echo "products=$PRODUCTS change-rate=$RATE cards=$CARDS"
start_store 0; cycle baseline
start_store 0; cycle unchanged
start_store 1; cycle changed
python3 - "$WORK/changed.json" "$PORT" <<'PY'
import json, sys, urllib.request
summary = json.load(open(sys.argv[1]))
truth = json.load(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[2]}/__truth.json"))
origin = f"http://127.0.0.1:{sys.argv[2]}"
money = lambda v: None if v is None else round(float(v), 2)
want = sorted(f"{c['kind']} {c['url']} {money(c.get('oldPrice'))} {money(c.get('newPrice'))}" for c in truth["changesSincePreviousDay"])
got = sorted(f"{a['kind']} {a['url']} {money(a.get('oldPrice'))} {money(a.get('newPrice'))}" for a in summary["alerts"])
for line in sorted(set(want) ^ set(got))[:6]: print("  diff:", line)
print(f"changes in the store's truth: {len(want)}; alerts raised: {len(got)}; missed: {len(set(want) - set(got))}; extra: {len(set(got) - set(want))}")
PY
