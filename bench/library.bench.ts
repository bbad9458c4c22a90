// Library speed in real Chromium with the built extension: `npm run bench:library`
// (tsx bench/library.bench.ts). Builds the Chrome extension first if
// .output/chrome-mv3 is missing (--build forces a build).
//
// Seeds 10,000 generated clippings straight into IndexedDB, then prints
//   1. the time from opening sidepanel.html until the list shows its first
//      rows (median of several fresh tabs; in-page navigation-to-rows time
//      and the wall-clock time seen from Node), and how many rows are in the DOM;
//   2. the time to export 1,000 clippings (one paper's, via the paper filter)
//      as a zip: click on "export" to the finished download, checked by unzipping.
// It prints figures only and asserts nothing. Options: --count N (default
// 10000), --runs N (default 5).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { EXTENSION_DIR, ROOT, launchExtension, openSidePanel } from '../tests/e2e/helpers';
import { copyExtension, generatedClippings, seedClippings, waitForLibrary } from '../tests/e2e/library-fixtures';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const COUNT = Number(arg('count') ?? 10_000);
const RUNS = Math.max(1, Number(arg('runs') ?? 5));
/** The side panel's usual size. */
const PANEL = { width: 400, height: 800 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

if (process.argv.includes('--build') || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('Building the Chrome extension (npx wxt build)…');
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}

const extension = copyExtension(EXTENSION_DIR);
const session = await launchExtension({ extensionDir: extension.dir });
try {
  const { page: setup } = await openSidePanel(session);
  await waitForLibrary(setup);
  const seedStart = performance.now();
  await seedClippings(setup, generatedClippings(COUNT));
  console.log(`Seeded ${COUNT.toLocaleString('en')} clippings in ${ms(performance.now() - seedStart)}.`);
  await setup.close();

  // 1. Open the side panel until its first rows show.
  const inPage: number[] = [];
  const wall: number[] = [];
  let rendered = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const page = await session.context.newPage();
    await page.setViewportSize(PANEL);
    const t0 = performance.now();
    await page.goto(`${session.baseUrl}sidepanel.html`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (document.querySelector('[data-testid="clip-item"] [data-testid="clip-title"]')?.textContent?.startsWith('第') ? performance.now() : 0),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const t1 = performance.now();
    if (run > 0) {
      // The first run warms up the browser's caches; it is not counted.
      inPage.push((await handle.jsonValue()) as number);
      wall.push(t1 - t0);
    }
    rendered = await page.getByTestId('clip-item').count();
    await page.close();
  }
  console.log(`\nOpen the side panel with ${COUNT.toLocaleString('en')} clippings until the list shows its first rows (${PANEL.width}×${PANEL.height}, median of ${RUNS}):`);
  console.log(`  in the page (navigation start → first row painted): ${ms(median(inPage))}  [${inPage.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`  seen from Node (goto → first row):                   ${ms(median(wall))}  [${wall.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`  rows in the DOM: ${rendered} of ${COUNT.toLocaleString('en')}`);

  // 2. Export one paper's 1,000 clippings as a zip.
  const page = await session.context.newPage();
  await page.setViewportSize(PANEL);
  await page.goto(`${session.baseUrl}sidepanel.html`);
  await page.getByTestId('clip-item').first().waitFor();
  await page.getByTestId('filter-source').selectOption('人民日报');
  const expected = Math.ceil(COUNT / 10);
  await page.waitForFunction((n) => document.querySelector('[data-testid="clip-item"]')?.getAttribute('aria-setsize') === String(n), expected);
  const exportTimes: number[] = [];
  let files = 0;
  let bytes = 0;
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const t0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-all').click()]);
    const file = readFileSync((await download.path())!);
    exportTimes.push(performance.now() - t0);
    bytes = file.length;
    files = Object.keys(unzipSync(new Uint8Array(file))).length;
  }
  console.log(`\nExport ${files.toLocaleString('en')} clippings as a zip (${(bytes / 1024).toFixed(0)} KB), click → download done, median of ${exportTimes.length}:`);
  console.log(`  ${ms(median(exportTimes))}  [${exportTimes.map((x) => x.toFixed(0)).join(', ')}]`);
  await page.close();
} finally {
  await session.close();
  extension.remove();
}
