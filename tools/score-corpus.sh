#!/usr/bin/env bash
# Runs `shelfscout extract` once over the pages of a corpus and scores the predictions with shared/tools/score-products.
# Usage (from the repository root; builds the CLI first):
#   tools/score-corpus.sh [--half tuning|check] [scorer args, e.g. --errors]
#       product-pages (page URLs from ground-truth.json); --half keeps one half of the by-site split in
#       tests/ShelfScout.Extraction.Tests/Products/product-pages-split.tsv (look at tuning-half errors only).
#   tools/score-corpus.sh --price-pages [--errors]
#       price-pages (72 retailers, price annotated only; score the price column), no peers.
# PREDICTIONS=FILE keeps the predictions.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHELFSCOUT_SHARED:-$root/../shared}"
split="$root/tests/ShelfScout.Extraction.Tests/Products/product-pages-split.tsv"
corpus="$shared/corpus/product-pages"
truth="$corpus/ground-truth.json"
peers="$corpus/peer-outputs.json"
half=""
scorer=()
while [ $# -gt 0 ]; do
  case "$1" in
    --price-pages) corpus="$shared/corpus/price-pages"; truth="$corpus/truth.json"; peers=""; shift ;;
    --half) half="$2"; shift 2 ;;
    *) scorer+=("$1"); shift ;;
  esac
done
out="${PREDICTIONS:-$(mktemp -t shelfscout-predictions.XXXXXX.jsonl)}"
work="$(mktemp -d -t shelfscout-score.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# The truth file scored against: the whole corpus, or the pages of one half of the split.
python3 - "$truth" "$split" "$half" "$work/truth.json" <<'PY'
import json, sys
truth, split, half, out = sys.argv[1:]
pages = json.load(open(truth, encoding='utf-8'))
if half:
    keep = {line.split('\t')[0] for line in open(split, encoding='utf-8')
            if not line.startswith('#') and line.rstrip('\n').split('\t')[2] == half}
    pages = {k: v for k, v in pages.items() if k in keep}
json.dump(pages, open(out, 'w', encoding='utf-8'))
PY
dotnet build "$root/src/ShelfScout.Cli" -c Release -v q -nologo >/dev/null
# --url is paired with inputs in order, so list every --url first, then every input.
urls=(); files=()
# A page without a URL in the truth gets a placeholder URL of its own (extract needs one --url per input).
while IFS=$'\t' read -r id url; do
  urls+=(--url "$url"); files+=("$corpus/html/$id.html")
done < <(python3 -c 'import json,sys; [print(k + "\t" + (v.get("url") if "://" in (v.get("url") or "") else "http://unknown.invalid/" + k)) for k, v in sorted(json.load(open(sys.argv[1])).items())]' "$work/truth.json")
start=$(date +%s.%N)
dotnet "$root/src/ShelfScout.Cli/bin/Release/net10.0/shelfscout.dll" extract --format jsonl "${urls[@]}" "${files[@]}" > "$out"
end=$(date +%s.%N)
echo "extract: ${#files[@]} pages in $(python3 -c "print(f'{$end - $start:.2f}')") s (one process) -> $out" >&2
# The scorer counts only the pages of the truth it is given, so peers are scored on the same pages.
"$shared/tools/score-products" "$out" --truth "$work/truth.json" --peers "$peers" ${scorer[@]+"${scorer[@]}"}
