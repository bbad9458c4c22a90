// What the Chromium benchmarks of the built extension share: where the bench
// build is, which Chromium runs it, how its flags are read, and the options
// that load the extension into a persistent profile (Debian's Chromium, no
// download). Benchmarks only: nothing here ships.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, LaunchOptions, Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The build `NODE_ENV=production npx wxt build --mode bench` writes (with the benchmark page; buildBench). */
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
 * The benchmark's build: `wxt build --mode bench` with NODE_ENV=production
 * (WXT sets NODE_ENV to the mode otherwise, and React's development build,
 * two to three times slower to render, would be timed instead of the one
 * that ships).
 */
export function buildBench(): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/**
 * Installed in every page of `context` before its scripts: records, in the
 * page's own clock, each input event in the search box and each time a new
 * search count shows with results (window.__panelTiming), and when the frame
 * after it was done (a requestAnimationFrame, then a task: style, layout and
 * paint included). The time a person waits, without the test driver's
 * actionability checks, polling and round trips.
 */
export async function installPanelTiming(context: BrowserContext): Promise<void> {
  // A string, not a function: tsx would name its inner functions with a helper the page does not have.
  await context.addInitScript(`(() => {
    const timing = { typed: [], shown: [] };
    window.__panelTiming = timing;
    document.addEventListener('input', () => timing.typed.push(performance.now()), true);
    let last = '';
    const check = () => {
      const count = document.querySelector('[data-testid="search-count"]');
      const text = count ? count.textContent : '';
      if (!count || text === last || !document.querySelector('[data-testid="search-result"]')) return;
      last = text;
      const entry = { at: performance.now(), painted: null, text };
      timing.shown.push(entry);
      requestAnimationFrame(() => setTimeout(() => (entry.painted = performance.now()), 0));
    };
    document.addEventListener('DOMContentLoaded', () => new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true }));
  })();`);
}

/**
 * In-page times of the last query typed (installPanelTiming): from its input
 * event to its results in the document, and to the frame after them painted.
 */
export async function panelTimes(panel: Page): Promise<{ shownMs: number; paintedMs: number } | null> {
  await panel.waitForFunction(() => {
    const t = (window as unknown as { __panelTiming?: { shown: Array<{ painted: number | null }> } }).__panelTiming;
    return !t || t.shown.length === 0 || t.shown[t.shown.length - 1].painted !== null;
  });
  return panel.evaluate(() => {
    const t = (window as unknown as { __panelTiming?: { typed: number[]; shown: Array<{ at: number; painted: number | null }> } }).__panelTiming;
    if (!t || !t.typed.length) return null;
    const typed = t.typed[t.typed.length - 1];
    const shown = t.shown.find((s) => s.at >= typed);
    return shown ? { shownMs: shown.at - typed, paintedMs: (shown.painted ?? shown.at) - typed } : null;
  });
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
