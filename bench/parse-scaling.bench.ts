// How the parser's cost grows with its input: `npm run bench:parse-scaling`.
//
// For each input shape of tests/parse/scaling-shapes.ts (the eight shapes that
// were each once slower than linear), parses it at 1×, 4× and 16× the base
// size and prints the CPU time of each (process.cpuUsage, so other work on a
// loaded machine counts little) and the cost ratios to 1×. A linear parser
// gives about 4 and 16; tests/parse/scaling.test.ts bounds the ratio at 16×.
//
// How it measures, so that every size is timed under the same conditions:
// - each shape in a node process of its own (the heap and the compiled code
//   the shapes before it left moved its ratio: display-lines 20.5 alone,
//   32.5 after the six shapes before it);
// - every size is parsed twice untimed first (warm-up: the code is compiled
//   and optimised for all sizes before any parse is timed; at 1× the time
//   still falls over a process's first five to eight parses);
// - the sizes are timed interleaved, 1×, 4×, 16×, 1×, 4×, 16×, … (`--rounds`
//   rounds), so a change in the machine's load or in the code's optimisation
//   state during the run falls on all sizes alike, not on one size's runs;
// - each parse is timed from an idle process (tests/parse/scaling-measure.ts):
//   the collector's helper threads finish the last parse's garbage first, so a
//   1× parse after a 16× one is not charged the 16×'s sweeping (it was: 14–41
//   ms CPU against 12–13 from idle); a second ratio adds what each parse's
//   threads still spend after it returns, until idle (its deferred collection);
// - no forced collection: `--gc` runs `global.gc()` (node --expose-gc) before
//   each parse, but the parse after one is slower by a fixed amount (1×
//   sentence-lines 40–69 ms CPU, 25–37 wall, against 12–13 from idle without),
//   which hides the growth the bench measures; it is there to show that;
// - each size's median and least time, the ratios of the medians and of the
//   minima, the collector's share of the 16× parses (`perf_hooks` gc entries,
//   wall time), and the load average before and after.
// Prints figures only. Options: --base N characters at 1× (default 250000, as
// the test), --rounds N (default 7), --shape NAME (one shape only), --gc.
// Takes about three minutes.

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { timeParse, type ParseTime } from '../tests/parse/scaling-measure';
import { SHAPES, buildShape, type ShapeName } from '../tests/parse/scaling-shapes';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const base = Number(arg('base') ?? 250_000);
const rounds = Math.max(1, Number(arg('rounds') ?? 7));
const onlyShape = arg('shape') as ShapeName | undefined;
const collect = process.argv.includes('--gc');
if (collect && typeof global.gc !== 'function') throw new Error('--gc needs node --expose-gc (npm run bench:parse-scaling passes it)');
const FACTORS = [1, 4, 16];

/** Collector pauses (wall ms, start and duration) seen so far. */
const gcPauses: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration });
});
observer.observe({ entryTypes: ['gc'] });

/** One timed parse (tests/parse/scaling-measure.ts), after a full collection when asked. */
async function timeOne(text: string): Promise<ParseTime> {
  if (collect) global.gc!();
  return timeParse(text);
}

/** Collector time (ms) that fell inside the given parses. */
function gcTimeIn(parses: ParseTime[]): number {
  let total = 0;
  for (const p of parses) {
    for (const g of gcPauses) if (g.start >= p.start && g.start < p.start + p.wall) total += g.duration;
  }
  return total;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const min = (xs: number[]) => Math.min(...xs);

/** The row of one shape measured in a process of its own (this script with --shape NAME --row). */
function rowInChild(shape: ShapeName): string[] {
  const passOn = ['base', 'rounds'].flatMap((name) => (arg(name) ? [`--${name}`, arg(name)!] : []));
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--shape', shape, '--row', ...passOn, ...(collect ? ['--gc'] : [])], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

/** One shape's row: its sizes timed in turn, in this process. */
async function measureShape(shape: ShapeName): Promise<string[]> {
  const texts = FACTORS.map((f) => buildShape(shape, base * f));
  // Warm-up: two untimed rounds of every size (at 1× the time still falls
  // over the first five to eight parses of a process while the code is optimised).
  for (let r = 0; r < 2; r++) for (const t of texts) await timeOne(t);
  const timed: ParseTime[][] = FACTORS.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < FACTORS.length; k++) timed[k].push(await timeOne(texts[k]));
  }
  const cpu = timed.map((ts) => ts.map((t) => t.cpu));
  const med = cpu.map(median);
  const mins = cpu.map(min);
  const wallMed = timed.map((ts) => median(ts.map((t) => t.wall)));
  const settledMed = timed.map((ts) => median(ts.map((t) => t.cpuSettled)));
  const wall16 = timed[2].reduce((s, t) => s + t.wall, 0);
  const gcShare = (100 * gcTimeIn(timed[2])) / wall16;
  const mb = Buffer.byteLength(texts[2], 'utf8') / 1024 / 1024;
  const r = (a: number, b: number) => (a / Math.max(b, 0.5)).toFixed(1);
  return [
    shape,
    ...[0, 1, 2].flatMap((k) => [med[k].toFixed(1), mins[k].toFixed(1)]),
    r(med[1], med[0]),
    r(med[2], med[0]),
    r(mins[2], mins[0]),
    r(settledMed[2], settledMed[0]),
    r(wallMed[2], wallMed[0]),
    gcShare.toFixed(0),
    (mb / (med[2] / 1000)).toFixed(1),
  ];
}

async function main(): Promise<void> {
  if (process.argv.includes('--row')) {
    // (a child of the run over all shapes: its one row as JSON)
    console.log(JSON.stringify(await measureShape(onlyShape!)));
    return;
  }
  const loadBefore = loadavg();
  console.log(
    `parsePage cost by input size: base ${base} characters, ${rounds} rounds of 1×, 4×, 16× interleaved after a warm-up, ` +
      `CPU ms from an idle process${collect ? ', full collection before each parse' : ''}; node ${process.version}`,
  );
  const header = ['shape', '1× med', '1× min', '4× med', '4× min', '16× med', '16× min', '4×/1× med', '16×/1× med', '16×/1× min', '+deferred 16×/1× med', 'wall 16×/1× med', 'GC % at 16×', 'MB/s at 16×'];
  const rows: string[][] = [];
  for (const shape of onlyShape ? [onlyShape] : SHAPES) {
    // (each shape in a process of its own unless one is asked for: the heap
    // and the compiled code left by the shapes before moved a shape's ratio,
    // display-lines 20.5 alone against 32.5 after the other shapes)
    rows.push(onlyShape ? await measureShape(onlyShape) : rowInChild(shape));
  }
  observer.disconnect();
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`\nload average (1, 5, 15 min) before: ${fmt(loadBefore)}; after: ${fmt(loadavg())}`);
}

void main();
