#!/usr/bin/env bash
# Writes every export the client checks load: the example articles and the small test graph
# (tests/data/export/small.graph.json, names full of '&', '<', quotes, emoji, RTL text), each in
# every format and in four views, under OUT/<graph>/<view>/. Run from the source tree.
#   TKG=build/dev/cli/tkg tests/clients/export_all.sh OUT
set -euo pipefail
: "${TKG:?path to the tkg executable}"
out=${1:?output directory}
rm -rf "$out"
mkdir -p "$out/examples" "$out/small"
"$TKG" build examples/articles -o "$out/examples/build" --threads 2 -q
cp "$out/examples/build/graph.json" "$out/examples/graph.json"
cp tests/data/export/small.graph.json "$out/small/graph.json"

formats=(graphml gexf json cytoscape graphology timelinejs vis csv dot events-tsv timeline)
for graph in examples small; do
    for view in full actors events ego; do
        case $view in
            ego) args=(--view full --actor "Joe Biden" --depth 2 --from 2023-11) ;;
            *) args=(--view "$view") ;;
        esac
        dir="$out/$graph/$view"
        mkdir -p "$dir"
        for f in "${formats[@]}"; do
            case $f in
                csv) target="$dir/csv" ;;  # a directory: nodes.csv and edges.csv
                cytoscape) target="$dir/$f.cyjs" ;;
                dot | graphml | gexf) target="$dir/$f.$f" ;;
                events-tsv) target="$dir/$f.tsv" ;;
                *) target="$dir/$f.json" ;;
            esac
            "$TKG" export "$out/$graph/graph.json" --format "$f" "${args[@]}" -o "$target"
        done
    done
done
echo "wrote the exports under $out"
