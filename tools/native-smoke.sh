#!/usr/bin/env bash
# Builds the native (ahead-of-time compiled) `shelfscout` executable with `dotnet publish` and runs it as a user
# would: the demo end to end, every export kind and format (compared byte for byte with the JIT build's), `extract`
# over saved pages (compared with the JIT build's records), `history`, `alerts`, `db check`, and two bad inputs
# (their exit codes). The build's trimming/AOT analyzers catch most code that would break the native executable;
# this catches the rest at run time.
#
#   tools/native-smoke.sh [OUT_DIR=artifacts/native]
#
# Needs a C toolchain (gcc or clang) for the native link; without one it says so and exits 0 (nothing to check).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/artifacts/native}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if ! command -v gcc >/dev/null && ! command -v clang >/dev/null; then
  echo "native-smoke: skipped: no C toolchain (gcc or clang) to link the native executable"
  exit 0
fi

fail() { echo "native-smoke: FAILED: $*" >&2; exit 1; }

dotnet publish "$ROOT/src/ShelfScout.Cli" -c Release -o "$OUT" -nologo -v quiet > "$WORK/publish.log" 2>&1 \
  || { tail -20 "$WORK/publish.log" >&2; fail "dotnet publish"; }
dotnet build "$ROOT/src/ShelfScout.Cli" -c Release -nologo -v quiet > "$WORK/build.log" 2>&1 \
  || { tail -20 "$WORK/build.log" >&2; fail "dotnet build"; }
NATIVE="$OUT/shelfscout"
JIT=(dotnet "$ROOT/src/ShelfScout.Cli/bin/Release/net10.0/shelfscout.dll")
[[ -x "$NATIVE" ]] || fail "no executable at $NATIVE"

cd "$WORK"
COLUMNS=80 "$NATIVE" demo --db demo.db > demo.txt 2>&1 || { cat demo.txt >&2; fail "demo exited $?"; }
line=$(grep '^Expected ' demo.txt) || fail "demo printed no expected/found line"
expected=$(sed -E 's/^Expected ([0-9]+) categories, ([0-9]+) products, ([0-9]+) reviews; found .*/\1 \2 \3/' <<< "$line")
found=$(sed -E 's/.*; found ([0-9]+), ([0-9]+), ([0-9]+)\.$/\1 \2 \3/' <<< "$line")
[[ "$expected" == "$found" ]] || fail "demo: $line"
echo "native-smoke: demo ok ($line)"

for kind in products variants categories prices reviews alerts; do
  for format in jsonl json csv; do
    "$NATIVE" export "$kind" --db demo.db --format "$format" --output "n.$kind.$format" > /dev/null 2>&1 || fail "export $kind $format (native)"
    "${JIT[@]}" export "$kind" --db demo.db --format "$format" --output "j.$kind.$format" > /dev/null 2>&1 || fail "export $kind $format (jit)"
    cmp -s "n.$kind.$format" "j.$kind.$format" || fail "export $kind $format differs between the native and JIT builds"
  done
done
echo "native-smoke: 18 exports identical to the JIT build's"

CORPUS=${SHELFSCOUT_CORPUS:-$ROOT/../shared/corpus}
if [[ -d "$CORPUS/product-pages" ]]; then
  mapfile -t pages < <(find "$CORPUS/product-pages" -name '*.html' | sort | head -n 40)
  "$NATIVE" extract "${pages[@]}" missing.html --format jsonl > n.extract.jsonl 2>/dev/null && fail "extract with a missing file exited 0"
  "${JIT[@]}" extract "${pages[@]}" missing.html --format jsonl > j.extract.jsonl 2>/dev/null || true
  [[ $(wc -l < n.extract.jsonl) -eq $((${#pages[@]} + 1)) ]] || fail "extract wrote $(wc -l < n.extract.jsonl) records for $((${#pages[@]} + 1)) inputs"
  cmp -s n.extract.jsonl j.extract.jsonl || fail "extract records differ between the native and JIT builds"
  echo "native-smoke: extract of ${#pages[@]} corpus pages identical to the JIT build's"
fi

url=$(head -n 1 n.products.jsonl | sed -E 's/.*"url":"([^"]+)".*/\1/')
"$NATIVE" history "$url" --db demo.db > /dev/null || fail "history"
"$NATIVE" alerts --db demo.db --json > /dev/null || fail "alerts"
[[ $("$NATIVE" db check demo.db) == ok ]] || fail "db check"
set +e
"$NATIVE" run --url not-a-url > /dev/null 2>&1; usage=$?
"$NATIVE" export products --db missing.db > /dev/null 2>&1; database=$?
set -e
[[ $usage -eq 2 && $database -eq 3 ]] || fail "exit codes: bad URL $usage (want 2), missing database $database (want 3)"
echo "native-smoke: history, alerts, db check and exit codes ok"
