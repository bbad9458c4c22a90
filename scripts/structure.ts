// `npm run structure`: the layering of the shipped code, read from its imports
// (scripts/structure/import-graph.ts), and what the last build put into
// .output/: import circles, upward imports, how often each lib area is
// entered from outside it and through which files, circles between areas,
// then every chunk of each built extension with its size. The same rules
// fail the unit tests (tests/structure/imports.test.ts); this prints the figures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  countAreaEntries,
  findAreaCircles,
  findCircles,
  findSideEntries,
  findUpwardImports,
  readProjectGraph,
} from './structure/import-graph';
import { ALLOWED_CIRCLE_EDGES, ONE_DOOR_AREAS, SIDE_DOORS } from './structure/allowed';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Strings only benchmark code holds (the search benchmark's global hook); none may be in a built file. */
const BENCH_MARKERS = ['__jianbaoBench'];

const graph = readProjectGraph(ROOT);
const line = (text = '') => console.log(text);

line(`Import graph: ${graph.files.length} files under lib/, components/, entrypoints/; ${graph.edges.length} imports of project files.`);
if (graph.unresolved.length) {
  line(`Unresolved imports (${graph.unresolved.length}):`);
  for (const u of graph.unresolved) line(`  ${u.from}:${u.line}  '${u.specifier}'`);
}

const circles = findCircles(graph);
const blocking = findCircles(graph, ALLOWED_CIRCLE_EDGES);
line();
line(`Import circles: ${circles.length}${circles.length !== blocking.length ? ` (${circles.length - blocking.length} allowed for now)` : ''}`);
for (const circle of circles) line(`  ${circle.join(' → ')}`);
for (const a of ALLOWED_CIRCLE_EDGES) line(`  allowed: ${a.from} → ${a.to} (${a.why})`);

const upward = findUpwardImports(graph);
line();
line(`Upward imports: ${upward.length}`);
for (const u of upward) line(`  ${u.edge.from}:${u.edge.line} → ${u.edge.to}  (${u.rule})`);

line();
line('Places each lib area is entered from outside it (import statements in shipped files), and through which files:');
for (const entry of countAreaEntries(graph)) {
  const doors = [...entry.doors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const list = doors.map(([file, n]) => `${path.posix.basename(file)} ${n}`).join(', ');
  line(`  ${entry.area.padEnd(18)} ${String(entry.places).padStart(3)}  ${doors.length} file${doors.length === 1 ? '' : 's'}${list ? `: ${list}` : ''}`);
}

const sideEntries = findSideEntries(graph, ONE_DOOR_AREAS);
const unlisted = sideEntries.filter((e) => !SIDE_DOORS.some((d) => d.file === e.to));
line();
line(`Areas held to one front door (index.ts): ${ONE_DOOR_AREAS.join(', ')}; entered elsewhere: ${unlisted.length}`);
for (const e of unlisted) line(`  ${e.from}:${e.line} → ${e.to}`);
for (const d of SIDE_DOORS) {
  const n = sideEntries.filter((e) => e.to === d.file).length;
  line(`  side door ${d.file} (${n} place${n === 1 ? '' : 's'}): ${d.why}`);
}

const areaCircles = findAreaCircles(graph);
line();
line(`Circles between areas: ${areaCircles.length}`);
for (const circle of areaCircles) line(`  ${circle.join(' → ')}`);

line();
const outputDir = path.join(ROOT, '.output');
const builds = existsSync(outputDir)
  ? readdirSync(outputDir).filter((name) => statSync(path.join(outputDir, name)).isDirectory()).sort()
  : [];
if (!builds.length) line('No build in .output/ (run `npm run build` first for the chunks and their sizes).');
let markerHits = 0;
for (const build of builds) {
  // `wxt build --mode bench` (bench/search.bench.ts) builds .output/chrome-mv3-bench: the benchmark's, never shipped.
  const benchBuild = build.endsWith('-bench');
  const files = listFiles(path.join(outputDir, build)).filter((f) => /\.(js|mjs|html|css)$/.test(f));
  const total = files.reduce((sum, f) => sum + statSync(path.join(outputDir, build, f)).size, 0);
  line(`.output/${build}: ${files.length} code files, ${kb(total)} in all${benchBuild ? " (the benchmark's own build, never shipped)" : ''}`);
  for (const file of files) {
    const text = readFileSync(path.join(outputDir, build, file), 'utf8');
    const hits = benchBuild ? [] : BENCH_MARKERS.filter((m) => text.includes(m));
    markerHits += hits.length;
    line(`  ${kb(statSync(path.join(outputDir, build, file)).size).padStart(9)}  ${file}${hits.length ? `  ← benchmark code: ${hits.join(', ')}` : ''}`);
  }
}
if (builds.length) line(`Benchmark markers (${BENCH_MARKERS.join(', ')}) in the shipped builds' files: ${markerHits}`);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, name)).isDirectory() ? listFiles(path.join(dir, name), rel) : [rel];
    });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
