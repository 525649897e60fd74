#!/usr/bin/env bash
# Record every output a refactor must leave unchanged, to compare two versions byte for byte.
#
#     scripts/outputs.sh DIR            # writes DIR/*.json, DIR/*.txt
#     diff -r BEFORE AFTER              # nothing printed: the outputs are the same
#
# Timelines of examples/, the seed corpus (../shared/corpora/seeds-niger) and a generated
# corpus of 2,000 articles, on the local engine and with --engine dask; and every evaluation
# figure (T17, story clusters, TimeBank and AQUAINT time expressions, contradictions), with
# the wall-time fields left out. The generated corpus is written once to DIR/../synthetic-2000
# .jsonl and reused, so both versions read the same file; DIR/synthetic.sha256 records what
# the generator made, so a change in the generator shows too.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "$1")
mkdir -p "$out"
bin=.venv/bin
shared=../shared
corpus=$(dirname "$out")/synthetic-2000.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin/python" - "$work/generated.jsonl" <<'EOF'
import sys
try:
    from storyline.testing import write_jsonl
except ImportError:
    from storyline.synthetic import write_jsonl
write_jsonl(sys.argv[1], 2000, seed=7)
EOF
sha256sum < "$work/generated.jsonl" > "$out/synthetic.sha256"
[ -f "$corpus" ] || cp "$work/generated.jsonl" "$corpus"

run=0
timeline() {  # NAME INPUT ARGS...: text and JSON of a fresh store's timeline
    local name=$1 input=$2
    shift 2
    for format in text json; do
        run=$((run + 1))
        "$bin/storyline" timeline "$input" --db "$work/$run.db" --format "$format" -q "$@" \
            > "$out/$name.$format"
    done
}
timeline examples examples/
timeline examples-dask examples/ --engine dask
timeline seeds "$shared/corpora/seeds-niger"
timeline seeds-dask "$shared/corpora/seeds-niger" --engine dask
timeline synthetic "$corpus"
timeline synthetic-dask "$corpus" --engine dask

figures() {  # NAME ARGS...: an evaluation's JSON without its timings
    local name=$1
    shift
    "$bin/storyline" eval "$@" --format json \
        | jq -S 'walk(if type == "object" then with_entries(select(.key | test("seconds") | not)) else . end)' \
        > "$out/eval-$name.json"
}
figures tls tls "$shared/datasets/tls/t17"
figures clusters clusters "$shared/datasets/clusters/giveme5w1h"
figures timebank timex "$shared/datasets/timex/timebank"
figures aquaint timex "$shared/datasets/timex/aquaint"
figures claims claims
jq -c '.overall | {align_m1_rouge1_f1, align_m1_rouge2_f1, date_f1}' "$out/eval-tls.json"
