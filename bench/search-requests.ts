// Which IndexedDB requests a side panel just opened makes, in what order, and
// which of them its first search waited for: `npm run bench:search-requests
// -- --profile DIR` (a profile kept by `npm run bench:search -- --profile DIR`).
//
// Copies the profile (each run starts from the same LevelDB files), starts
// Chromium on the copy, logs every request and transaction of the side panel
// from its first script on (bench/idb-request-log.js, installed before the
// page's own scripts run: it wraps IDBObjectStore, IDBIndex and
// IDBDatabase.transaction), opens the real side panel, types --query
// (default 发展) as soon as the box shows, and waits for its results. Prints
// the time from typing to results, then each request: when it was asked
// for and when its answer reached the page (ms from the page's start), the
// store, index and call. Asserts nothing; `--runs N` repeats on a fresh copy
// each time and prints the medians.
//
// Options: --profile DIR (required)   --query 发展   --runs 1   --quiet (medians only)
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, BENCH_EXTENSION_DIR as EXTENSION_DIR, extensionId, extensionLaunch, installPanelTiming, panelTimes, typeUntilResults } from './bench-chromium';

const source = arg('profile', '');
const query = arg('query', '发展');
const runs = Math.max(1, Number(arg('runs', '1')));
const quiet = process.argv.includes('--quiet');
const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'idb-request-log.js');

interface Logged {
  what: string;
  t0: number;
  t1: number | null;
  n?: number | string;
}

interface Run {
  /** Typing to results, measured from this process. */
  ms: number;
  /** When the page saw the typing, from its start (performance.now()). */
  typedAt: number;
  /** Typing to the answer of the last read the search made (its page's clippings). */
  readsMs: number | null;
  /** The page's input event to the results in the document, and to the frame after them painted (installPanelTiming). */
  shownMs: number | null;
  paintedMs: number | null;
  /** The page's long tasks after typing, until the results showed: [start after typing, duration]. */
  longTasks: Array<[number, number]>;
  log: Logged[];
}

async function once(): Promise<Run> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'jianbao-requests-'));
  const profile = path.join(work, 'profile');
  cpSync(source, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, extensionLaunch(EXTENSION_DIR));
  try {
    await context.addInitScript({ path: HOOK });
    await installPanelTiming(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
    const ms = await typeUntilResults(panel, query);
    const times = await panelTimes(panel);
    const { typedAt, log, tasks } = await panel.evaluate(() => {
      const w = window as unknown as { __idbTyped: number; __idbLog: Logged[]; __longTasks: Array<[number, number]> };
      return { typedAt: w.__idbTyped, tasks: w.__longTasks, log: w.__idbLog.map((e) => ({ what: e.what, t0: e.t0, t1: e.t1 ?? null, n: e.n })) };
    });
    const shownMs = times?.shownMs ?? null;
    const shown = shownMs === null ? null : typedAt + shownMs;
    const longTasks = tasks
      .filter(([start, duration]) => start + duration > typedAt && (shown === null || start < shown))
      .map(([start, duration]): [number, number] => [start - typedAt, duration]);
    // The search's last reads: the clippings of its page, asked for together after typing.
    const pageReads = log.filter((e) => e.t0 >= typedAt && /^clippings get\(/.test(e.what) && e.t1 !== null);
    const readsMs = pageReads.length ? Math.max(...pageReads.slice(0, 20).map((e) => e.t1!)) - typedAt : null;
    return { ms, typedAt, readsMs, shownMs, paintedMs: times?.paintedMs ?? null, longTasks, log };
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

async function main(): Promise<void> {
  if (!source || !existsSync(source)) throw new Error('--profile DIR: a profile kept by bench:search --profile');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build first: NODE_ENV=production npx wxt build --mode bench');
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');
    const run = await once();
    results.push(run);
    console.log(
      `run ${i + 1} (load ${load}): box typed into at ${run.typedAt.toFixed(0)} ms; "${query}" typed to results ${run.ms.toFixed(0)} ms ` +
        `(its page's clippings read ${run.readsMs?.toFixed(0) ?? '?'} ms after typing, results in the document at ${run.shownMs?.toFixed(0) ?? '?'} ms, painted at ${run.paintedMs?.toFixed(0) ?? '?'} ms); ` +
        `page start to results ${(run.typedAt + run.ms).toFixed(0)} ms; long tasks meanwhile (ms after typing +ms): ${run.longTasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ') || 'none'}`,
    );
    if (quiet) continue;
    console.log('  asked   answered     ms  request (t = 0 at the page\'s start; * after typing)');
    for (const e of run.log) {
      const took = e.t1 === null ? '' : (e.t1 - e.t0).toFixed(1);
      console.log(`  ${e.t0.toFixed(0).padStart(6)} ${e.t1 === null ? '         -' : e.t1.toFixed(0).padStart(10)} ${took.padStart(6)}  ${e.t0 >= run.typedAt ? '*' : ' '} ${e.what}${e.n !== undefined ? ` → ${e.n}` : ''}`);
    }
  }
  if (runs > 1) {
    const reads = results.flatMap((r) => (r.readsMs === null ? [] : [r.readsMs]));
    console.log(
      `medians of ${runs}: in the page, input event to the results painted ${median(results.flatMap((r) => (r.paintedMs === null ? [] : [r.paintedMs]))).toFixed(0)} ms ` +
        `(max ${Math.max(...results.map((r) => r.paintedMs ?? NaN)).toFixed(0)}); the driver's fill to seeing them ${median(results.map((r) => r.ms)).toFixed(0)} ms (max ${Math.max(...results.map((r) => r.ms)).toFixed(0)}), ` +
        `typed to the page's clippings read ${median(reads).toFixed(0)} ms, to the results in the document ${median(results.flatMap((r) => (r.shownMs === null ? [] : [r.shownMs]))).toFixed(0)} ms, box typed into at ${median(results.map((r) => r.typedAt)).toFixed(0)} ms, ` +
        `page start to results ${median(results.map((r) => r.typedAt + r.ms)).toFixed(0)} ms`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
