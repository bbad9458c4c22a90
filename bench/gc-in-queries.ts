// How much of the timed queries' time went to V8's garbage collector:
//   TRACE_GC_LOG=/tmp/gc.log CHROMIUM_PATH=bench/chromium-trace-gc.sh npm run bench:search -- ... --times /tmp/times.jsonl
//   npx tsx bench/gc-in-queries.ts --times /tmp/times.jsonl --log /tmp/gc.log
//
// --trace-gc prints each collection of each isolate with its time in
// milliseconds since that isolate started; the benchmark page's queries are
// timed in the page's clock. The full collections the benchmark asks for
// before each kind (--times: "low memory notification" in the log, with the
// page's clock around each) give the offset between the two and which
// isolate is the page's. Then each query's collections are those whose time
// falls inside it (to about a millisecond: the log's times are whole ms), and
// their pauses are counted against it: a mark-compact's atomic pause, and
// with --steps also the incremental marking steps before it (an upper bound:
// they are spread over the time before). Prints the slowest queries with
// their collections, and the p95 with and without that time. Asserts nothing.
import { readFileSync } from 'node:fs';
import { arg } from './bench-chromium';

interface Query {
  q: string;
  start: number;
  ms: number;
}
interface Gc {
  isolate: string;
  at: number;
  kind: string;
  pause: number;
  marking: boolean;
}

const times = readFileSync(arg('times', ''), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Query | { mark: [number, number] });
const withSteps = process.argv.includes('--steps');
const LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: ([A-Za-z -]+?)(?: \(reduce\))? [\d.]+ \([\d.]+\) -> [\d.]+ \([\d.]+\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms(.*)$/;
const gcs: Gc[] = [];
for (const line of readFileSync(arg('log', ''), 'utf8').split('\n')) {
  const m = LINE.exec(line);
  if (!m) continue;
  const steps = withSteps ? /\+ ([\d.]+) ms in \d+ steps/.exec(m[5]) : null;
  gcs.push({ isolate: m[1], at: Number(m[2]), kind: m[3], pause: Number(m[4]) + (steps ? Number(steps[1]) : 0), marking: m[5].includes('low memory notification') });
}
const marks = times.flatMap((t) => ('mark' in t ? [t.mark] : []));
const asked = gcs.filter((g) => g.marking);
if (!marks.length || !asked.length) throw new Error('No marks in the times, or no collections asked for in the log: run bench:search with --times and CHROMIUM_PATH=bench/chromium-trace-gc.sh');
const isolate = asked[0].isolate;
const page = gcs.filter((g) => g.isolate === isolate);
// One mark may show as two collections in a row: the first of each group.
const markGcs = page.filter((g, i) => g.marking && !(i > 0 && page[i - 1].marking && g.at - page[i - 1].at < 50));
const offsets = marks.slice(0, markGcs.length).map(([before, after], i) => markGcs[i].at - (before + after) / 2);
const offset = offsets.reduce((a, b) => a + b, 0) / offsets.length;

const queries = times.flatMap((t) => ('q' in t ? [t] : []));
const rows = queries.map((x) => {
  const from = x.start + offset - 1;
  const to = x.start + x.ms + offset + 1;
  const inside = page.filter((g) => !g.marking && g.at >= from && g.at <= to);
  return { ...x, gc: inside.reduce((sum, g) => sum + g.pause, 0), kinds: inside.map((g) => `${g.kind} ${g.pause.toFixed(1)}`) };
});
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(0.95 * v.length)];
const fixed = (n: number) => n.toFixed(1);
console.log(`page isolate ${isolate}; clock offsets at the marks ${offsets.map(fixed).join(', ')} ms (their spread is the error of each query's window)`);
console.log(`collections of the page meanwhile: ${page.filter((g) => !g.marking && g.kind.includes('Mark')).length} mark-compact, ${page.filter((g) => g.kind === 'Scavenge').length} scavenges`);
for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 12)) console.log(`  ${fixed(r.ms).padStart(6)} ms, collector ${fixed(r.gc).padStart(5)} ms  ${r.q}  ${r.kinds.join(', ')}`);
const total = rows.reduce((s, r) => s + r.ms, 0);
const inGc = rows.reduce((s, r) => s + r.gc, 0);
console.log(`queries with a collection inside: ${rows.filter((r) => r.gc > 0).length} of ${rows.length}; collector ${fixed(inGc)} ms of ${fixed(total)} ms of queries (${fixed((100 * inGc) / total)}%)`);
console.log(`p95 ${fixed(p95(rows.map((r) => r.ms)))} ms; without the collector's time ${fixed(p95(rows.map((r) => r.ms - r.gc)))} ms${withSteps ? ' (incremental steps counted)' : ''}`);
