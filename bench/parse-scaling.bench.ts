// How the parser's cost grows with its input: `npm run bench:parse-scaling`.
//
// For each input shape of tests/parse/scaling-shapes.ts (the eight shapes that
// were each once slower than linear), parses it at 1×, 4× and 16× the base
// size and prints the CPU time (process.cpuUsage, so other work on a loaded
// machine counts little; best of a few runs) and the cost ratios to 1×. A
// linear parser gives about 4 and 16; tests/parse/scaling.test.ts bounds the
// ratio at 16×. Prints figures only. Options: --base N characters at 1×
// (default 250000, as the test), --runs N (default 3).

import { parsePage } from '../lib/parse';
import { SHAPES, buildShape } from '../tests/parse/scaling-shapes';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const base = Number(arg('base') ?? 250_000);
const runs = Math.max(1, Number(arg('runs') ?? 3));
const FACTORS = [1, 4, 16];

/** Least CPU time (ms) of `n` parses. */
function bestOf(text: string, n: number): number {
  let best = Infinity;
  for (let r = 0; r < n; r++) {
    const before = process.cpuUsage();
    parsePage(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

console.log(`parsePage cost by input size: base ${base} characters, best of ${runs} run(s), CPU ms; node ${process.version}`);
const header = ['shape', ...FACTORS.map((f) => `${f}× ms`), '4×/1×', '16×/1×', 'MB/s at 16×'];
const rows: string[][] = [];
for (const shape of SHAPES) {
  const texts = FACTORS.map((f) => buildShape(shape, base * f));
  bestOf(texts[0], 2); // warm-up
  const ms = texts.map((t, k) => bestOf(t, k === 2 ? Math.max(1, runs - 1) : runs));
  const mb = Buffer.byteLength(texts[2], 'utf8') / 1024 / 1024;
  const t1 = Math.max(ms[0], 0.5);
  rows.push([shape, ...ms.map((m) => m.toFixed(0)), (ms[1] / t1).toFixed(1), (ms[2] / t1).toFixed(1), (mb / (ms[2] / 1000)).toFixed(1)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
