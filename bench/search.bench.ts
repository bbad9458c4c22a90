// Search in a real browser: `npm run bench:search`.
//
// Builds the extension with the benchmark's page (`wxt build --mode bench`,
// into .output/chrome-mv3-bench) when that build is missing or older than the
// sources, starts headless Chromium with it, opens `bench-search.html` (which
// loads bench/search-hooks.ts) and drives the real code there: seeds generated
// clippings straight into IndexedDB, builds the index, and prints its time
// and the database size; then closes the browser and starts it again on the
// same profile, opens the real side panel and times the first searches typed
// into it (and its JS heap); then query times per kind (median, p95, each
// step, and each step in the slowest 5% against the middle: the tail) beside
// a plain scan of every clipping, and the cost of saving one
// clipping into the full database. Then the same at the next size. Prints
// figures (and the machine's load, which they depend on); asserts nothing.
//
// Options: --sizes 10000,50000 (default 10000)   --chars 3000   --queries 40 (per kind)   --scans 3 (per kind)
//          --profile DIR (the browser profile, kept afterwards; default a temporary one, removed)
//          --reuse (with --profile: a database that already holds the size is searched as it is, not seeded and built again)
//          --only queries (the query kinds alone: no first searches in the side panel, no saves)
//          --repeat R (each query R times, its fastest kept: figures less at the mercy of a loaded machine; default 1)
//          --samples N (each kind's queries run over as many rounds as make N timings at least, what the page keeps forgotten
//                       before each round: with 10–20 queries a kind, a p95 of one round is its slowest query; default 40)
//          --slow MS (prints each query slower than MS, with its steps)
//          --cold-lists (the posting lists kept between queries are forgotten before each: no query finds another's terms decoded)
//          --kinds 1,2,4,8,common,phrases,two (only these query kinds; default all)
//          --dump FILE (appends each kind's timings, and the saves', as a line of JSON: to pool alternating runs)
//          --floor (after the kinds, the same queries' reads alone with raw IndexedDB, as many rounds: what is left of a
//                   query's time without its own work, at the machine's load; the rows the search reads: two words' joint
//                   pairs too, not a long phrase's pairs the segments' sizes let it leave unread)
//          --times FILE (appends each timed query's start in the page's clock and its time as a line of JSON, and before
//                   each kind a full garbage collection asked through the DevTools protocol, with the page's clock around
//                   it: run with CHROMIUM_PATH=bench/chromium-trace-gc.sh, then bench/gc-in-queries.ts lines V8's
//                   --trace-gc log up with the queries)
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { arg, BENCH_EXTENSION_DIR as EXTENSION_DIR, buildBench, extensionId, extensionLaunch, installPanelTiming, panelTimes, ROOT } from './bench-chromium';
import type { BenchHooks } from './search-hooks';

const BENCH_PAGE = 'bench-search.html';
const SOURCES = ['lib', 'components', 'entrypoints', 'public', 'bench/search-hooks.ts', 'bench/search.html', 'tests/search/sample-corpus.ts', 'wxt.config.ts', 'package.json'];

const sizes = arg('sizes', '10000').split(',').map(Number);
const chars = Number(arg('chars', '3000'));
const perKind = Number(arg('queries', '40'));
const scansPerKind = Number(arg('scans', '3'));
const reuse = process.argv.includes('--reuse');
const repeat = Math.max(1, Number(arg('repeat', '1')));
const coldLists = process.argv.includes('--cold-lists');
const samples = Math.max(1, Number(arg('samples', '40')));
const onlyQueries = arg('only', '') === 'queries';
const slowMs = Number(arg('slow', 'Infinity'));
const onlyKinds = arg('kinds', '') ? new Set(arg('kinds', '').split(',')) : null;
const wantKind = (name: string) => !onlyKinds || onlyKinds.has(name);
const dumpFile = arg('dump', '');
const floor = process.argv.includes('--floor');
const timesFile = arg('times', '');
/** Appends a line of JSON to the --dump file, with the machine's load. */
const dump = (what: string, times: number[]) => {
  if (dumpFile) appendFileSync(dumpFile, JSON.stringify({ what, times, load: os.loadavg()[0] }) + '\n');
};
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

/** A profile directory kept between launches: a browser started again on it opens the same database. */
const keptProfile = arg('profile', '');
const PROFILE = keptProfile || mkdtempSync(path.join(os.tmpdir(), 'jianbao-bench-'));

async function launch(): Promise<{ context: BrowserContext; page: Page; id: string }> {
  const context = await chromium.launchPersistentContext(PROFILE, extensionLaunch(EXTENSION_DIR));
  const id = await extensionId(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`chrome-extension://${id}/${BENCH_PAGE}`);
  await page.waitForFunction(() => '__jianbaoBench' in globalThis, null, { timeout: 30_000 });
  return { context, page, id };
}

/**
 * A full garbage collection asked for through the DevTools protocol (V8's
 * --trace-gc prints it as a "low memory notification"), with the page's clock
 * just before and after: the mark that lines that log's times (milliseconds
 * since the page's isolate started) up with the queries' (--times).
 */
async function markGc(page: Page, file: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const before = await page.evaluate(() => performance.now());
    await session.send('HeapProfiler.collectGarbage');
    const after = await page.evaluate(() => performance.now());
    appendFileSync(file, JSON.stringify({ mark: [before, after] }) + '\n');
  } finally {
    await session.detach();
  }
}

/** The page's JavaScript heap in use (Chromium's own figure, through the DevTools protocol). */
async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await session.detach();
  }
}

/**
 * The browser started afresh on the database: the real side panel opened,
 * a query typed into its search box, timed until its count shows (the box
 * searches the first key after a pause at once: no wait for more typing);
 * then the next query.
 */
async function firstSearchesInSidePanel(
  id: string, queries: string[],
): Promise<{ times: Array<{ q: string; ms: number; count: string; page: { shownMs: number; paintedMs: number } | null }>; heap: number; openMs: number }> {
  const { context } = await launch();
  try {
    await installPanelTiming(context);
    const panel = await context.newPage();
    const opened = performance.now();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    const box = panel.getByTestId('search-input');
    await box.waitFor();
    const openMs = performance.now() - opened;
    const times: Array<{ q: string; ms: number; count: string; page: { shownMs: number; paintedMs: number } | null }> = [];
    let previous = '';
    for (const q of queries) {
      const start = performance.now();
      await box.fill(q);
      await panel.waitForFunction(
        (prev) => {
          const el = document.querySelector('[data-testid="search-count"]');
          return !!el && el.textContent !== prev && document.querySelectorAll('[data-testid="search-result"]').length > 0;
        },
        previous,
        { timeout: 120_000, polling: 5 },
      );
      const ms = performance.now() - start;
      previous = (await panel.getByTestId('search-count').textContent()) ?? '';
      times.push({ q, ms, count: previous, page: await panelTimes(panel) });
    }
    return { times, heap: await heapUsed(panel), openMs };
  } finally {
    await context.close();
  }
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
const mb1 = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
}

/** Steps of a search (search.ts), as shown: each column sums some of them. */
const STEPS: Array<[string, string[]]> = [
  ['read lists', ['parse', 'build', 'read:begin', 'read:state', 'read:rows', 'read']],
  ['candidates', ['candidates', 'rank']],
  ['texts', ['texts']],
  ['check', ['verify']],
  ['page', ['describe']],
];

async function measureQueries(page: Page, size: number, perKind: number, scansPerKind: number): Promise<void> {
  const kinds: Array<[string, string[]]> = [];
  for (const length of [1, 2, 4, 8]) if (wantKind(String(length))) kinds.push([`${length}-char substrings`, await call(page, 'sampleQueries', length, perKind, size + length)]);
  const common = await call(page, 'commonWords');
  if (wantKind('common')) kinds.push(['common words', common.slice(0, perKind)]);
  if (wantKind('phrases')) kinds.push(['common phrases (3+ chars)', (await call(page, 'commonPhrases')).slice(0, perKind)]);
  if (wantKind('two')) kinds.push(['two common words', common.slice(0, Math.min(10, perKind)).map((w, i) => `${w} ${common[i + 10]}`)]);

  // First every kind's query times, then (apart, so that their thousands of reads and their garbage fall on no
  // timed query) the background checks of the estimates (complete()) and the plain scans.
  const timed: Array<{ times: number[]; totals: number[]; pending: string[]; estimated: number; steps: number[][]; texts: number[] }> = [];
  for (const [, queries] of kinds) {
    for (const q of queries.slice(0, 3)) await call(page, 'search', q, false); // JIT warm-up
    if (timesFile) await markGc(page, timesFile);
    const times: number[] = [];
    const totals: number[] = [];
    const pending: string[] = [];
    let estimated = 0;
    const steps = STEPS.map((): number[] => []);
    const texts: number[] = [];
    const rounds = Math.ceil(samples / Math.max(1, queries.length));
    for (let round = 0; round < rounds; round++) {
      // Each round after the first starts as the first did: nothing kept of the queries before.
      if (round > 0) await call(page, 'forgetLists');
      for (const q of queries) {
        if (coldLists) await call(page, 'forgetLists');
        let r = await call(page, 'search', q, false);
        for (let again = 1; again < repeat; again++) {
          if (coldLists) await call(page, 'forgetLists');
          const next = await call(page, 'search', q, false);
          if (next.ms < r.ms) r = { ...r, ms: next.ms, phases: next.phases };
        }
        times.push(r.ms);
        if (timesFile) appendFileSync(timesFile, JSON.stringify({ q, start: r.start, ms: r.ms }) + '\n');
        if (r.ms > slowMs) console.log(`  slow: "${q}" ${ms(r.ms)} (${Object.entries(r.phases).map(([k, v]) => `${k} ${k === 'reads' ? v : ms(v)}`).join(', ')})`);
        if (round === 0) totals.push(r.total);
        // Texts read: those checked, or the page's when the lists proved the words.
        texts.push(r.phases.reads || Math.min(r.total, 20));
        if (r.approximate) estimated++;
        if (r.pending && round === 0) pending.push(q);
        STEPS.forEach(([, names], i) => steps[i].push(names.reduce((sum, name) => sum + (r.phases[name] ?? 0), 0)));
      }
    }
    timed.push({ times, totals, pending, estimated, steps, texts });
    dump(kinds[timed.length - 1][0], times);
  }
  const rows: string[][] = [];
  for (const [k, [kind, queries]] of kinds.entries()) {
    const { times, totals, pending, estimated, steps } = timed[k];
    // The background check of an estimate (complete()), timed unless no scan is asked for (--scans 0): it takes seconds.
    const completes: number[] = [];
    if (scansPerKind > 0) {
      for (const q of pending) {
        const r = await call(page, 'search', q, true);
        completes.push(r.completeMs);
        totals[queries.indexOf(q)] = r.total;
      }
    }
    const scans: number[] = [];
    for (const q of queries.slice(0, scansPerKind)) {
      const r = await call(page, 'scan', q);
      scans.push(r.ms);
      const found = totals[queries.indexOf(q)];
      if (r.total !== found) console.log(`  !! "${q}": search found ${found}, scan ${r.total}`);
    }
    rows.push([
      kind,
      String(times.length),
      String(Math.round(median(totals))),
      ms(median(times)),
      ms(quantile(times, 0.95)),
      ms(Math.max(...times)),
      ...steps.map((xs) => ms(median(xs))),
      `${estimated}`,
      completes.length ? ms(median(completes)) : '-',
      scans.length ? ms(median(scans)) : '-',
      scans.length ? `${(median(scans) / median(times)).toFixed(0)}×` : '-',
    ]);
  }
  table(
    ['query', 'n', 'hits (median)', 'search median', 'p95', 'max', ...STEPS.map(([name]) => name), 'estimated', 'complete()', 'scan median', 'speed-up'],
    rows,
  );
  // The tail: where the slowest 5% of each kind's queries spend their time, against its middle fifth (each step's mean).
  console.log('\nthe tail: mean of each step over the slowest 5% of each kind (at or past its p95), against its middle (40–60%)');
  const tailRows: string[][] = [];
  for (const [k, [kind]] of kinds.entries()) {
    const { times, steps } = timed[k];
    const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b]);
    const band = (from: number, to: number) => order.slice(Math.floor(from * order.length), Math.max(Math.floor(from * order.length) + 1, Math.floor(to * order.length)));
    const mean = (idx: number[], xs: number[]) => idx.reduce((sum, i) => sum + xs[i], 0) / idx.length;
    for (const [name, idx] of [['middle', band(0.4, 0.6)], ['slowest 5%', band(0.95, 1)]] as const) {
      tailRows.push([kind, name, String(idx.length), ms(mean(idx, times)), ...steps.map((xs) => ms(mean(idx, xs)))]);
    }
  }
  table(['query', 'queries', 'n', 'search', ...STEPS.map(([name]) => name)], tailRows);
  if (floor) {
    console.log(`\nthe same queries' reads alone (raw IndexedDB, no search code; random clippings as the texts), ${load()}`);
    const floorRows: string[][] = [];
    for (const [k, [kind, queries]] of kinds.entries()) {
      const n = Math.round(median(timed[k].texts));
      const rounds = Math.ceil(samples / Math.max(1, queries.length));
      const raw = await call(page, 'rawReads', queries, rounds, n);
      const both = raw.rows.map((x, i) => x + raw.texts[i]);
      floorRows.push([
        kind, String(Math.round(median(raw.gets))), `${ms(median(raw.rows))} / ${ms(quantile(raw.rows, 0.95))}`, String(n),
        `${ms(median(raw.texts))} / ${ms(quantile(raw.texts, 0.95))}`, `${ms(median(both))} / ${ms(quantile(both, 0.95))}`,
        `${ms(median(timed[k].times))} / ${ms(quantile(timed[k].times, 0.95))}`,
      ]);
    }
    table(['query', 'gets', 'state + rows, median / p95', 'texts', 'texts, median / p95', 'both', 'the search (above)'], floorRows);
    console.log(`machine: ${load()}`);
  }
  console.log(
    '(search: the first page of 20, as the panel asks, nothing kept in memory but the docs (dates, versions) and the recent rows;' +
      ' "estimated": queries whose first count was an estimate; "complete()": median time to check the rest, in the background.)',
  );
}

/** The benchmark page's JS heap, and what it keeps for searching. */
async function reportMemory(page: Page): Promise<void> {
  // (An older build, timed for comparison, has no such hook.)
  const kept = await call(page, 'kept').catch(() => null);
  console.log(
    `benchmark page JS heap after the queries: ${mb(await heapUsed(page))}` +
      (kept ? `; kept for searching (array buffers, outside that heap): posting rows ${mb1(kept.rows)}, decoded lists ${mb1(kept.lists)}, docs ${mb1(kept.docs)}` : ''),
  );
}

async function measureSaves(page: Page): Promise<number> {
  const saves: number[] = [];
  for (let i = 0; i < 40; i++) {
    await call(page, 'idle');
    saves.push(await call(page, 'saveOne', chars));
  }
  const before = await call(page, 'state');
  const backToBack: number[] = [];
  for (let i = 0; i < 30; i++) backToBack.push(await call(page, 'saveOne', chars));
  dump('save idle', saves);
  dump('save back to back', backToBack);
  console.log(
    `\nsaving one clipping (lib/db saveClipping, index upkeep in its transaction), IndexedDB otherwise idle: median ${ms(median(saves))}, p95 ${ms(quantile(saves, 0.95))}, max ${ms(Math.max(...saves))}` +
      `; back to back (merges in the background meanwhile): median ${ms(median(backToBack))}, p95 ${ms(quantile(backToBack, 0.95))}, max ${ms(Math.max(...backToBack))}`,
  );
  const pending = await call(page, 'state');
  const after = await call(page, 'search', kindsProbe, false);
  console.log(`  recent rows after the idle saves ${before.recent}, after all ${pending.recent}; "${kindsProbe}" right then: ${ms(after.ms)} (${after.total} hits)`);
  const mergeMs = await call(page, 'merge');
  const merged = await call(page, 'state');
  console.log(`  merge of what was left: ${ms(mergeMs)}; segments now ${merged.segments.map((s) => s.n).join(' + ')} clippings, ${merged.rows} posting rows`);
  return saves.length + backToBack.length;
}

async function main(): Promise<void> {
  if (!buildIsCurrent()) {
    console.log('building the extension with the benchmark page (NODE_ENV=production npx wxt build --mode bench)…');
    buildBench();
  }
  let { context, page, id } = await launch();
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const deviceMemory = await call(page, 'deviceMemory');
  console.log(`Chromium ${version}; clippings of ${chars} characters; machine: ${load()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB (navigator.deviceMemory: ${deviceMemory ?? 'not told'})\n`);
  try {
    let seeded = 0;
    for (const size of sizes) {
      console.log(`\n== ${size} clippings`);
      const held = reuse ? (await call(page, 'count')).clippings : 0;
      if (held >= size) {
        seeded = held;
        console.log(`reusing the profile's database: ${held} clippings (not seeded, index not built again)`);
      } else {
        const seedMs = await call(page, 'seed', size - seeded, chars);
        const usageBefore = await call(page, 'estimate');
        const indexMs = await call(page, 'rebuild');
        const usage = await call(page, 'estimate');
        const state = await call(page, 'state');
        console.log(`seeded ${size - seeded} in ${ms(seedMs)}; index built from all ${size} in ${ms(indexMs)} (${ms(indexMs / size)} each)`);
        console.log(`database: ${mb(usageBefore)} without the index, ${mb(usage)} with it (navigator.storage.estimate); ${state.rows} posting rows in ${state.segments.length} segment(s)`);
        seeded = size;
      }
      if (onlyQueries) {
        await measureQueries(page, size, perKind, size > 20_000 ? Math.min(1, scansPerKind) : scansPerKind);
        await reportMemory(page);
        console.log(`machine: ${load()}`);
        continue;
      }

      // The browser closed and started again on this database: the real side panel, first searches typed into it.
      const rare = (await call(page, 'sampleQueries', 8, 1, size + 99))[0];
      const rare2 = (await call(page, 'sampleQueries', 4, 1, size + 98))[0];
      await context.close();
      for (const queries of [[rare, kindsProbe], [kindsProbe, rare2]]) {
        const first = await firstSearchesInSidePanel(id, queries);
        console.log(
          `browser started again, side panel opened (${ms(first.openMs)} to its search box), first searches typed: ` +
            first.times.map((t) => `"${t.q}" ${t.page ? `${ms(t.page.paintedMs)} [in the document ${ms(t.page.shownMs)}; driver ${ms(t.ms)}]` : ms(t.ms)} (${t.count})`).join(', then ') +
            ` — the page's input event to the frame after the results painted [to the results in the document; the test driver's fill to seeing them]; side panel JS heap then ${mb(first.heap)}`,
        );
      }
      // IndexedDB alone, in a browser just started: opening the database and reading one small row.
      ({ context, page, id } = await launch());
      const raw = await call(page, 'openRaw');
      console.log(`browser started again, IndexedDB alone (no Dexie): a new empty database opened in ${ms(raw.emptyMs)}, then this one in ${ms(raw.openMs)}, then one small row ${ms(raw.readMs)}`);
      await context.close();
      ({ context, page, id } = await launch());
      // The same in the benchmark page, timing the search call alone: nothing kept in memory.
      await call(page, 'forget');
      const cold = [await call(page, 'search', rare, false), await call(page, 'search', kindsProbe, false)];
      const steps = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
      console.log(`a page just opened, search calls alone: "${rare}" ${ms(cold[0].ms)} (${steps(cold[0].phases)}), then "${kindsProbe}" ${ms(cold[1].ms)} (${cold[1].total} hits; ${steps(cold[1].phases)})`);
      console.log(`machine: ${load()}\n`);

      // A scan reads every clipping (seconds at this size): fewer of them past 20,000.
      await measureQueries(page, size, perKind, size > 20_000 ? Math.min(1, scansPerKind) : scansPerKind);
      // (An older build, timed for comparison, has no such hook.)
      await reportMemory(page);

      seeded += await measureSaves(page);
      console.log(`machine: ${load()}`);
    }
  } finally {
    await context.close();
    if (!keptProfile) rmSync(PROFILE, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
