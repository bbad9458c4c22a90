import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BENCH_EXTENSION_DIR, extensionLaunch } from './bench-chromium';
async function main() {
  const context = await chromium.launchPersistentContext('/tmp/search-s6/p50k', extensionLaunch(BENCH_EXTENSION_DIR));
  const isExt = (u: string) => u.startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find((w) => isExt(w.url())) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => isExt(w.url()) }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench-search.html`);
  const out = await page.evaluate(readFileSync(process.argv[2] ?? '/tmp/search-s6/probe.js', 'utf8'));
  console.log(out);
  await context.close();
}
main();
