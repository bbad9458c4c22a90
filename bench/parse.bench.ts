// Parser throughput: `npm run bench:parse` (tsx bench/parse.bench.ts).
//
// Parses inputs of 1, 10 and 100 pages (the real eval pages concatenated, or
// generated pages when tests/fixtures/eval is missing) and prints, for each,
// its size, the median time of several runs after a warm-up, MB/s and ms per
// page, then how the time grows from 1 page to 100. It prints figures only and
// asserts nothing. The best CPU time of the runs (process.cpuUsage, GC threads
// included) is printed beside the wall-clock times: on a shared machine the
// wall clock counts other work, the CPU time much less. Then each example page
// alone (the figure is per page: page 003, whose heads are listed apart
// from their texts, is the slowest): the best CPU time of 40 parses, in five
// rounds, and the median of the rounds. Options: --runs N (runs per size,
// default: as many as fit in about 2 s, 3 to 30), --pages 1,10,100, --rounds N
// (rounds per page alone, 0: none).

import { parsePage } from '../lib/parse';
import { loadPages, pagesText } from '../tests/parse/corpus';

const MB = 1024 * 1024;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizes = (arg('pages') ?? '1,10,100')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const fixedRuns = arg('runs') ? Math.max(1, Number(arg('runs'))) : null;
const rounds = Math.max(0, Number(arg('rounds') ?? 5));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(text: string): { ms: number; cpuMs: number; articles: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = parsePage(text);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, articles: r.articles.length };
}

interface Row {
  pages: number;
  bytes: number;
  ms: number | null;
  min: number | null;
  cpuMin: number | null;
  runs: number;
  articles: number | null;
  error?: string;
}

const corpus = loadPages();
console.log(`parsePage benchmark: ${corpus.pages.length} ${corpus.source === 'eval' ? 'real eval' : 'generated'} page(s) cycled; node ${process.version}`);

// Warm-up: let the JIT see every page a few times.
try {
  const deadline = performance.now() + 1000;
  for (let i = 0; i < 50 && performance.now() < deadline; i++) parsePage(corpus.pages[i % corpus.pages.length]);
} catch (e) {
  console.log(`warm-up: parsePage threw: ${(e as Error).message}`);
}

const rows: Row[] = [];
for (const n of sizes) {
  const text = pagesText(corpus, n);
  const bytes = Buffer.byteLength(text, 'utf8');
  try {
    const first = time(text); // one more warm-up at this size
    const runs = fixedRuns ?? Math.min(30, Math.max(3, Math.floor(2000 / Math.max(first.ms, 0.01))));
    const times: number[] = [];
    let cpuMin = Infinity;
    let articles = first.articles;
    for (let i = 0; i < runs; i++) {
      const t = time(text);
      times.push(t.ms);
      cpuMin = Math.min(cpuMin, t.cpuMs);
      articles = t.articles;
    }
    rows.push({ pages: n, bytes, ms: median(times), min: Math.min(...times), cpuMin, runs, articles });
  } catch (e) {
    rows.push({ pages: n, bytes, ms: null, min: null, cpuMin: null, runs: 0, articles: null, error: (e as Error).message });
  }
}

const fmt = (x: number | null, d: number) => (x === null || !Number.isFinite(x) ? '-' : x.toFixed(d));
const header = ['pages', 'bytes', 'median ms', 'min ms', 'runs', 'MB/s', 'ms/page', 'cpu min ms', 'CPU MB/s', 'articles'];
const table = rows.map((r) => [
  String(r.pages),
  String(r.bytes),
  fmt(r.ms, 2),
  fmt(r.min, 2),
  String(r.runs),
  r.ms ? fmt(r.bytes / MB / (r.ms / 1000), 2) : '-',
  fmt(r.ms === null ? null : r.ms / r.pages, 3),
  fmt(r.cpuMin, 2),
  r.cpuMin ? fmt(r.bytes / MB / (r.cpuMin / 1000), 2) : '-',
  r.error ? `threw: ${r.error}` : String(r.articles),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('');

const one = rows.find((r) => r.pages === 1);
const hundred = rows.find((r) => r.pages === 100);
if (one?.ms && hundred?.ms) {
  const ratio = hundred.ms / one.ms;
  const bytesRatio = hundred.bytes / one.bytes;
  console.log(`time(100)/time(1) = ${ratio.toFixed(1)}  (input grew ${bytesRatio.toFixed(1)}x; linear scaling would give about ${bytesRatio.toFixed(1)})`);
} else {
  console.log('time(100)/time(1): not available');
}

// Each page alone: best CPU time of PARSES_A_ROUND parses, each round in turn over the pages.
const PARSES_A_ROUND = 40;
if (rounds) {
  const perPage: number[][] = corpus.pages.map(() => []);
  for (let r = 0; r < rounds; r++)
    corpus.pages.forEach((page, i) => {
      let best = Infinity;
      for (let k = 0; k < PARSES_A_ROUND; k++) best = Math.min(best, time(page).cpuMs);
      perPage[i].push(best);
    });
  console.log('');
  console.log(`each page alone: best CPU of ${PARSES_A_ROUND} parses, ${rounds} rounds`);
  corpus.pages.forEach((page, i) => {
    const bytes = Buffer.byteLength(page, 'utf8');
    const mbs = perPage[i].map((ms) => bytes / MB / (ms / 1000));
    console.log(`  ${corpus.names[i]}  ${bytes} bytes  median ${median(mbs).toFixed(1)} MB/s  (rounds: ${mbs.map((x) => x.toFixed(1)).join(' ')})`);
  });
}
