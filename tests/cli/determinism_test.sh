#!/usr/bin/env bash
# Every output format is byte-identical whatever the thread count and from run to run; names
# full of markup characters, quotes, right-to-left text and emoji survive into every format as
# valid files; and a build killed at any moment (SIGKILL) leaves each output file either as the
# previous run left it or complete, never half-written.
set -uo pipefail
: "${TKG:?path to the tkg executable}"
: "${GEN:?path to tkg_gen_corpus}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

formats=graphml,gexf,cytoscape,graphology,timelinejs,vis,csv,dot,events-tsv

# The corpus: generated news, the example articles, and articles about actors whose names are
# hostile to every output syntax (from a user lexicon).
mkdir "$tmp/in"
"$GEN" 40 11 > "$tmp/in/generated.jsonl"
cp examples/articles/* "$tmp/in/"
printf 'id\ttype\tname\taliases\tcountry\tsector\n' > "$tmp/lexicon.tsv"
printf '%s\t%s\t%s\t%s\t%s\t%s\n' \
    amp-co ORG 'Smith & Sons <Holdings>' 'Smith & Sons|S&S' GBR BUS \
    quote-guy PERSON "José \"Pepe\" O'Brien" "Pepe O'Brien" ESP GOV \
    hope-party ORG 'حزب الأمل 🕊' 'حزب الأمل' '' NGO >> "$tmp/lexicon.tsv"
cat > "$tmp/in/hostile.jsonl" <<'EOF'
{"id":"hostile-1","date":"2023-05-02","title":"Bold <b>claims</b> & \"quotes\"","text":"Smith & Sons criticized Pepe O'Brien on Monday. Pepe O'Brien met leaders of حزب الأمل in Madrid last week."}
{"id":"hostile-2","date":"2023-05-09","text":"S&S accused حزب الأمل of fraud. José \"Pepe\" O'Brien denied the claims on May 3."}
EOF

build() {  # output-dir threads
    "$TKG" build "$tmp/in" --lexicon "$tmp/lexicon.tsv" -o "$1" --format "$formats" \
        --threads "$2" -q
}

start=$(date +%s%N)
build "$tmp/t1" 1 || bad "build with one thread"
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
build "$tmp/t2" 2 || bad "build with two threads"
build "$tmp/t2b" 2 || bad "build again"
count=0
for f in "$tmp"/t1/*; do
    name=$(basename "$f")
    cmp -s "$f" "$tmp/t2/$name" || bad "$name differs between --threads 1 and 2"
    cmp -s "$f" "$tmp/t2b/$name" || bad "$name differs from run to run"
    count=$((count + 1))
done
[ "$count" -ge 12 ] && ok "$count files identical across thread counts and runs" ||
    bad "only $count output files"

# The hostile names arrive intact, and every file still parses.
python3 - "$tmp/t1" <<'PY' || fail=1
import csv, json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
names = ["Smith & Sons <Holdings>", "José \"Pepe\" O'Brien", "حزب الأمل 🕊"]
problems = []
def need(what, text):
    for n in names:
        if n not in text:
            problems.append(f"{what}: no {n!r}")
labels = [n.get("label") or "" for n in ET.parse(f"{d}/graph.gexf").getroot().iter()
          if n.tag.endswith("}node")]
need("gexf labels", "\n".join(labels))
graphml = ET.parse(f"{d}/graph.graphml").getroot()
need("graphml data", "\n".join(e.text or "" for e in graphml.iter() if e.tag.endswith("}data")))
def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
for name in ["graph.json", "timeline.json", "graph.cyjs", "graph.graphology.json",
             "timelinejs.json", "vis-timeline.json"]:
    with open(f"{d}/{name}", encoding="utf-8") as f:
        text = "\n".join(strings(json.load(f)))
    if name in ("graph.json", "graph.cyjs", "graph.graphology.json"):
        need(name, text)
with open(f"{d}/nodes.csv", newline="", encoding="utf-8") as f:
    need("nodes.csv", "\n".join(",".join(row) for row in csv.reader(f)))
with open(f"{d}/events.tsv", encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f]
if len({len(r) for r in rows}) != 1:
    problems.append("events.tsv: rows of different widths")
need("graph.dot", open(f"{d}/graph.dot", encoding="utf-8").read().replace('\\"', '"'))
for p in problems:
    print("FAIL:", p)
if not problems:
    print("ok: hostile names intact in every format; every file parses")
sys.exit(1 if problems else 0)
PY
if [ -n "${XMLLINT:-}" ] && [ -d "${TKG_SHARED_DIR:-}/schemas" ]; then
    "$XMLLINT" --nonet --noout --schema "$TKG_SHARED_DIR/schemas/graphml/graphml.xsd" \
        "$tmp/t1/graph.graphml" 2> /dev/null && ok "graph.graphml validates" || bad "graphml schema"
    gexf_xsd="$TKG_SHARED_DIR/schemas/gexf/1.3-patched/gexf.xsd"
    if [ -f "$gexf_xsd" ]; then
        "$XMLLINT" --nonet --noout --schema "$gexf_xsd" "$tmp/t1/graph.gexf" 2> /dev/null &&
            ok "graph.gexf validates" || bad "gexf schema"
    fi
fi

# SIGKILL at several moments of a build that replaces an earlier build's files.
mkdir "$tmp/previous-in"
cp examples/articles/* "$tmp/previous-in/"
"$TKG" build "$tmp/previous-in" -o "$tmp/previous" --format "$formats" -q || bad "small build"
killed=0
for percent in 10 30 50 70 85 95; do
    dir="$tmp/kill-$percent"
    cp -a "$tmp/previous" "$dir"
    # tkg itself in the background (not a shell function, whose subshell the kill would hit).
    "$TKG" build "$tmp/in" --lexicon "$tmp/lexicon.tsv" -o "$dir" --format "$formats" -q &
    pid=$!
    sleep "$(awk -v ms="$full_ms" -v p="$percent" 'BEGIN { printf "%.3f", ms * p / 100000 }')"
    kill -9 "$pid" 2> /dev/null && killed=$((killed + 1))
    wait "$pid" 2> /dev/null
    replaced=0
    for f in "$tmp"/t1/*; do
        name=$(basename "$f")
        [ -e "$dir/$name" ] || continue  # a file the small build never wrote: not yet created
        if cmp -s "$dir/$name" "$f"; then
            replaced=$((replaced + 1))
        elif ! cmp -s "$dir/$name" "$tmp/previous/$name"; then
            bad "killed at ${percent}%: $name is neither the old file nor the new one"
        fi
    done
    echo "   killed at ${percent}%: $replaced files already replaced, the others untouched"
    # The next run completes and leaves no temporary file behind.
    build "$dir" 2 || bad "the build after a kill"
    leftovers=$(find "$dir" -name '.*.tmp.*' | wc -l)
    [ "$leftovers" = 0 ] || bad "killed at ${percent}%: $leftovers temporary files left"
    for f in "$tmp"/t1/*; do
        cmp -s "$f" "$dir/$(basename "$f")" || bad "after a kill: $(basename "$f") not rebuilt"
    done
done
[ "$killed" -ge 3 ] && ok "killed $killed builds midway; every file old or complete" ||
    bad "only $killed builds were still running when killed"
exit $fail
