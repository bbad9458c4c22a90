// Cost of the paste detector per call: `npm run bench:paste`.
// The content script runs looksLikeNewspaperText on every paste into an
// editable field, so it must stay far below a frame (target: < 2 ms for 30 KB).
// Prints median and p95 over many calls; no assertions.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { looksLikeNewspaperText } from '../lib/paste/paste-check';
import { ARTICLES, NEGATIVES } from '../tests/paste/fixtures';
import { rewrap } from '../tests/paste/rewrap';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES_DIR = resolve(ROOT, 'tests/fixtures/eval');
const KB = 1024;
const WARMUP = 500;
const RUNS = 3000;

/** Repeats `text` (joined by newlines) and cuts it to `bytes` of UTF-8. */
function fillBytes(text: string, bytes: number): string {
  let out = text;
  while (Buffer.byteLength(out, 'utf8') < bytes) out += '\n' + text;
  // cut on a character boundary
  return Buffer.from(out, 'utf8').subarray(0, bytes).toString('utf8').replace(/\uFFFD$/u, '');
}

/** Repeats `text` to `chars` UTF-16 code units. */
function fillChars(text: string, chars: number): string {
  let out = text;
  while (out.length < chars) out += '\n' + text;
  return out.slice(0, chars);
}

function newspaperText(): string {
  try {
    const pages = readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.txt') && !f.startsWith('003'))
      .sort();
    if (pages.length > 0) return pages.map((f) => readFileSync(join(PAGES_DIR, f), 'utf8')).join('\n');
  } catch {
    // no eval pages in this checkout: fall back to our own rewrapped articles
  }
  return rewrap(ARTICLES.flat(), { width: 16, justifyEvery: 5, blankLines: true });
}

function epaperText(): string {
  try {
    return readFileSync(join(PAGES_DIR, '003_0078cb0db730c42f.txt'), 'utf8');
  } catch {
    return ['总第8381期 今日4版', '国内统一刊号:CN22-0010', ...ARTICLES.flat()].join('\n');
  }
}

const code = NEGATIVES.filter((n) => /^(js|ts|python|c|sql|go|rust|css|html)\b/.test(n.name))
  .map((n) => n.text)
  .join('\n\n');
const english = NEGATIVES.filter((n) => n.name.startsWith('english')).map((n) => n.text).join('\n\n');
const paper = newspaperText();

const inputs: Array<[string, string]> = [
  ['newspaper column, 30 KB UTF-8', fillBytes(paper, 30 * KB)],
  ['newspaper column, 30 K chars', fillChars(paper, 30 * KB)],
  ['e-paper (003), 30 KB UTF-8', fillBytes(epaperText(), 30 * KB)],
  ['code, 30 KB', fillBytes(code, 30 * KB)],
  ['English prose, 30 KB', fillBytes(english, 30 * KB)],
  ['short chat message', '在吗？刚才那篇稿子你看了没'],
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const rows: string[][] = [];
let sink = 0;
for (const [name, text] of inputs) {
  for (let i = 0; i < WARMUP; i++) sink += looksLikeNewspaperText(text).wrapped ? 1 : 0;
  const times: number[] = new Array(RUNS);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const v = looksLikeNewspaperText(text);
    times[i] = performance.now() - t0;
    sink += v.wrapped ? 1 : 0;
  }
  times.sort((a, b) => a - b);
  const verdict = looksLikeNewspaperText(text);
  rows.push([
    name,
    `${(Buffer.byteLength(text, 'utf8') / KB).toFixed(1)} KB / ${text.length}`,
    `${(quantile(times, 0.5) * 1000).toFixed(1)} µs`,
    `${(quantile(times, 0.95) * 1000).toFixed(1)} µs`,
    `${verdict.wrapped ? 'yes' : 'no'} (${verdict.reason})`,
  ]);
}

const header = ['input', 'size / chars', 'median', 'p95', 'verdict'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const fmt = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ');
console.log(`looksLikeNewspaperText: ${RUNS} calls per input after ${WARMUP} warm-up calls (Node ${process.version})\n`);
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
if (sink < 0) console.log(sink); // keep the calls observable
