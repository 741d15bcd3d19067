#!/usr/bin/env python3
"""Loads tkg's exports in the clients Debian ships -- networkx (GraphML, GEXF, node-link JSON,
Cytoscape JSON), python-igraph (GraphML, node-link JSON, the CSV tables) and Graphviz (DOT) --
validates every GraphML and GEXF file with xmllint against the schemas, and checks that what
the user expects survives: node and edge counts, labels and dates. The expectations are
computed here from graph.json, independently of tkg's C++ code.

    check_python.py EXPORTS SHARED    (EXPORTS from export_all.sh; SHARED holds schemas/)

A missing client is a failure, not a skip: the import or the command errors out.
"""
import csv
import datetime
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# ------------------------------------------------------------------- dates (TimeML values)
def day_range(value):
    """First and last day of a TimeML value, or None for a precision not handled here."""
    if value is None:
        return None
    d = datetime.date
    parts = value.split("-")
    year = int(parts[0]) if parts[0].isdigit() and len(parts[0]) == 4 else None
    if year is None:
        return None
    if len(parts) == 1:
        return d(year, 1, 1), d(year, 12, 31)
    p = parts[1]
    if len(parts) == 3:
        day = d(year, int(p), int(parts[2]))
        return day, day
    if p.isdigit():
        first = d(year, int(p), 1)
        nxt = d(year + 1, 1, 1) if int(p) == 12 else d(year, int(p) + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    if p.startswith("W"):
        first = d.fromisocalendar(year, int(p[1:]), 1)
        return first, first + datetime.timedelta(days=6)
    if p.startswith("Q"):
        q = int(p[1:])
        first = d(year, 3 * q - 2, 1)
        nxt = d(year + 1, 1, 1) if q == 4 else d(year, 3 * q + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    return None


def event_days(node):
    r = day_range(node["date"])
    if r is None:
        return None
    end = day_range(node["end"])
    if end is not None and end[1] >= r[0]:
        r = (r[0], max(r[1], end[1]))
    return tuple(x.isoformat() for x in r)


def relation_days(link):
    a, b = day_range(link["first"]), day_range(link["last"])
    if a is None or b is None:
        return None
    return min(a[0], b[0]).isoformat(), max(a[1], b[1]).isoformat()


# ------------------------------------------------------------ expectations from graph.json
def one_line(s):
    return "".join(" " if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else c for c in s)


def xml_text(s):
    """What an XML parser gives back for text tkg escaped: controls other than tab, newline and
    carriage return are not XML characters and become U+FFFD."""
    return "".join(
        "\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0 else c
        for c in s)


class Graph:
    """graph.json, with what each view should contain."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.nodes = {n["id"]: n for n in data["nodes"]}
        self.links = data["links"]
        self.labels = {}
        for nid, n in self.nodes.items():
            if n["kind"] == "event":
                self.labels[nid] = self.summary(nid)
            else:
                self.labels[nid] = n["label"]

    def summary(self, event):
        """tkg's one-line event summary: sources, (not) type, targets."""
        names = {"source": [], "target": []}
        for l in self.links:
            if l["kind"] == "participant" and l["target"] == event and l["role"] in names:
                names[l["role"]].append(self.nodes[l["source"]]["label"])
        e = self.nodes[event]
        out = ", ".join(names["source"])
        if out:
            out += " "
        if e["polarity"] == "negative":
            out += "not "
        out += e["type"]
        if names["target"]:
            out += " " + ", ".join(names["target"])
        return out

    def expected(self, view):
        """(node ids, edge count) of a view, or None when only consistency can be checked."""
        if view == "full":
            return set(self.nodes), len(self.links)
        if view == "actors":
            rel = [l for l in self.links if l["kind"] == "relation"]
            return {l["source"] for l in rel} | {l["target"] for l in rel}, len(rel)
        if view == "events":
            dated = {i for i, n in self.nodes.items() if n["kind"] == "event" and n["date"]}
            return dated, max(len(dated) - 1, 0)
        return None


# ------------------------------------------------------------------------- the checks
def check_counts(where, graph, view, ids, edges, reference):
    exp = graph.expected(view)
    if exp is not None:
        check(set(ids) == exp[0], f"{where}: nodes differ from graph.json: "
              f"missing {sorted(exp[0] - set(ids))[:5]}, extra {sorted(set(ids) - exp[0])[:5]}")
        check(edges == exp[1], f"{where}: {edges} edges, expected {exp[1]}")
    else:
        check((len(ids), edges) == reference,
              f"{where}: {len(ids)} nodes and {edges} edges, GraphML has {reference}")


def check_labels(where, graph, labels, transform):
    for nid, label in labels.items():
        want = transform(graph.labels[nid])
        check(label == want, f"{where}: label of {nid} is {label!r}, expected {want!r}")


def networkx_checks(graph, view, d):
    where = f"networkx {d}"
    # GraphML: ids are made NMTOKEN-safe; the original id is kept in tkg_id.
    g = nx.read_graphml(os.path.join(d, "graphml.graphml"))
    check(g.is_directed(), f"{where}: GraphML not directed")
    ids = [a["tkg_id"] for _, a in g.nodes(data=True)]
    reference = (len(ids), g.number_of_edges())
    check_counts(f"{where} GraphML", graph, view, ids, g.number_of_edges(), reference)
    check_labels(f"{where} GraphML", graph,
                 {a["tkg_id"]: a["label"] for _, a in g.nodes(data=True)}, xml_text)
    for _, a in g.nodes(data=True):
        n = graph.nodes[a["tkg_id"]]
        if n["kind"] == "event" and event_days(n):
            check((a.get("first_day"), a.get("last_day")) == event_days(n),
                  f"{where} GraphML: dates of {a['tkg_id']}")

    # GEXF 1.3. Debian 12's networkx 2.8 knows only the 1.1 and 1.2 namespaces (later releases
    # add 1.3): register it, for the same reader, as the README tells users to.
    nx.readwrite.gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3"})
    x = nx.read_gexf(os.path.join(d, "gexf.gexf"), version="1.3")
    check(x.is_directed(), f"{where}: GEXF not directed")
    check(x.graph.get("mode") == "dynamic", f"{where}: GEXF not dynamic")
    check_counts(f"{where} GEXF", graph, view, list(x.nodes), x.number_of_edges(), reference)
    check_labels(f"{where} GEXF", graph, {i: a["label"] for i, a in x.nodes(data=True)},
                 lambda s: " ".join(xml_text(one_line(s)).split()))  # xs:token collapses spaces
    for nid, a in x.nodes(data=True):
        n = graph.nodes[nid]
        check("viz" in a and "position" in a["viz"], f"{where} GEXF: {nid} has no position")
        if "start" in a:
            check(a["start"] <= a["end"], f"{where} GEXF: {nid} starts after its end")
        if n["kind"] == "event" and event_days(n):
            check((a.get("start"), a.get("end")) == event_days(n), f"{where} GEXF: dates of {nid}")
        if n["kind"] == "actor" and n["first_seen"]:
            check(a["start"] <= day_range(n["first_seen"])[0].isoformat() and
                  a["end"] >= day_range(n["last_seen"])[1].isoformat(),
                  f"{where} GEXF: {nid} is not on the timeline while seen")
    for s, t, a in x.edges(data=True):
        check(a.get("weight", 1) > 0, f"{where} GEXF: zero weight {s} -> {t}")
    if view in ("full", "actors"):
        expected = {(l["source"], l["target"], l["type"]): relation_days(l)
                    for l in graph.links if l["kind"] == "relation" and relation_days(l)}
        for s, t, a in x.edges(data=True):
            if a.get("edge_kind") == "relation" and (s, t, a["relation"]) in expected:
                check((a["start"], a["end"]) == expected[(s, t, a["relation"])],
                      f"{where} GEXF: dates of relation {s} {a['relation']} {t}")

    # Node-link JSON: tkg's own graph.json layout.
    with open(os.path.join(d, "json.json"), encoding="utf-8") as f:
        data = json.load(f)
    j = nx.node_link_graph(data)
    if view != "events":  # the events view keeps its events; the chain is their date order
        check_counts(f"{where} node-link", graph, view, list(j.nodes), j.number_of_edges(),
                     reference)
    check_labels(f"{where} node-link", graph,
                 {i: a["label"] for i, a in j.nodes(data=True) if a["kind"] != "event"},
                 lambda s: s)

    # Cytoscape JSON, through networkx's own reader.
    with open(os.path.join(d, "cytoscape.cyjs"), encoding="utf-8") as f:
        c = nx.cytoscape_graph(json.load(f))
    check_counts(f"{where} Cytoscape", graph, view, list(c.nodes), c.number_of_edges(), reference)
    check_labels(f"{where} Cytoscape", graph, {i: a["name"] for i, a in c.nodes(data=True)},
                 lambda s: s)
    return reference


def igraph_checks(graph, view, d, reference):
    where = f"igraph {d}"
    g = igraph.Graph.Read_GraphML(os.path.join(d, "graphml.graphml"))
    check(g.is_directed(), f"{where}: GraphML not directed")
    check_counts(f"{where} GraphML", graph, view, g.vs["tkg_id"], g.ecount(), reference)
    check_labels(f"{where} GraphML", graph, dict(zip(g.vs["tkg_id"], g.vs["label"])), xml_text)

    # Node-link JSON through igraph's list-of-dicts constructor.
    with open(os.path.join(d, "json.json"), encoding="utf-8") as f:
        data = json.load(f)
    j = igraph.Graph.DictList(data["nodes"], data["links"], directed=True, vertex_name_attr="id",
                              edge_foreign_keys=("source", "target"))
    if view != "events":
        check_counts(f"{where} node-link", graph, view, j.vs["id"], j.ecount(), reference)

    # The Gephi CSV tables, read as Gephi would: Id/Label, Source/Target/Weight.
    with open(os.path.join(d, "csv", "nodes.csv"), encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(d, "csv", "edges.csv"), encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    t = igraph.Graph.DictList(nodes, edges, directed=True, vertex_name_attr="Id",
                              edge_foreign_keys=("Source", "Target"))
    check_counts(f"{where} CSV", graph, view, t.vs["Id"], t.ecount(), reference)
    check_labels(f"{where} CSV", graph, dict(zip(t.vs["Id"], t.vs["Label"])), one_line)
    check(all(float(w) > 0 for w in t.es["Weight"]), f"{where} CSV: a weight is 0")
    check(len(set(t.es["Id"])) == t.ecount(), f"{where} CSV: duplicate edge ids")


def schema_checks(d, shared):
    """xmllint --nonet against the GraphML and GEXF schemas."""
    for name, schema in (("graphml.graphml", "schemas/graphml/graphml.xsd"),
                         ("gexf.gexf", "schemas/gexf/1.3-patched/gexf.xsd")):
        r = subprocess.run([os.environ.get("XMLLINT", "xmllint"), "--nonet", "--noout",
                            "--schema", os.path.join(shared, schema), os.path.join(d, name)],
                           capture_output=True, text=True)
        check(r.returncode == 0, f"xmllint {d}/{name}: {r.stderr.strip()[:500]}")


def graphviz_checks(graph, view, d, reference):
    """Graphviz lays out the DOT file (dot) and draws it where tkg placed it (neato -n2); the
    SVG shows every node with its label."""
    where = f"graphviz {d}"
    for cmd in (["dot"], ["neato", "-n2"]):
        r = subprocess.run(cmd + ["-Tsvg", os.path.join(d, "dot.dot")], capture_output=True)
        check(r.returncode == 0, f"{where}: {' '.join(cmd)} failed: {r.stderr[:300]!r}")
        if r.returncode != 0:
            continue
        svg = ET.fromstring(r.stdout)
        ns = {"s": "http://www.w3.org/2000/svg"}
        nodes = svg.findall(".//s:g[@class='node']", ns)
        edges = svg.findall(".//s:g[@class='edge']", ns)
        ids = [n.find("s:title", ns).text for n in nodes]
        check_counts(f"{where} {cmd[0]}", graph, view, ids, len(edges), reference)
        labels = {n.find("s:title", ns).text: " ".join(t.text or "" for t in n.findall("s:text", ns))
                  for n in nodes}
        check_labels(f"{where} {cmd[0]}", graph, labels, one_line)


def table_checks(graph, view, d):
    """The event table and timeline.json, read with the standard library as R or pandas would."""
    where = f"tables {d}"
    events = {i for i, n in graph.nodes.items() if n["kind"] == "event"}
    with open(os.path.join(d, "timeline.json"), encoding="utf-8") as f:
        timeline = json.load(f)["events"]
    dated = [e["first_day"] for e in timeline if e["date"] is not None]
    check(dated == sorted(dated), f"{where}: timeline.json not in time order")
    if view == "full":
        check({"event:" + e["id"] for e in timeline} == events,
              f"{where}: timeline.json does not hold every event")
    for e in timeline:
        n = graph.nodes["event:" + e["id"]]
        check(e["summary"] == graph.labels["event:" + e["id"]], f"{where}: summary of {e['id']}")
        if event_days(n):
            check((e["first_day"], e["last_day"]) == event_days(n), f"{where}: dates of {e['id']}")
    with open(os.path.join(d, "events-tsv.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    check({r["event_id"] for r in rows} == {e["id"] for e in timeline},
          f"{where}: events.tsv and timeline.json disagree")
    for r in rows:
        n = graph.nodes["event:" + r["event_id"]]
        check(r["event_code"] == n["cameo"] and r["root_code"] == n["cameo"][:2],
              f"{where}: CAMEO codes of {r['event_id']}")
        check(r["quad_class"] in "1234" and r["goldstein"] != "", f"{where}: codebook facts")
        if n["date"]:
            check(r["date"] == day_range(n["date"])[0].isoformat(), f"{where}: date of a row")


def main():
    root, shared = sys.argv[1], sys.argv[2]
    views = 0
    for name in ("examples", "small"):
        graph = Graph(os.path.join(root, name, "graph.json"))
        for view in ("full", "actors", "events", "ego"):
            d = os.path.join(root, name, view)
            reference = networkx_checks(graph, view, d)
            igraph_checks(graph, view, d, reference)
            graphviz_checks(graph, view, d, reference)
            schema_checks(d, shared)
            table_checks(graph, view, d)
            views += 1
            print(f"ok: {name}/{view}: {reference[0]} nodes, {reference[1]} edges in "
                  f"networkx {nx.__version__}, igraph {igraph.__version__}, Graphviz, xmllint")
    for f in failures:
        print("FAIL:", f)
    print(f"{views} views checked, {len(failures)} failures")
    return 1 if failures or views == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
