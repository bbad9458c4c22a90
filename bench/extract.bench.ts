// Extraction quality and speed on the fixture pages of tests/fixtures/extract:
// `npm run bench:extract` (build first with `npm run build:chrome` for the
// Chromium figures).
//
// For every article fixture, Jianbao's extractor beside @mozilla/readability
// and defuddle (the extractor of Obsidian Web Clipper), all on the same
// happy-dom document:
//   - body F1: bag-of-character-bigram F1 (whitespace dropped) of the body
//     text against the fixture's expected paragraphs;
//   - fields: of title, kicker, subtitle, byline, source, date and page, how
//     many Jianbao got right (the peers give no kicker, subtitle or page);
//   - time per page in Node (extraction only, the HTML parse excluded;
//     median of RUNS after a warm-up).
// Then the built content-script extraction (.output/chrome-mv3/extract.js,
// what the extension injects) in Chromium's own DOM via playwright-core:
// its body F1 and its time per page (injection and extraction, median).
// Prints figures; no assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { extractArticle, type ExtractResult } from '../lib/extract';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../tests/e2e/helpers';
import { FIXTURE_DIR, listFixtures, type Fixture } from '../tests/extract/fixtures';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const FIELDS = ['title', 'kicker', 'subtitle', 'byline', 'source', 'date', 'page'] as const;

function parse(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Multiset of character bigrams, whitespace dropped. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const bag = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    bag.set(g, (bag.get(g) ?? 0) + 1);
  }
  return bag;
}

export function bigramF1(predicted: string, gold: string): number {
  const p = bigrams(predicted);
  const g = bigrams(gold);
  let overlap = 0;
  let np = 0;
  let ng = 0;
  for (const n of p.values()) np += n;
  for (const n of g.values()) ng += n;
  for (const [k, n] of p) overlap += Math.min(n, g.get(k) ?? 0);
  if (!np || !ng || !overlap) return 0;
  const precision = overlap / np;
  const recall = overlap / ng;
  return (2 * precision * recall) / (precision + recall);
}

const ours = (r: ExtractResult): string => (r.ok ? r.article.blocks.map((b) => b.text).join('\n') : '');

interface Peer {
  name: string;
  run(doc: Document, url: string): Promise<string>;
}

const PEERS: Peer[] = [
  { name: 'jianbao', run: async (doc, url) => ours(extractArticle(doc, url)) },
  { name: 'readability', run: async (doc) => new Readability(doc).parse()?.textContent ?? '' },
  {
    name: 'defuddle',
    run: async (doc, url) => {
      const r = await Defuddle(doc, url);
      const out = parse(`<body>${r.content ?? ''}</body>`, url);
      return out.body.textContent ?? '';
    },
  },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

async function timeNode(peer: Peer, f: Fixture): Promise<{ text: string; ms: number }> {
  let text = '';
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const doc = parse(f.html, f.url);
    const t0 = performance.now();
    text = await peer.run(doc, f.url);
    if (i > 0) times.push(performance.now() - t0);
  }
  return { text, ms: median(times) };
}

/** Every fixture page (the pages/ folder too) by its address, for Chromium's router. */
function pagesByUrl(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of [FIXTURE_DIR, path.join(FIXTURE_DIR, 'pages')]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, name), 'utf8');
      const url = /^<!--\s*url:\s*(\S+)/.exec(html)?.[1];
      if (url) out.set(url, html);
    }
  }
  return out;
}

async function chromiumRuns(fixtures: Fixture[]): Promise<Map<string, { text: string; ms: number }> | string> {
  const script = path.join(EXTENSION_DIR, 'extract.js');
  if (!existsSync(script)) return `no ${script}: run \`npm run build:chrome\` first`;
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`;
  // The built file is one expression whose value is the extraction's promise.
  const source = readFileSync(script, 'utf8').trim().replace(/;$/, '');
  const pages = pagesByUrl();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  const out = new Map<string, { text: string; ms: number }>();
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const html = pages.get(url);
      // Only the fixture pages themselves: no scripts, styles or pictures of the real sites are fetched.
      if (html !== undefined && route.request().resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.abort();
    });
    const page = await context.newPage();
    for (const f of fixtures) {
      await page.goto(f.url, { waitUntil: 'domcontentloaded' });
      const runs = (await page.evaluate(
        async ({ code, runs }) => {
          const times: number[] = [];
          let result: unknown = null;
          for (let i = 0; i <= runs; i++) {
            const t0 = performance.now();
            result = await (0, eval)(code);
            if (i > 0) times.push(performance.now() - t0);
          }
          return { result, times };
        },
        { code: source, runs: RUNS },
      )) as { result: ExtractResult; times: number[] };
      out.set(f.name, { text: ours(runs.result), ms: median(runs.times) });
    }
  } finally {
    await browser.close();
  }
  return out;
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1).padStart(6) : '     -');

async function main(): Promise<void> {
  const fixtures = listFixtures().filter((f) => f.expected.ok);
  console.log(`Extraction benchmark: ${fixtures.length} article fixtures (tests/fixtures/extract), ${RUNS} timed runs each after a warm-up`);
  console.log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

  const rows: { name: string; fields: string; f1: Record<string, number>; ms: Record<string, number> }[] = [];
  for (const f of fixtures) {
    const gold = f.expected.article!.blocks.map((b) => b.text).join('\n');
    const row = { name: f.name, fields: '', f1: {} as Record<string, number>, ms: {} as Record<string, number> };
    for (const peer of PEERS) {
      const { text, ms: t } = await timeNode(peer, f);
      row.f1[peer.name] = bigramF1(text, gold);
      row.ms[peer.name] = t;
    }
    const r = extractArticle(parse(f.html, f.url), f.url);
    const want = f.expected.article!;
    const right = r.ok ? FIELDS.filter((k) => r.article[k] === want[k]) : [];
    const wrong = FIELDS.filter((k) => !right.includes(k));
    row.fields = `${right.length}/${FIELDS.length}${wrong.length ? ` (${wrong.join(',')})` : ''}`;
    rows.push(row);
  }

  const chrome = await chromiumRuns(fixtures);
  const names = PEERS.map((p) => p.name);
  console.log(`${pad('page', 34)} ${pad('fields', 12)} ${names.map((n) => pad(`F1 ${n}`, 15)).join(' ')} ${pad('F1 chromium', 12)} ${names.map((n) => pad(`ms ${n}`, 15)).join(' ')} ms chromium`);
  for (const row of rows) {
    const c = typeof chrome === 'string' ? undefined : chrome.get(row.name);
    const gold = fixtures.find((f) => f.name === row.name)!.expected.article!.blocks.map((b) => b.text).join('\n');
    console.log(
      `${pad(row.name, 34)} ${pad(row.fields, 12)} ${names.map((n) => pad(f2(row.f1[n]), 15)).join(' ')} ${pad(c ? f2(bigramF1(c.text, gold)) : '-', 12)} ${names.map((n) => pad(ms(row.ms[n]), 15)).join(' ')} ${c ? ms(c.ms) : '-'}`,
    );
  }
  console.log('\nsummary (mean body F1, pages with F1 ≥ 0.9, empty results, mean time per page in Node)');
  for (const n of names) {
    const f1s = rows.map((r) => r.f1[n]);
    console.log(
      `  ${pad(n, 12)} F1 ${f2(mean(f1s))}   ≥0.9: ${f1s.filter((x) => x >= 0.9).length}/${rows.length}   empty: ${f1s.filter((x) => x === 0).length}   ${ms(mean(rows.map((r) => r.ms[n])))} ms/page (median of pages ${ms(median(rows.map((r) => r.ms[n])))} ms)`,
    );
  }
  if (typeof chrome === 'string') console.log(`  chromium: skipped (${chrome})`);
  else {
    const cs = fixtures.map((f) => chrome.get(f.name)!);
    const f1s = fixtures.map((f, i) => bigramF1(cs[i].text, f.expected.article!.blocks.map((b) => b.text).join('\n')));
    console.log(`  ${pad('chromium', 12)} F1 ${f2(mean(f1s))}   empty: ${f1s.filter((x) => x === 0).length}   ${ms(mean(cs.map((c) => c.ms)))} ms/page (median of pages ${ms(median(cs.map((c) => c.ms)))} ms), built extract.js injected and run in the page`);
  }
  const fieldsRight = rows.reduce((n, r) => n + Number(r.fields.split('/')[0]), 0);
  console.log(`  jianbao fields right: ${fieldsRight}/${rows.length * FIELDS.length}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
