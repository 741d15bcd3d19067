#!/usr/bin/env bash
# tkg query end to end: a graph built from tests/data/query-articles.jsonl (short sentences),
# exact answers of every subcommand and filter in CSV, the JSON schemas' key fields, and the
# exit codes of unknown (4) and ambiguous (5) names and bad arguments.
set -uo pipefail
: "${TKG:?path to the tkg executable}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() {  # description expected-code actual-code
    if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, expected $2"; fail=1; else echo "ok: $1"; fi
}
contains() {  # description file needle
    if grep -qF -- "$3" "$2"; then echo "ok: $1"; else echo "FAIL: $1: no '$3' in:"; cat "$2"; fail=1; fi
}
same() {  # description expected-file actual-file
    if diff -u "$2" "$3" > "$tmp/diff"; then echo "ok: $1"; else echo "FAIL: $1:"; cat "$tmp/diff"; fail=1; fi
}
query() { "$TKG" query "$tmp/out/graph.json" "$@"; }

"$TKG" build tests/data/query-articles.jsonl -o "$tmp/out" -q
expect "the graph builds" 0 $?

query neighbors biden --csv > "$tmp/got" 2> "$tmp/err"
expect "neighbors runs" 0 $?
cat > "$tmp/want" <<'CSV'
neighbor_id,neighbor,relation,direction,first,last,count,event,article,snippet
benjamin-netanyahu,Benjamin Netanyahu,met_with,out,2023-11-20,2023-11-20,1,a2#e2,a2,Biden met Benjamin Netanyahu in Tel Aviv.
elizabeth-warren,Elizabeth Warren,criticized,in,2023-11-20,2023-11-20,1,a2#e1,a2,Senator Elizabeth Warren criticized Biden on Monday.
antony-blinken,Antony Blinken,met_with,out,2023-10-03,2023-10-03,1,a1#e1,a1,President Joe Biden met Antony Blinken in Washington on Tuesday.
CSV
same "neighbors: every relation with its evidence" "$tmp/want" "$tmp/got"

query neighbors "President Biden" --relation met_with --direction out --from 2023-11 --csv > "$tmp/got"
cat > "$tmp/want" <<'CSV'
neighbor_id,neighbor,relation,direction,first,last,count,event,article,snippet
benjamin-netanyahu,Benjamin Netanyahu,met_with,out,2023-11-20,2023-11-20,1,a2#e2,a2,Biden met Benjamin Netanyahu in Tel Aviv.
CSV
same "neighbors: a title before the name, type, direction and window" "$tmp/want" "$tmp/got"

query neighbors biden -n 1 --csv | cut -d, -f1 > "$tmp/got"
printf 'neighbor_id\nbenjamin-netanyahu\n' > "$tmp/want"
same "neighbors: -n keeps the first" "$tmp/want" "$tmp/got"

query neighbors biden --direction in --to 2023-10-31 --csv > "$tmp/got"
echo "neighbor_id,neighbor,relation,direction,first,last,count,event,article,snippet" > "$tmp/want"
same "neighbors: nothing in a window without relations" "$tmp/want" "$tmp/got"

query between BIDEN warren --csv > "$tmp/got"
cat > "$tmp/want" <<'CSV'
kind,first,last,source,type,target,count,event,article,snippet
relation,2023-11-20,2023-11-20,Elizabeth Warren,criticized,Joe Biden,1,a2#e1,a2,Senator Elizabeth Warren criticized Biden on Monday.
event,2023-11-20,,Elizabeth Warren,criticize,Joe Biden,1,a2#e1,a2,Senator Elizabeth Warren criticized Biden on Monday.
CSV
same "between: the relation and the event, in time order" "$tmp/want" "$tmp/got"

query path warren blinken --csv > "$tmp/got"
cat > "$tmp/want" <<'CSV'
hop,from_id,from,relation,direction,to_id,to,first,last,count,event,article,snippet
1,elizabeth-warren,Elizabeth Warren,criticized,forward,joe-biden,Joe Biden,2023-11-20,2023-11-20,1,a2#e1,a2,Senator Elizabeth Warren criticized Biden on Monday.
2,joe-biden,Joe Biden,met_with,forward,antony-blinken,Antony Blinken,2023-10-03,2023-10-03,1,a1#e1,a1,President Joe Biden met Antony Blinken in Washington on Tuesday.
CSV
same "path: two hops, each with its evidence" "$tmp/want" "$tmp/got"

query path warren blinken --max-hops 1 > "$tmp/got"
expect "path: none within the limit is still an answer" 0 $?
contains "path: says there is none" "$tmp/got" "no path from Elizabeth Warren to Antony Blinken within 1 hops"
query path warren hamas --json > "$tmp/got"
contains "path: JSON says not found" "$tmp/got" '"found":false,"hops":[]'

query timeline --actor biden --csv > "$tmp/got"
cat > "$tmp/want" <<'CSV'
date,end,type,cameo,event,summary,article,snippet
2023-10-03,,meet,040,a1#e1,Joe Biden meet Antony Blinken,a1,President Joe Biden met Antony Blinken in Washington on Tuesday.
2023-11-20,,criticize,111,a2#e1,Elizabeth Warren criticize Joe Biden,a2,Senator Elizabeth Warren criticized Biden on Monday.
2023-11-20,,meet,040,a2#e2,Joe Biden meet Benjamin Netanyahu,a2,Biden met Benjamin Netanyahu in Tel Aviv.
CSV
same "timeline: an actor's events in time order" "$tmp/want" "$tmp/got"

query timeline --type meet --from 2023-11 --csv | cut -d, -f5 > "$tmp/got"
printf 'event\na2#e2\na3#e1\n' > "$tmp/want"
same "timeline: by type and window" "$tmp/want" "$tmp/got"

query events --cameo 11 --csv > "$tmp/got"
cat > "$tmp/want" <<'CSV'
id,date,end,type,cameo,sources,targets,polarity,modality,confidence,reports
a2#e1,2023-11-20,,criticize,111,Elizabeth Warren,Joe Biden,positive,asserted,0.80,1
a4#e1,2023-12-03,,criticize,111,Aaron Miller,Stephen Miller,positive,asserted,0.80,1
CSV
same "events: by CAMEO prefix" "$tmp/want" "$tmp/got"
query events --type attack --min-confidence 0 --to 2023-09 --csv | cut -d, -f1 > "$tmp/got"
printf 'id\na1#e2\n' > "$tmp/want"
same "events: by type, confidence and window" "$tmp/want" "$tmp/got"

query top --csv > "$tmp/got"
contains "top: by degree, the hub first" "$tmp/got" "1,joe-biden,Joe Biden,PERSON,3"
query top --by pagerank -n 1 --csv > "$tmp/got"
printf 'rank,id,name,type,score\n1,joe-biden,Joe Biden,PERSON,0.176740177\n' > "$tmp/want"
same "top: PageRank" "$tmp/want" "$tmp/got"
query top --by betweenness -n 1 --kind PERSON --csv > "$tmp/got"
printf 'rank,id,name,type,score\n1,joe-biden,Joe Biden,PERSON,2\n' > "$tmp/want"
same "top: betweenness of persons" "$tmp/want" "$tmp/got"

query communities --csv | cut -d, -f1 | uniq -c | tr -s ' ' > "$tmp/got"
printf ' 1 community\n 4 1\n 2 2\n 2 3\n' > "$tmp/want"
same "communities: three groups of 4, 2 and 2" "$tmp/want" "$tmp/got"
query --json communities --method louvain > "$tmp/got"
contains "communities: JSON, options before the subcommand" "$tmp/got" '"method":"louvain","modularity":0.5,"isolated":2'

query actor biden --json > "$tmp/got"
contains "actor: JSON profile" "$tmp/got" '"query":"actor","actor":{"id":"joe-biden","name":"Joe Biden","type":"PERSON","aliases":["President Joe Biden","Biden"]'
contains "actor: JSON counts" "$tmp/got" '"relations":3,"neighbors":3,"events":3'
query actor biden > "$tmp/got"
contains "actor: table" "$tmp/got" "first_seen  2023-10-05"
query neighbors biden --json > "$tmp/got"
contains "neighbors: JSON hit" "$tmp/got" '"direction":"in","relation":"criticized","source":{"id":"elizabeth-warren"'
contains "neighbors: JSON evidence" "$tmp/got" '"evidence":[{"event":"a2#e1","date":"2023-11-20","article":"a2","snippet":"Senator Elizabeth Warren criticized Biden on Monday."}]'

query actor miller > /dev/null 2> "$tmp/err"
expect "an ambiguous name exits with 5" 5 $?
contains "the candidates are listed" "$tmp/err" "'miller' fits 2 actors; name one by its id:"
contains "with their ids" "$tmp/err" "  aaron-miller    Aaron Miller (PERSON, 1 mention)"
query neighbors aaron-miller --csv > /dev/null
expect "an id settles it" 0 $?

query actor bidn > /dev/null 2> "$tmp/err"
expect "an unknown name exits with 4" 4 $?
contains "near matches are suggested" "$tmp/err" "no actor named 'bidn'; did you mean:"
contains "the suggestion" "$tmp/err" "  joe-biden  Joe Biden (PERSON, 3 mentions)"
query path biden "Nobody At All" > /dev/null 2> "$tmp/err"
expect "an unknown second name exits with 4" 4 $?
contains "without near matches" "$tmp/err" "no actor named 'Nobody At All'"

query neighbors biden --from 2023-13 > /dev/null 2> "$tmp/err"
expect "a bad date is a usage error" 1 $?
query neighbors biden --from 2023-12 --to 2023-11 > /dev/null 2>&1
expect "a window that ends before it starts is a usage error" 1 $?
query top --json --csv > /dev/null 2>&1
expect "--json and --csv together are a usage error" 1 $?
query top --by fame > /dev/null 2>&1
expect "an unknown centrality is a usage error" 1 $?
"$TKG" query "$tmp/missing.json" top > /dev/null 2>&1
expect "a missing graph file is an input error" 2 $?
exit $fail
