// Loads tkg's exports in the JavaScript clients, installed from npm by npm_install.sh:
// graphology (its own format, and GEXF and GraphML through graphology-gexf and
// graphology-graphml), Cytoscape.js (headless), vis-timeline and TimelineJS (in jsdom, as a
// browser would run them). Checks node and edge counts, labels and dates against graph.json.
//
//   node check_node.js EXPORTS NPM_DIR      (EXPORTS from export_all.sh)
//
// A missing package is a failure, not a skip: require() throws.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [root, npmDir] = process.argv.slice(2);
const npm = createRequire(path.join(path.resolve(npmDir), 'package.json'));
const Graph = npm('graphology');
const gexf = npm('graphology-gexf');
const graphml = npm('graphology-graphml');
const cytoscape = npm('cytoscape');
const { JSDOM } = npm('jsdom');

const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };
const read = (...p) => fs.readFileSync(path.join(...p), 'utf8');
const oneLine = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

// ---------------------------------------------------------- expectations from graph.json
function loadGraph(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const labels = new Map();
  for (const n of data.nodes) {
    if (n.kind !== 'event') { labels.set(n.id, n.label); continue; }
    // tkg's event summary: sources, (not) type, targets.
    const names = { source: [], target: [] };
    for (const l of data.links)
      if (l.kind === 'participant' && l.target === n.id && names[l.role])
        names[l.role].push(nodes.get(l.source).label);
    let s = names.source.join(', ');
    if (s) s += ' ';
    if (n.polarity === 'negative') s += 'not ';
    s += n.type;
    if (names.target.length) s += ' ' + names.target.join(', ');
    labels.set(n.id, s);
  }
  const dated = data.nodes.filter((n) => n.kind === 'event' && n.date);
  return { data, nodes, labels, dated };
}

// [node ids, edge count] of a view, or null when only consistency can be checked.
function expected(g, view) {
  if (view === 'full') return [new Set(g.nodes.keys()), g.data.links.length];
  if (view === 'actors') {
    const rel = g.data.links.filter((l) => l.kind === 'relation');
    return [new Set(rel.flatMap((l) => [l.source, l.target])), rel.length];
  }
  if (view === 'events') return [new Set(g.dated.map((n) => n.id)), Math.max(g.dated.length - 1, 0)];
  return null;
}

function checkCounts(where, g, view, ids, edges, reference) {
  const exp = expected(g, view);
  if (exp) {
    const got = new Set(ids);
    check(got.size === exp[0].size && [...exp[0]].every((i) => got.has(i)),
          `${where}: nodes differ from graph.json (${got.size} vs ${exp[0].size})`);
    check(edges === exp[1], `${where}: ${edges} edges, expected ${exp[1]}`);
  } else {
    check(ids.length === reference[0] && edges === reference[1],
          `${where}: ${ids.length} nodes, ${edges} edges; graphology has ${reference}`);
  }
}

function checkLabel(where, g, id, label, transform = (s) => s) {
  const want = transform(g.labels.get(id));
  check(label === want, `${where}: label of ${id} is ${JSON.stringify(label)}, ` +
                        `expected ${JSON.stringify(want)}`);
}

// ------------------------------------------------------------------------ graph clients
function graphologyChecks(g, view, dir) {
  const where = `graphology ${dir}`;
  const s = Graph.from(JSON.parse(read(dir, 'graphology.json')));
  const reference = [s.order, s.size];
  checkCounts(`${where} serialized`, g, view, s.nodes(), s.size, reference);
  s.forEachNode((id, a) => {
    checkLabel(`${where} serialized`, g, id, a.label);
    check(Number.isFinite(a.x) && Number.isFinite(a.y), `${where}: ${id} without numeric x/y`);
    check(!('type' in a), `${where}: ${id} has a 'type' attribute, which sigma takes for a program`);
  });

  const x = gexf.parse(Graph, read(dir, 'gexf.gexf'));
  checkCounts(`${where} GEXF`, g, view, x.nodes(), x.size, reference);
  x.forEachNode((id, a) => {
    checkLabel(`${where} GEXF`, g, id, a.label, (t) => oneLine(t).replace(/\s+/g, ' ').trim());
    check(a.x === s.getNodeAttribute(id, 'x') && a.y === s.getNodeAttribute(id, 'y'),
          `${where} GEXF: ${id} is not where the layout put it`);
    if (a.first_day) check(a.first_day <= a.last_day, `${where} GEXF: ${id} starts after its end`);
  });
  x.forEachEdge((e, a) => check(a.weight > 0, `${where} GEXF: zero weight on ${e}`));

  // GraphML ids are NMTOKEN-safe; the original id is in tkg_id.
  const m = graphml.parse(Graph, read(dir, 'graphml.graphml'));
  const ids = m.mapNodes((_, a) => a.tkg_id);
  checkCounts(`${where} GraphML`, g, view, ids, m.size, reference);
  m.forEachNode((_, a) => checkLabel(`${where} GraphML`, g, a.tkg_id, a.label,
                                     (t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')));
  return reference;
}

function cytoscapeChecks(g, view, dir, reference) {
  const where = `cytoscape ${dir}`;
  const json = JSON.parse(read(dir, 'cytoscape.cyjs'));
  const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: 'preset' } });
  checkCounts(where, g, view, cy.nodes().map((n) => n.id()), cy.edges().length, reference);
  for (const n of json.elements.nodes) {
    const node = cy.getElementById(n.data.id);
    checkLabel(where, g, n.data.id, node.data('name'));
    check(node.position('x') === n.position.x && node.position('y') === n.position.y,
          `${where}: ${n.data.id} moved`);
  }
  cy.edges().forEach((e) => check(e.source().nonempty() && e.target().nonempty(),
                                  `${where}: dangling edge ${e.id()}`));
}

// ---------------------------------------------------------------- timeline clients (jsdom)
function browser(bundle) {
  const dom = new JSDOM('<!DOCTYPE html><html><body><div id="t"></div></body></html>',
                        { runScripts: 'outside-only', pretendToBeVisual: true });
  dom.window.eval(fs.readFileSync(npm.resolve(bundle), 'utf8'));
  return dom.window;
}

// The event id inside a slide's unique_id ("event-a1_23e3" -> "a1#e3"): "_XX" is a byte in hex.
function eventId(uniqueId) {
  const bytes = [];
  const s = uniqueId.slice('event-'.length);
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '_') { bytes.push(parseInt(s.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push(s.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function visChecks(g, view, dir) {
  const where = `vis-timeline ${dir}`;
  const json = JSON.parse(read(dir, 'vis.json'));
  const w = browser('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
  const items = new w.vis.DataSet(json.items);  // throws on a duplicate id
  const groups = new w.vis.DataSet(json.groups);
  const timeline = new w.vis.Timeline(w.document.getElementById('t'), items, groups, {});
  await settle();
  const shown = [...w.document.querySelectorAll('.vis-label .vis-inner')].map((e) => e.textContent);
  check(shown.length === groups.length, `${where}: ${shown.length} of ${groups.length} groups shown`);
  for (const grp of json.groups)
    if (grp.id !== 'none') checkLabel(where, g, grp.id, shown[grp.order], oneLine);
  items.forEach((it) => {
    check(groups.get(it.group) !== null, `${where}: item ${it.id} in an unknown group`);
    check(!Number.isNaN(Date.parse(it.start)), `${where}: bad start ${it.start}`);
    if (it.end) check(Date.parse(it.start) < Date.parse(it.end), `${where}: ${it.id} ends first`);
  });
  if (view !== 'ego') {
    // Every dated event, in the row of each of its actors.
    const events = new Set(items.map((it) => it.event));
    check(events.size === g.dated.length, `${where}: ${events.size} events, ${g.dated.length} dated`);
    const first = g.dated.map((n) => n.date).sort()[0];
    if (first) check(timeline.getItemRange().min.toISOString().startsWith(first.slice(0, 4)),
                     `${where}: the time axis does not start in ${first}`);
  }
  timeline.destroy();
  w.close();
}

async function timelineJsChecks(g, view, dir) {
  const where = `TimelineJS ${dir}`;
  const text = read(dir, 'timelinejs.json');
  const json = JSON.parse(text);
  const w = browser('@knight-lab/timelinejs/dist/js/timeline.js');
  const tl = new w.TL.Timeline('t', JSON.parse(text), {});  // TimelineJS rewrites its input
  await settle();
  check(tl.config && tl.config.messages.errors.length === 0,
        `${where}: TimelineJS reports ${tl.config && tl.config.messages.errors.join('; ')}`);
  const slides = tl.config.events;
  if (view !== 'ego')
    check(slides.length === g.dated.length, `${where}: ${slides.length} slides, ${g.dated.length} dated events`);
  const byId = new Map(json.events.map((e) => [e.unique_id, e]));
  const heads = [...w.document.querySelectorAll('.tl-slide .tl-headline')].map((e) => e.textContent);
  check(heads.length === slides.length + 1, `${where}: ${heads.length} headlines rendered`);
  for (const slide of slides) {
    check(byId.has(slide.unique_id), `${where}: slide id ${slide.unique_id} was changed by TimelineJS`);
    // The date TimelineJS understood is the event's date in graph.json.
    const event = g.nodes.get('event:' + eventId(slide.unique_id));
    check(event !== undefined, `${where}: slide ${slide.unique_id} is no event of the graph`);
    if (!event) continue;
    const [year, month, day] = event.date.split('-');
    const d = slide.start_date.data;
    check(d.year === Number(year), `${where}: year of ${slide.unique_id}`);
    if (/^\d\d$/.test(month || '')) check(d.month === Number(month), `${where}: month of ${slide.unique_id}`);
    if (day) check(d.day === Number(day), `${where}: day of ${slide.unique_id}`);
  }
  // The headline a reader sees is the event summary, whatever characters the names hold.
  const summaries = new Set([...g.labels.entries()]
    .filter(([id]) => g.nodes.get(id).kind === 'event').map(([, s]) => oneLine(s)));
  for (const h of heads.slice(1)) check(summaries.has(h), `${where}: headline ${JSON.stringify(h)}`);
  w.close();
}

async function main() {
  let views = 0;
  for (const name of ['examples', 'small']) {
    const g = loadGraph(path.join(root, name, 'graph.json'));
    for (const view of ['full', 'actors', 'events', 'ego']) {
      const dir = path.join(root, name, view);
      const reference = graphologyChecks(g, view, dir);
      cytoscapeChecks(g, view, dir, reference);
      await visChecks(g, view, dir);
      await timelineJsChecks(g, view, dir);
      views++;
      console.log(`ok: ${name}/${view}: ${reference[0]} nodes, ${reference[1]} edges`);
    }
  }
  for (const f of failures) console.log('FAIL:', f);
  console.log(`${views} views checked, ${failures.length} failures`);
  process.exit(failures.length || views === 0 ? 1 : 0);
}

main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
