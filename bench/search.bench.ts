// Search in a real browser: `npm run bench:search`.
//
// Builds the extension with the benchmark's page (`wxt build --mode bench`,
// into .output/chrome-mv3-bench) when that build is missing or older than the
// sources, starts headless Chromium with it, opens `bench-search.html` (which
// loads bench/search-hooks.ts) and drives the real code there: seeds generated
// clippings straight into IndexedDB, indexes them, and prints index time,
// database size, what search holds in memory, query times (median, p95, and
// the median of each step) beside a plain scan of every clipping and beside
// ranking every hit, and the cost of saving one clipping into the full
// database. Then the same at a larger size. Prints figures (and the machine's
// load, which they depend on); asserts nothing.
//
// Options: --sizes 10000,50000   --chars 3000   --queries 40 (per kind)   --scans 3 (per kind)
//          --minutes 15 (longest seeding and indexing a size may take; larger sizes are projected)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BenchHooks } from './search-hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3-bench');
const BENCH_PAGE = 'bench-search.html';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SOURCES = ['lib', 'components', 'entrypoints', 'public', 'bench/search-hooks.ts', 'bench/search.html', 'tests/search/sample-corpus.ts', 'wxt.config.ts', 'package.json'];
/** Seeding and indexing must fit in this for a size to be run rather than extrapolated (--minutes). */
const SIZE_BUDGET_MS = Number(arg('minutes', '15')) * 60_000;
/** Measured instead of a size that does not fit. */
const FALLBACK_SIZE = 20_000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const sizes = arg('sizes', '10000,50000').split(',').map(Number);
const chars = Number(arg('chars', '3000'));
const perKind = Number(arg('queries', '40'));
const scansPerKind = Number(arg('scans', '3'));
/** A common word, searched right after the saves. */
const kindsProbe = '发展';

function newestSource(p: string): number {
  const full = path.join(ROOT, p);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(full).map((f) => newestSource(path.join(p, f))));
}

/** True when the benchmark's build is there and nothing in the sources is newer. */
function buildIsCurrent(): boolean {
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest) || !existsSync(path.join(EXTENSION_DIR, BENCH_PAGE))) return false;
  return Math.max(...SOURCES.map(newestSource)) <= statSync(manifest).mtimeMs;
}

async function launch(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isExtension(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isExtension(w.url()), timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`chrome-extension://${id}/${BENCH_PAGE}`);
  await page.waitForFunction(() => '__jianbaoBench' in globalThis, null, { timeout: 30_000 });
  return { context, page };
}

type Hooks = BenchHooks;
/** Calls one hook in the page. */
function call<K extends keyof Hooks>(page: Page, name: K, ...args: Parameters<Hooks[K]>): Promise<Awaited<ReturnType<Hooks[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const hooks = (globalThis as unknown as { __jianbaoBench: Record<string, (...x: unknown[]) => unknown> }).__jianbaoBench;
      return hooks[n as string](...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Hooks[K]>>>;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);
const load = () => `load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} CPUs`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
}

/** Steps of a search (search.ts), as shown: each column sums some of them. */
const STEPS: Array<[string, string[]]> = [
  ['candidates', ['parse', 'signatures', 'candidates']],
  ['texts', ['warm', 'texts']],
  ['check', ['verify']],
  ['rank', ['rank']],
  ['page', ['describe']],
];

async function measureQueries(page: Page, size: number, perKind: number, scansPerKind: number): Promise<void> {
  const kinds: Array<[string, string[]]> = [];
  for (const length of [1, 2, 4, 8]) kinds.push([`${length}-char substrings`, await call(page, 'sampleQueries', length, perKind, size + length)]);
  const common = await call(page, 'commonWords');
  kinds.push(['common words', common.slice(0, perKind)]);
  kinds.push(['two common words', common.slice(0, Math.min(10, perKind)).map((w, i) => `${w} ${common[i + 10]}`)]);

  const rows: string[][] = [];
  for (const [kind, queries] of kinds) {
    for (const q of queries.slice(0, 3)) await call(page, 'search', q); // JIT warm-up
    const times: number[] = [];
    const totals: number[] = [];
    const steps = STEPS.map((): number[] => []);
    const rankAll: number[] = [];
    for (const q of queries) {
      const r = await call(page, 'search', q);
      times.push(r.ms);
      totals.push(r.total);
      STEPS.forEach(([, names], i) => steps[i].push(names.reduce((sum, name) => sum + (r.phases[name] ?? 0), 0)));
    }
    // Apart from the searches: ranking every hit leaves garbage that would be collected during the next search.
    for (const q of queries) rankAll.push((await call(page, 'rank', q)).ms);
    const scans: number[] = [];
    for (const q of queries.slice(0, scansPerKind)) {
      const r = await call(page, 'scan', q);
      scans.push(r.ms);
      const found = totals[queries.indexOf(q)];
      if (r.total !== found) console.log(`  !! "${q}": search found ${found}, scan ${r.total}`);
    }
    rows.push([
      kind,
      String(queries.length),
      String(Math.round(median(totals))),
      ms(median(times)),
      ms(quantile(times, 0.95)),
      ms(Math.max(...times)),
      ...steps.map((xs) => ms(median(xs))),
      ms(median(rankAll)),
      ms(median(scans)),
      `${(median(scans) / median(times)).toFixed(0)}×`,
    ]);
  }
  table(
    ['query', 'n', 'hits (median)', 'search median', 'p95', 'max', ...STEPS.map(([name]) => name), 'rank all hits', 'scan median', 'speed-up'],
    rows,
  );
  console.log(
    '(search: the first page of 20, as the panel asks; the step columns are medians of each step of it.' +
      ' "rank all hits": rankClippings, every hit ranked in full, as search did before.)',
  );

  // The first search after the page opens, before the text cache is warm.
  const cold: number[] = [];
  for (const q of kinds[4][1].slice(0, Math.min(5, scansPerKind + 1))) {
    await call(page, 'coldCache');
    cold.push((await call(page, 'search', q)).ms);
  }
  console.log(`\ncommon words with a cold text cache (read from IndexedDB): median ${ms(median(cold))}, max ${ms(Math.max(...cold))}`);
  const warm = await call(page, 'warm');
  console.log(`warming the text cache: ${ms(warm.ms)} for ${warm.clippings} clippings`);
}

async function measureSaves(page: Page): Promise<number> {
  const saves: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 20; i++) {
    await call(page, 'idle');
    saves.push(await call(page, 'saveOne', chars));
    await call(page, 'idle');
    bare.push(await call(page, 'saveOneUnindexed', chars));
  }
  console.log(
    `\nsaving one clipping (lib/db saveClipping), IndexedDB otherwise idle: with index upkeep median ${ms(median(saves))}, p95 ${ms(quantile(saves, 0.95))};` +
      ` without the indexer: median ${ms(median(bare))}, p95 ${ms(quantile(bare, 0.95))}`,
  );
  const steps: Record<string, number[]> = {};
  for (let i = 0; i < 10; i++) {
    await call(page, 'idle');
    for (const [name, value] of Object.entries(await call(page, 'saveSteps', chars, true))) (steps[name] ??= []).push(value);
  }
  console.log(`  its steps (median of 10): ${Object.entries(steps).map(([name, xs]) => `${name} ${ms(median(xs))}`).join(', ')}`);
  const backToBack: number[] = [];
  for (let i = 0; i < 10; i++) backToBack.push(await call(page, 'saveOne', chars));
  await call(page, 'idle');
  const reads: Record<string, number[]> = {};
  for (let i = 0; i < 3; i++) {
    for (const [name, value] of Object.entries(await call(page, 'libraryReads'))) (reads[name] ??= []).push(value);
  }
  console.log(
    `saving clippings back to back: median ${ms(median(backToBack))}, p95 ${ms(quantile(backToBack, 0.95))}: each waits for the reads` +
      ` the side panel's library makes again after every write (lib/library/list-ids.ts: ids ${ms(median(reads.ids))},` +
      ` sources ${ms(median(reads.sources))}, tags ${ms(median(reads.tags))})`,
  );
  return saves.length + bare.length + 10 + backToBack.length;
}

async function main(): Promise<void> {
  if (!buildIsCurrent()) {
    console.log('building the extension with the benchmark page (npx wxt build --mode bench)…');
    execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'inherit' });
  }
  const { context, page } = await launch();
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const deviceMemory = await call(page, 'deviceMemory');
  console.log(`Chromium ${version}; clippings of ${chars} characters; machine: ${load()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB (navigator.deviceMemory: ${deviceMemory ?? 'not told'})\n`);
  try {
    let seeded = 0;
    let seedEach = 0;
    let indexEach = 0;
    let lastUsage = 0;
    const queue = [...sizes];
    while (queue.length > 0) {
      const size = queue.shift()!;
      const projected = (size - seeded) * seedEach + size * indexEach;
      if (seeded > 0 && projected > SIZE_BUDGET_MS) {
        console.log(
          `\n== ${size} clippings: skipped, seeding and indexing would take about ${ms(projected)}` +
            ` (measured at ${seeded}: ${ms(seedEach)} to seed and ${ms(indexEach)} to index each clipping),` +
            ` and the database would be about ${mb((lastUsage / seeded) * size)}.`,
        );
        // Measure at a size that fits instead, to see how the figures grow.
        if (FALLBACK_SIZE > seeded && !queue.includes(FALLBACK_SIZE)) queue.unshift(FALLBACK_SIZE);
        continue;
      }
      console.log(`\n== ${size} clippings`);
      const seedMs = await call(page, 'seed', size - seeded, chars);
      const usageBefore = await call(page, 'estimate');
      const indexMs = await call(page, 'rebuild');
      const usage = await call(page, 'estimate');
      const counts = await call(page, 'count');
      seedEach = seedMs / (size - seeded);
      indexEach = indexMs / size;
      console.log(`seeded ${size - seeded} in ${ms(seedMs)}; indexed all ${counts.indexed} in ${ms(indexMs)} (${ms(indexMs / size)} each)`);
      console.log(`database: ${mb(usageBefore)} without the index, ${mb(usage)} with it (navigator.storage.estimate)`);
      seeded = size;
      lastUsage = usage;

      // A fresh side panel, as a user opens it: a rare word (needs the signatures), then a common
      // one (needs the texts too), while the panel loads both. First with nothing saved (the
      // rebuild above marked every shard changed), then again from the shards it saved.
      const rare = (await call(page, 'sampleQueries', 8, 1, size + 99))[0];
      for (const when of ['opened afresh, nothing saved yet', 'opened again, from the saved shards']) {
        await page.reload();
        await page.waitForFunction(() => '__jianbaoBench' in globalThis, null, { timeout: 30_000 });
        const open = await call(page, 'firstSearchesAfterOpen', [rare, kindsProbe]);
        const [first, second] = open.searches;
        console.log(
          `side panel ${when}: "${first.q}" (${first.total} hit) ${ms(first.ms)} (signatures ${ms(first.phases.signatures ?? 0)});` +
            ` then "${second.q}" (${second.total} hits) ${ms(second.ms)} more; text cache warm ${ms(open.warmAt - open.openedAt)} after the first keystroke`,
        );
        const saved = await call(page, 'shardsSaved');
        if (saved.signatures + saved.texts > 0) {
          console.log(`  then saved ${saved.signatures} signature shards and ${saved.texts} text shards (${saved.rows} rows) in the background, done ${ms(saved.ms)} later`);
          console.log(`  database with them: ${mb(await call(page, 'estimate'))}`);
        }
      }
      const warm = await call(page, 'warm');
      const memory = await call(page, 'memory');
      console.log(
        `search in memory: text cache ${memory.clippings} of ${counts.clippings} clippings (${mb(memory.chars * 2)} of folded text and edits,` +
          ` budget ${mb(memory.budget * 2)}; warmed again in ${ms(warm.ms)}), character index ${mb(memory.indexBytes)}, signatures ${mb(memory.signatureBytes)}`,
      );
      // Past the text cache's budget a query can take seconds: fewer of them.
      const full = memory.clippings < counts.clippings;
      if (full) {
        console.log(
          `  the text cache's budget is full: queries read the other ${counts.clippings - memory.clippings} clippings they need` +
            ' from IndexedDB (so: 5 queries per kind, 1 scan)',
        );
      }
      console.log(`machine: ${load()}\n`);
      // A scan reads every clipping (seconds at this size): fewer of them past 20,000.
      await measureQueries(page, size, full ? 5 : perKind, full ? 1 : size > FALLBACK_SIZE ? 1 : scansPerKind);

      seeded += await measureSaves(page);
      const after = await call(page, 'search', kindsProbe);
      console.log(`first search right after those saves ("${kindsProbe}", re-reads the changed signatures and texts): ${ms(after.ms)}`);
      await call(page, 'saveOne', chars);
      seeded++;
      await call(page, 'idle');
      const settled = await call(page, 'search', kindsProbe);
      console.log(`first search after one more save, once IndexedDB is idle: ${ms(settled.ms)}`);
      console.log(`machine: ${load()}`);
    }
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
