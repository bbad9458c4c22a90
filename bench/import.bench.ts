// A long backup import in real Chromium with the built extension (issue 12,
// item 7: 100,000 clippings ran as one transaction for over 7 minutes, closing
// the panel rolled it all back, and the bar showed 100% before the commit):
// `npm run bench:import` (tsx bench/import.bench.ts), after `npm run build:chrome`.
//
// Writes a backup of --count generated clippings (default 100,000, about 1 KB
// each), chooses it in the side panel's import, and every --every ms reads the
// progress bar the panel shows, then the number of clippings committed (counted
// by the service worker in a transaction of its own, which sees only committed
// data). Prints the time, the batches seen, the longest wait between two moves
// of the bar, and whether the bar ever showed more than was committed. With
// --close-at F (0..1) it closes the panel once the bar shows F of the total,
// counts what stayed, opens the panel again and imports the same file: it must
// go on after the committed batches (the panel says so) and end with --count.
// Prints figures only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, ROOT, launchExtension, openSidePanel, type ExtensionSession } from '../tests/e2e/helpers';
import { copyExtension, generatedClippings, waitForLibrary } from '../tests/e2e/library-fixtures';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const COUNT = Number(arg('count') ?? 100_000);
const CLOSE_AT = arg('close-at') === undefined ? null : Number(arg('close-at'));
const EVERY = Number(arg('every') ?? 250);

if (process.argv.includes('--build') || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('Building the Chrome extension (npx wxt build)…');
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Clippings committed, counted in the service worker (a read transaction waits for a write in progress). */
async function committed(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('clippings', 'readonly').objectStore('clippings').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

interface Sample {
  at: number;
  shown: number | null;
  committed: number;
}

/** What the panel shows: its progress bar's value (null when none) and whether it is busy. */
const panelState = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector<HTMLProgressElement>('[data-testid="export-progress"]');
    const busy = document.querySelector('[data-testid="status-bar"]')?.className.includes('status-bar--busy') ?? false;
    return { shown: bar ? bar.value : null, max: bar ? bar.max : null, busy, status: document.querySelector('[data-testid="status"]')?.textContent ?? '', details: document.querySelector('[data-testid="status-details"]')?.textContent ?? '' };
  });

/** Imports `file` in `page` until it ends or the bar reaches `closeAt` of the total; the samples taken meanwhile. */
async function importWatching(page: Page, worker: Worker, file: string, closeAt: number | null) {
  const samples: Sample[] = [];
  const t0 = performance.now();
  await page.getByTestId('import-file').setInputFiles(file);
  let last = await panelState(page);
  for (;;) {
    await new Promise((r) => setTimeout(r, EVERY));
    last = await panelState(page);
    const count = await committed(worker);
    samples.push({ at: performance.now() - t0, shown: last.shown, committed: count });
    if (closeAt !== null && last.shown !== null && last.max && last.shown >= closeAt * last.max) return { samples, closed: true, last, time: performance.now() - t0 };
    if (!last.busy && samples.length > 2) return { samples, closed: false, last, time: performance.now() - t0 };
  }
}

function report(label: string, run: Awaited<ReturnType<typeof importWatching>>) {
  const moves: number[] = [];
  let prev: Sample | null = null;
  let lastMoveAt = 0;
  let longestWait = 0;
  let overshoots = 0;
  for (const sample of run.samples) {
    if (sample.shown !== null && sample.shown > sample.committed) overshoots++;
    if (prev && sample.shown !== prev.shown) {
      moves.push(sample.shown ?? 0);
      longestWait = Math.max(longestWait, sample.at - lastMoveAt);
      lastMoveAt = sample.at;
    }
    prev = sample;
  }
  console.log(`${label}: ${s(run.time)}${run.closed ? ' (closed here)' : ''}; the bar moved ${moves.length} times, the longest wait between two moves ${s(longestWait)};`);
  console.log(`  samples where the bar showed more than was committed: ${overshoots} of ${run.samples.length}`);
  console.log(`  status: ${run.last.status}${run.last.details ? ` | ${run.last.details.slice(0, 200)}` : ''}`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-import-bench-'));
const file = path.join(dir, 'jianbao-backup.json');
const clippings = generatedClippings(COUNT);
writeFileSync(file, JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, exportedAt: new Date().toISOString(), count: clippings.length, clippings }));
console.log(`Backup of ${COUNT.toLocaleString('en')} clippings, ${(statSync(file).size / 1e6).toFixed(1)} MB.`);

const extension = copyExtension(EXTENSION_DIR);
let session: ExtensionSession | null = null;
try {
  session = await launchExtension({ extensionDir: extension.dir });
  const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(session!.baseUrl)) ?? (await session.context.waitForEvent('serviceworker'));
  const { page } = await openSidePanel(session);
  await waitForLibrary(page);
  const first = await importWatching(page, worker, file, CLOSE_AT);
  report('import', first);
  if (first.closed) {
    const shownAtClose = first.last.shown ?? 0;
    await page.close();
    await new Promise((r) => setTimeout(r, 1000));
    const kept = await committed(worker);
    console.log(`  closed with the bar at ${shownAtClose.toLocaleString('en')}: ${kept.toLocaleString('en')} committed and kept`);
    const { page: again } = await openSidePanel(session);
    await waitForLibrary(again);
    const second = await importWatching(again, worker, file, null);
    report('the same file again', second);
    console.log(`  clippings now: ${(await committed(worker)).toLocaleString('en')} of ${COUNT.toLocaleString('en')}`);
  } else {
    console.log(`  clippings now: ${(await committed(worker)).toLocaleString('en')} of ${COUNT.toLocaleString('en')}`);
  }
} finally {
  await session?.close();
  extension.remove();
  rmSync(dir, { recursive: true, force: true });
}
