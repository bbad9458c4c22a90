// Scores the parser on the development set, family by family, with the
// project's scorer (tests/fixtures/eval/score.mjs), and reports tuned and
// held-out families apart (families.config.json names the held-out ones).
//
//   npm run pages:score -- [--dir .tmp/devset] [--cli] [--json]
//
// By default each page is parsed in-process (parsePage, what bin/parse.ts
// prints) and scored with score.mjs's own scorePage: the same figures as
// `score.mjs --run 'npm run --silent parse -- {}' DIR`, without starting a
// process per page. --cli runs exactly that command per family instead.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR } from './gold';
import { CONFIG } from './generate';

const METRICS = ['score', 'text', 'paragraphs', 'headings', 'articles', 'titles', 'bylines', 'furnitureLeaks', 'spuriousSpaces'] as const;
type Metric = (typeof METRICS)[number];
export type Means = Record<Metric, number>;

export interface FamilyScore { family: string; heldOut: boolean; pages: number; mean: Means; errors: number }

function pagesIn(dir: string): { raw: string; gold: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => ({ gold: join(dir, f), raw: join(dir, f.replace(/\.gold\.json$/, '.txt')) }))
    .filter((p) => existsSync(p.raw));
}

const meanOf = (rows: Means[]): Means => Object.fromEntries(METRICS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0) / (rows.length || 1)])) as Means;

export async function scoreFamilyInProcess(dir: string): Promise<{ pages: number; mean: Means; errors: number }> {
  const { scorePage } = (await import(join(EVAL_DIR, 'score.mjs'))) as { scorePage: (g: unknown, p: unknown) => Means };
  const { parsePage } = await import('../../lib/parse');
  const rows: Means[] = [];
  let errors = 0;
  for (const p of pagesIn(dir)) {
    let pred: unknown;
    try {
      // Through JSON, as the command line prints it and score.mjs reads it.
      pred = JSON.parse(JSON.stringify(parsePage(readFileSync(p.raw, 'utf8'))));
    } catch {
      errors++;
      pred = { articles: [] };
    }
    rows.push(scorePage(JSON.parse(readFileSync(p.gold, 'utf8')), pred));
  }
  return { pages: rows.length, mean: meanOf(rows), errors };
}

export function scoreFamilyCli(dir: string): { pages: number; mean: Means; errors: number } {
  const out = execFileSync(process.execPath, [join(EVAL_DIR, 'score.mjs'), '--json', '--run', 'npm run --silent parse -- {}', dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const r = JSON.parse(out) as { pages: { error: string | null }[]; mean: Means };
  return { pages: r.pages.length, mean: r.mean, errors: r.pages.filter((p) => p.error).length };
}

const f3 = (v: number) => v.toFixed(3);
const f2 = (v: number) => v.toFixed(2);

export function formatTable(rows: FamilyScore[]): string {
  const head = ['family', 'set', 'pages', 'score', 'titles', 'bylines', 'articles', 'paragraphs', 'leaks', 'spurious sp.'];
  const line = (r: FamilyScore | { family: string; set: string; pages: number; mean: Means }) => [
    r.family, 'set' in r ? r.set : r.heldOut ? 'held-out' : 'tuned', String(r.pages), f3(r.mean.score), f3(r.mean.titles), f3(r.mean.bylines), f3(r.mean.articles), f3(r.mean.paragraphs), f2(r.mean.furnitureLeaks), f2(r.mean.spuriousSpaces),
  ];
  const tuned = rows.filter((r) => !r.heldOut), held = rows.filter((r) => r.heldOut);
  const summary = (name: string, set: FamilyScore[]) => ({ family: name, set: `${set.length} families`, pages: set.reduce((s, r) => s + r.pages, 0), mean: meanOf(set.map((r) => r.mean)) });
  const all = [...rows.map(line), ...(tuned.length ? [line(summary('mean: tuned', tuned))] : []), ...(held.length ? [line(summary('mean: held-out', held))] : [])];
  const widths = head.map((h, i) => Math.max(h.length, ...all.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), ...all.slice(0, rows.length).map(fmt), '', ...all.slice(rows.length).map(fmt)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const arg = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const dir = arg('--dir') ?? '.tmp/devset';
  if (!existsSync(dir)) { process.stderr.write(`pages:score: ${dir} does not exist; run npm run pages:generate first\n`); return 1; }
  const families = readdirSync(dir).filter((f) => pagesIn(join(dir, f)).length).sort();
  if (!families.length) { process.stderr.write(`pages:score: no pages under ${dir}\n`); return 1; }
  const rows: FamilyScore[] = [];
  for (const family of families) {
    const d = join(dir, family);
    const r = argv.includes('--cli') ? scoreFamilyCli(d) : await scoreFamilyInProcess(d);
    rows.push({ family, heldOut: CONFIG.heldOut.includes(family), ...r });
  }
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else process.stdout.write(formatTable(rows) + '\n' + (rows.some((r) => r.errors) ? `parser errors on ${rows.reduce((s, r) => s + r.errors, 0)} pages\n` : ''));
  return 0;
}

if (process.argv[1] && /score\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((c) => { process.exitCode = c; });
