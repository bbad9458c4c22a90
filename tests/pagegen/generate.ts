// Generates the development set: for every layout family, N seeded pages as
// raw text (NNN.txt) with their answers (NNN.gold.json), each answer proven
// with check-gold.mjs; a page whose answer cannot be proven is dropped and
// counted.
//
//   npm run pages:generate -- [--count N] [--seed S] [--corpus FILE]
//                             [--families a,b] [--out DIR] [--html]
//
// Defaults come from families.config.json (seed, pages per family); the set
// goes to .tmp/devset/<family>/ (gitignored). Without --corpus the text is
// the project's own ZH_ARTICLES; --corpus takes corpus files (extract-corpus.ts)
// separated by commas, and `builtin` for ZH_ARTICLES beside them.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, type Family } from './families';
import { checkGold } from './gold';
import { generatePage, isEpaper } from './page';
import { PdfPrinter } from './pdf-text';
import { pageSeed } from './rng';
import { builtInArticles, loadCorpus, type SourceArticle } from './source';

export const CONFIG = JSON.parse(readFileSync(join(import.meta.dirname, 'families.config.json'), 'utf8')) as { heldOut: string[]; seed: number; perFamily: number };

export interface FamilyResult { family: string; kept: number; dropped: number; reasons: string[] }

export async function generateFamily(family: Family, sources: SourceArticle[], opts: { count: number; seed: number; out: string; html?: boolean; printer: PdfPrinter | null }): Promise<FamilyResult> {
  const dir = join(opts.out, family.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result: FamilyResult = { family: family.name, kept: 0, dropped: 0, reasons: [] };
  for (let n = 0; n < opts.count; n++) {
    const base = String(n).padStart(3, '0');
    const rawPath = join(dir, `${base}.txt`), goldPath = join(dir, `${base}.gold.json`);
    let problems: string[];
    try {
      const page = await generatePage(family, sources, pageSeed(opts.seed, family.name, n), `${base}.txt`, opts.printer);
      writeFileSync(rawPath, page.raw);
      writeFileSync(goldPath, JSON.stringify(page.gold, null, 2) + '\n');
      if (opts.html && page.html) writeFileSync(join(dir, `${base}.html`), page.html);
      problems = checkGold(goldPath, rawPath);
    } catch (e) {
      problems = [`generation failed: ${(e as Error).message}`];
    }
    if (problems.length) {
      result.dropped++;
      result.reasons.push(`${base}: ${problems.slice(0, 3).join(' | ')}`);
      rmSync(rawPath, { force: true });
      rmSync(goldPath, { force: true });
    } else result.kept++;
  }
  if (result.reasons.length) writeFileSync(join(dir, 'dropped.txt'), result.reasons.join('\n') + '\n');
  return result;
}

async function main(argv: string[]): Promise<number> {
  const arg = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const count = Number(arg('--count') ?? CONFIG.perFamily);
  const seed = Number(arg('--seed') ?? CONFIG.seed);
  const out = arg('--out') ?? '.tmp/devset';
  const corpus = arg('--corpus');
  const names = arg('--families')?.split(',');
  if (!Number.isInteger(count) || count < 1 || !Number.isFinite(seed)) {
    process.stderr.write('usage: npm run pages:generate -- [--count N] [--seed S] [--corpus FILE] [--families a,b] [--out DIR] [--html]\n');
    return 2;
  }
  const families = names ? FAMILIES.filter((f) => names.includes(f.name)) : FAMILIES;
  const unknown = names?.filter((n) => !FAMILIES.some((f) => f.name === n)) ?? [];
  if (unknown.length) { process.stderr.write(`pages:generate: unknown families: ${unknown.join(', ')} (known: ${FAMILIES.map((f) => f.name).join(', ')})\n`); return 2; }
  let sources: SourceArticle[];
  try {
    sources = corpus ? corpus.split(',').flatMap((c) => (c === 'builtin' ? builtInArticles() : loadCorpus(c))) : builtInArticles();
  } catch (e) {
    process.stderr.write(`pages:generate: ${(e as Error).message}\n`);
    return 1;
  }
  const needPdf = families.some((f) => !isEpaper(f));
  if (needPdf && !existsSync(process.env.JIANBAO_CHROMIUM ?? '/usr/bin/chromium')) { process.stderr.write('pages:generate: Chromium not found at /usr/bin/chromium (set JIANBAO_CHROMIUM)\n'); return 1; }
  const printer = needPdf ? new PdfPrinter() : null;
  const t0 = performance.now();
  process.stdout.write(`pages:generate: ${families.length} families × ${count} pages, seed ${seed}, text: ${corpus ?? 'ZH_ARTICLES'} (${sources.length} articles) → ${out}\n`);
  let kept = 0, dropped = 0;
  try {
    for (const f of families) {
      const t = performance.now();
      const r = await generateFamily(f, sources, { count, seed, out, html: argv.includes('--html'), printer });
      kept += r.kept; dropped += r.dropped;
      process.stdout.write(`  ${f.name.padEnd(14)} ${String(r.kept).padStart(4)} pages${r.dropped ? `, ${r.dropped} dropped (see ${f.name}/dropped.txt)` : ''}  ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await printer?.close();
  }
  process.stdout.write(`pages:generate: ${kept} pages kept, ${dropped} dropped, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((c) => { process.exitCode = c; });
