// What the Chromium benchmarks of the built extension share: where the bench
// build is, which Chromium runs it, how its flags are read, and the options
// that load the extension into a persistent profile (Debian's Chromium, no
// download). Benchmarks only: nothing here ships.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, LaunchOptions, Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The build `npx wxt build --mode bench` writes (with the benchmark page). */
export const BENCH_EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3-bench');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Options for chromium.launchPersistentContext that load the extension in `dir`, headless; `extra` flags added last. */
export function extensionLaunch(dir: string, extra: string[] = []): LaunchOptions {
  return {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extra,
    ],
  };
}

/**
 * Types `query` into the side panel's search box (it waits for the box) and
 * waits until a count and at least one result show: the time from typing to
 * results, in ms, as a person sees it.
 */
export async function typeUntilResults(panel: Page, query: string): Promise<number> {
  const box = panel.getByTestId('search-input');
  await box.waitFor();
  const typed = performance.now();
  await box.fill(query);
  await panel.waitForFunction(
    () => !!document.querySelector('[data-testid="search-count"]') && document.querySelectorAll('[data-testid="search-result"]').length > 0,
    null,
    { timeout: 120_000, polling: 5 },
  );
  return performance.now() - typed;
}

/** The id of the extension loaded in `context`, read from its service worker (waited for if not yet up). */
export async function extensionId(context: BrowserContext): Promise<string> {
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isExtension(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isExtension(w.url()), timeout: 30_000 }));
  return new URL(worker.url()).host;
}
