#!/usr/bin/env bash
# The example articles against their checked expected output, so the demo cannot go stale.
# Regenerate the expected files with scripts/update-expected after an intended change.
set -euo pipefail
: "${TKG:?path to the tkg executable}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check_same() {  # name expected actual
    if ! cmp -s "$2" "$3"; then
        echo "FAIL: $1 differs from $2:"
        diff <(tr ',' '\n' < "$2") <(tr ',' '\n' < "$3") | head -40 || true
        fail=1
    else
        echo "ok: $1"
    fi
}

"$TKG" extract examples/articles -o "$tmp/extract.jsonl" --threads 1
check_same "tkg extract examples/articles" tests/data/examples.extract.jsonl "$tmp/extract.jsonl"

"$TKG" build examples/articles -o "$tmp/out" --threads 2 2> "$tmp/summary.txt"
cat "$tmp/summary.txt"
grep -q "read 2 articles: 2 accepted, 0 rejected" "$tmp/summary.txt" || { echo "FAIL: summary"; fail=1; }
check_same "tkg build: graph.json" tests/data/examples.graph.json "$tmp/out/graph.json"
check_same "tkg build: timeline.json" tests/data/examples.timeline.json "$tmp/out/timeline.json"

# Same bytes whatever the thread count and from run to run.
"$TKG" build examples/articles -o "$tmp/out1" --threads 1 -q
for f in "$tmp"/out/*; do
    check_same "threads 1 vs 2: $(basename "$f")" "$f" "$tmp/out1/$(basename "$f")"
done

# The exported GraphML is valid GraphML.
if [ -n "${XMLLINT:-}" ] && [ -f "${TKG_SHARED_DIR:-}/schemas/graphml/graphml.xsd" ]; then
    "$XMLLINT" --nonet --noout --schema "$TKG_SHARED_DIR/schemas/graphml/graphml.xsd" \
        "$tmp/out/graph.graphml" && echo "ok: graph.graphml validates"
else
    echo "FAIL: xmllint or the GraphML schema is missing (TKG_SHARED_DIR=${TKG_SHARED_DIR:-})"
    fail=1
fi

# tkg export reads graph.json back and writes it again identically.
"$TKG" export "$tmp/out/graph.json" --format json -o "$tmp/again.json"
check_same "graph.json round trip through tkg export" "$tmp/out/graph.json" "$tmp/again.json"

# --both-directions: each act done together (meetings, wars, ceasefires ... as
# graph::symmetric_event_type lists them) with both sides named is one row per direction; other
# events are not.
"$TKG" export "$tmp/out/graph.json" --format events-tsv -o "$tmp/one.tsv"
"$TKG" export "$tmp/out/graph.json" --format events-tsv --both-directions -o "$tmp/both.tsv"
together='^(meet|negotiate|fight|war|cooperate|military cooperation|sign agreement|exchange prisoners|ceasefire)$'
mutual=$(awk -F'\t' -v t="$together" '$15 ~ t && $2 != "" && $4 != ""' "$tmp/one.tsv" | wc -l)
if [ "$mutual" -gt 0 ] &&
    [ "$(wc -l < "$tmp/both.tsv")" -eq $(($(wc -l < "$tmp/one.tsv") + mutual)) ]; then
    echo "ok: events-tsv --both-directions adds the $mutual reversed rows"
else
    echo "FAIL: events-tsv --both-directions ($mutual symmetric rows)"
    fail=1
fi

"$TKG" --version | grep -q '^tkg [0-9]' && echo "ok: --version"
"$TKG" build --help | grep -q 'Examples:' && echo "ok: build --help"
exit $fail
