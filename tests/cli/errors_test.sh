#!/usr/bin/env bash
# Exit codes and messages of the executable for bad input, bad arguments and bad outputs.
set -uo pipefail
: "${TKG:?path to the tkg executable}"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail=0
expect() {  # description expected-code actual-code
    if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, expected $2"; fail=1; else echo "ok: $1"; fi
}
contains() {  # description file needle
    if grep -qF -- "$3" "$2"; then echo "ok: $1"; else echo "FAIL: $1: no '$3' in:"; cat "$2"; fail=1; fi
}

printf '%s\n' '{"id": "good", "date": "2023-11-12", "text": "Biden met Blinken."}' \
    '{"id": "broken", "text": ' \
    '{"id": "typed", "text": 42}' > "$tmp/mixed.jsonl"

"$TKG" extract "$tmp/mixed.jsonl" -o "$tmp/out.jsonl" 2> "$tmp/err.txt"
expect "a broken line does not stop the others" 0 $?
[ "$(wc -l < "$tmp/out.jsonl")" = 1 ] && echo "ok: one article written" || { echo "FAIL: lines"; fail=1; }
contains "the broken line is named with file, line and byte" "$tmp/err.txt" "mixed.jsonl:2, byte"
contains "wrong field type named" "$tmp/err.txt" "field \"text\" is not a string"
contains "summary counts read, accepted, rejected" "$tmp/err.txt" \
    "read 3 articles: 1 accepted, 2 rejected (1 bad_field, 1 bad_json)"

"$TKG" extract "$tmp/mixed.jsonl" --strict -o "$tmp/strict.jsonl" 2> /dev/null
expect "--strict turns a rejection into exit 2" 2 $?

"$TKG" extract "$tmp/mixed.jsonl" --report "$tmp/report.jsonl" -o "$tmp/discard.jsonl" 2> /dev/null
contains "--report writes the rejections" "$tmp/report.jsonl" '"reason":"bad_json"'
# Writing to a device writes through it: /dev/null must stay a device, not become a file.
[ -c /dev/null ] && echo "ok: /dev/null is still a device" || { echo "FAIL: /dev/null was replaced"; fail=1; }

# tkg replaces only files it wrote: a foreign file needs --force.
echo "my notes" > "$tmp/notes.jsonl"
"$TKG" extract "$tmp/mixed.jsonl" -o "$tmp/notes.jsonl" 2> "$tmp/err4.txt"
expect "a foreign output file is refused" 3 $?
contains "the refusal says how to override it" "$tmp/err4.txt" "use --force"
grep -q "my notes" "$tmp/notes.jsonl" && echo "ok: the foreign file is intact" || { echo "FAIL: overwritten"; fail=1; }
"$TKG" extract "$tmp/mixed.jsonl" -o "$tmp/notes.jsonl" --force 2> /dev/null
expect "--force replaces it" 0 $?
"$TKG" extract "$tmp/mixed.jsonl" -o "$tmp/notes.jsonl" 2> /dev/null
expect "a file tkg wrote is replaced without --force" 0 $?

# The same for build (checked before any article is read) and export.
mkdir "$tmp/shared"
echo "hand-made" > "$tmp/shared/graph.json"
"$TKG" build "$tmp/mixed.jsonl" -o "$tmp/shared" 2> "$tmp/err6.txt"
expect "build refuses a foreign graph.json" 3 $?
contains "build names the foreign file" "$tmp/err6.txt" "shared/graph.json"
grep -q "hand-made" "$tmp/shared/graph.json" && echo "ok: the foreign graph.json is intact" ||
    { echo "FAIL: build overwrote a foreign file"; fail=1; }
[ ! -e "$tmp/shared/timeline.json" ] && echo "ok: build wrote nothing when refused" ||
    { echo "FAIL: build wrote other files before refusing"; fail=1; }
"$TKG" build "$tmp/mixed.jsonl" -o "$tmp/shared" --force --stats 2> "$tmp/stats.txt"
expect "build --force replaces it" 0 $?
contains "--stats reports peak memory" "$tmp/stats.txt" "peak memory"
contains "--stats reports extraction throughput" "$tmp/stats.txt" "MB/s"
contains "--stats reports the wall time of the writes" "$tmp/stats.txt" "writes, side by side"
"$TKG" build "$tmp/mixed.jsonl" -o "$tmp/shared" 2> /dev/null
expect "build replaces its own files without --force" 0 $?
echo "my drawing" > "$tmp/drawing.dot"
"$TKG" export "$tmp/shared/graph.json" --format dot -o "$tmp/drawing.dot" 2> /dev/null
expect "export refuses a foreign file" 3 $?
grep -q "my drawing" "$tmp/drawing.dot" && echo "ok: the foreign export target is intact" ||
    { echo "FAIL: export overwrote a foreign file"; fail=1; }
"$TKG" export "$tmp/shared/graph.json" --format dot -o "$tmp/drawing.dot" --force 2> /dev/null
expect "export --force replaces it" 0 $?

"$TKG" build "$tmp/does-not-exist.txt" -o "$tmp/o" 2> "$tmp/err2.txt"
expect "no readable input is an input error" 2 $?
contains "missing file named" "$tmp/err2.txt" "does-not-exist.txt: unreadable"

"$TKG" extract "$tmp/mixed.jsonl" --date 2023-13-45 > /dev/null 2>&1
expect "an impossible --date is a usage error" 1 $?
"$TKG" build "$tmp/mixed.jsonl" -o "$tmp/o" --format nosuch > /dev/null 2>&1
expect "an unknown format is a usage error" 1 $?
"$TKG" frobnicate > /dev/null 2>&1
expect "an unknown command is a usage error" 1 $?

printf '{"directed": true, "graph": {"schema": "tkg.graph/1"}, "nodes": [' > "$tmp/corrupt.json"
"$TKG" export "$tmp/corrupt.json" --format graphml > /dev/null 2> "$tmp/err3.txt"
expect "a corrupt graph.json is an input error" 2 $?
contains "the corrupt graph file is named" "$tmp/err3.txt" "corrupt.json"

# View and filter arguments of tkg export.
graph=tests/data/export/small.graph.json
"$TKG" export "$graph" --format csv > /dev/null 2> "$tmp/err4.txt"
expect "csv without -o DIR is a usage error" 1 $?
contains "csv asks for a directory" "$tmp/err4.txt" "give -o DIRECTORY"
"$TKG" export "$graph" --format csv -o "$tmp/tables" && [ -s "$tmp/tables/nodes.csv" ] &&
    [ -s "$tmp/tables/edges.csv" ] && echo "ok: csv -o DIR writes nodes.csv and edges.csv" ||
    { echo "FAIL: csv tables"; fail=1; }
"$TKG" export "$graph" --format gexf --view sideways > /dev/null 2>&1
expect "an unknown view is a usage error" 1 $?
"$TKG" export "$graph" --format gexf --from 2023-13 > /dev/null 2>&1
expect "an impossible --from is a usage error" 1 $?
"$TKG" export "$graph" --format gexf --from 2023-12 --to 2023-11 > /dev/null 2>&1
expect "--to before --from is a usage error" 1 $?
"$TKG" export "$graph" --format gexf --actor "Nobody Known" > /dev/null 2> "$tmp/err5.txt"
expect "an unknown --actor exits 4, as in query" 4 $?
contains "the unknown actor is named" "$tmp/err5.txt" "no actor named 'Nobody Known'"
"$TKG" export "$graph" --format gexf --min-weight 0 > /dev/null 2>&1
expect "--min-weight 0 is a usage error (no edge has weight 0)" 1 $?
"$TKG" export "$graph" --format dot --view actors --actor "joe biden" --depth 1 > "$tmp/ego.dot"
expect "an ego network by name in any case" 0 $?
"$TKG" export "$graph" --format json -q -o "$tmp/quiet.json" 2> "$tmp/quiet.err"
expect "export takes -q like build and extract" 0 $?
[ ! -s "$tmp/quiet.err" ] && echo "ok: export -q prints nothing" ||
    { echo "FAIL: export -q printed"; fail=1; }
contains "the ego network holds the actor" "$tmp/ego.dot" '"actor:joe-biden"'

mkdir "$tmp/ro" && chmod a-w "$tmp/ro"
if [ "$(id -u)" != 0 ]; then
    "$TKG" build "$tmp/mixed.jsonl" -o "$tmp/ro" > /dev/null 2>&1
    expect "an unwritable output directory is an output error" 3 $?
fi
"$TKG" build "$tmp/mixed.jsonl" -o "$tmp/mixed.jsonl/sub" > /dev/null 2>&1
expect "an output directory that cannot exist is an output error" 3 $?
exit $fail
