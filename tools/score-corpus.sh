#!/usr/bin/env bash
# Runs `shelfscout extract` once over every page of the product-page corpus (page URLs from ground-truth.json)
# and scores the predictions with shared/tools/score-products. Extra arguments (e.g. --errors) go to the scorer.
# Usage: tools/score-corpus.sh [--errors]     (from the repository root; builds the CLI first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHELFSCOUT_SHARED:-$root/../shared}"
corpus="$shared/corpus/product-pages"
out="${PREDICTIONS:-$(mktemp -t shelfscout-predictions.XXXXXX.jsonl)}"
dotnet build "$root/src/ShelfScout.Cli" -c Release -v q -nologo >/dev/null
args=()
while IFS=$'\t' read -r id url; do
  args+=(--url "$url" "$corpus/html/$id.html")
done < <(python3 -c 'import json,sys; [print(k + "\t" + v["url"]) for k, v in sorted(json.load(open(sys.argv[1])).items())]' "$corpus/ground-truth.json")
# --url is paired with inputs in order, so list every --url first, then every input.
urls=(); files=()
for ((i = 0; i < ${#args[@]}; i += 3)); do urls+=(--url "${args[i+1]}"); files+=("${args[i+2]}"); done
start=$(date +%s.%N)
dotnet "$root/src/ShelfScout.Cli/bin/Release/net10.0/shelfscout.dll" extract --format jsonl "${urls[@]}" "${files[@]}" > "$out"
end=$(date +%s.%N)
echo "extract: ${#files[@]} pages in $(python3 -c "print(f'{$end - $start:.2f}')") s (one process) -> $out" >&2
"$shared/tools/score-products" "$out" "$@"
