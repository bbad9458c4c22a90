// What the every-page content script costs a page when the person pastes:
// `npm run bench:paste-path` (after `npm run build:chrome`).
//
// The same page (tests/fixtures/paste/editor.html on 127.0.0.1) in two
// headless Chromiums, one with the built extension and one without; real
// pastes (the text on the clipboard, then Ctrl+V in the field, so Chromium
// fires a trusted paste event and inserts the text itself) into the textarea
// and the contenteditable editor. A script the page runs first (before any
// content script) times:
//   event   from the paste event's first listener (window, capture: the page's
//           own, added before the content script's) to the beforeinput event
//           that follows the dispatch: every paste listener's time, the
//           content script's included. Target: < 1 ms more than without.
//   long    long tasks (PerformanceObserver 'longtask', > 50 ms) from the paste
//           until 2 s after it: the browser's own insertion and layout of the
//           text are there without the extension too; the target is no long
//           task the extension adds, for pastes up to 1 MB.
//   ext     from a Chromium trace of the same paste (bench/trace-tasks.ts): the
//           longest call into the content script (its paste listener, its
//           timer callbacks) and the longest task that ran only the content
//           script's code (its deferred work, with the promise continuations
//           and any layout it forced), with the style and layout it forced in
//           brackets (placing the prompt reads the field's box: the layout of
//           the pasted text, which the next frame does anyway, happens there).
//   prompt  whether the paste prompt appeared (its host element is in the page).
// Prints median and p95 of `event` and the long tasks per case; no assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, EVAL_PAGES_DIR, EXTENSION_DIR, launchExtension, serveFixtures } from '../tests/e2e/helpers';
import { extensionTasks, startTrace, stopTrace, type ExtensionTasks } from './trace-tasks';

/** Another build to measure (default .output/chrome-mv3), e.g. one from before a change. */
const BUILD_DIR = process.env.JIANBAO_EXTENSION_DIR || EXTENSION_DIR;
const SETTLE_MS = 2000;
/** Chromium's own insertion of a huge paste into a contenteditable can take minutes on a loaded machine. */
const PAGE_TIMEOUT_MS = 180_000;
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('runs', 8);
const BIG_RUNS = arg('big-runs', 3);

/** Hard-wrapped newspaper pages as copied from PDFs (the example pages), repeated to `chars` characters. */
function newspaperText(chars: number): string {
  const pages = readdirSync(EVAL_PAGES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(EVAL_PAGES_DIR, f), 'utf8').replace(/\r\n?/g, '\n'));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += pages[i % pages.length] + '\n';
  return out.slice(0, chars);
}

/** English prose: the detector turns it away at once. */
function prose(chars: number): string {
  const sentence = 'The committee met on Tuesday to discuss the budget for the coming year, and agreed to meet again next week. ';
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

/** Runs in the page before anything else (addInitScript, main world). A string: tsx would wrap a function in helpers the page lacks. */
const PROBE = `(() => {
  const probe = { pasteAt: -1, beforeInputAt: -1, inputAt: -1, long: [] };
  window.__pasteProbe = probe;
  window.addEventListener('paste', () => { probe.pasteAt = performance.now(); probe.beforeInputAt = -1; probe.inputAt = -1; }, true);
  window.addEventListener('beforeinput', () => { if (probe.beforeInputAt < 0) probe.beforeInputAt = performance.now(); }, true);
  window.addEventListener('input', () => { if (probe.inputAt < 0) probe.inputAt = performance.now(); }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

})();`;

interface Sample {
  event: number;
  /** Long tasks from the paste to SETTLE_MS after it (ms each). */
  long: number[];
  /** The content script's longest call and longest task of its own (trace). */
  ext: ExtensionTasks | null;
  /** The page did not answer in time (Chromium's own insertion of a huge paste). */
  timedOut?: boolean;
  prompt: boolean;
}

const FIELDS = { textarea: '#body', editor: '#editor' } as const;
type FieldName = keyof typeof FIELDS;

async function pasteOnce(page: Page, field: FieldName, text: string): Promise<Sample> {
  const selector = FIELDS[field];
  await page.evaluate(
    ([sel, isEditor]) => {
      const el = document.querySelector(sel) as HTMLElement;
      if (isEditor) el.innerHTML = '<p><br></p>';
      else (el as HTMLTextAreaElement).value = '';
      document.querySelector('jianbao-paste-prompt')?.remove();
    },
    [selector, field === 'editor'] as const,
  );
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click(selector);
  await page.evaluate(() => {
    const p = (window as unknown as { __pasteProbe: { long: unknown[] } }).__pasteProbe;
    p.long.length = 0;
  });
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(SETTLE_MS);
  const read = (async (): Promise<Sample> => {
    const sample = await page.evaluate(() => {
      const p = (window as unknown as { __pasteProbe: { pasteAt: number; beforeInputAt: number; long: { start: number; duration: number }[] } }).__pasteProbe;
      return {
        event: p.beforeInputAt - p.pasteAt,
        // The paste's own task starts a little before its event handler runs.
        long: p.long.filter((e) => e.start + e.duration >= p.pasteAt).map((e) => e.duration),
        prompt: document.querySelector('jianbao-paste-prompt') !== null,
      };
    });
    const ext = extensionTasks(await stopTrace(cdp));
    await cdp.detach();
    return { ...sample, ext };
  })();
  const timeout = new Promise<Sample>((resolve) =>
    setTimeout(() => resolve({ event: NaN, long: [], ext: null, prompt: false, timedOut: true }), PAGE_TIMEOUT_MS),
  );
  return Promise.race([read, timeout]);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');

async function plainChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function main() {
  const server = await serveFixtures();
  const url = server.url('paste/editor.html');
  const ext = await launchExtension({ extensionDir: BUILD_DIR });
  const plain = await plainChromium();
  const contexts: Record<'with' | 'without', BrowserContext> = { with: ext.context, without: plain };
  const pages = {} as Record<'with' | 'without', Page>;
  const fresh = async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500); // the content script starts at document_idle
    return page;
  };
  for (const [name, context] of Object.entries(contexts) as ['with' | 'without', BrowserContext][]) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await context.addInitScript(PROBE);
    pages[name] = await fresh(context);
  }
  /** One paste; a page still busy after PAGE_TIMEOUT_MS is replaced by a new one. */
  const measure = async (name: 'with' | 'without', field: FieldName, text: string) => {
    const sample = await pasteOnce(pages[name], field, text);
    if (sample.timedOut) {
      void pages[name].close().catch(() => undefined);
      pages[name] = await fresh(contexts[name]);
    }
    return sample;
  };

  // The editor only up to 10 KB: Chromium's own insertion of plain text into a contenteditable
  // grows faster than the text (about 1 s for 3 KB and 40 s for 30 KB on this loaded machine,
  // without the extension), so larger pastes there measure Chromium, not the content script.
  const cases: { name: string; text: string; runs: number; fields: FieldName[] }[] = [
    { name: 'newspaper 3 KB', text: newspaperText(3_000), runs: RUNS, fields: ['textarea', 'editor'] },
    { name: 'newspaper 10 KB', text: newspaperText(10_000), runs: RUNS, fields: ['editor'] },
    { name: 'newspaper 30 KB', text: newspaperText(30_000), runs: RUNS, fields: ['textarea'] },
    { name: 'newspaper 100 KB', text: newspaperText(100_000), runs: RUNS, fields: ['textarea'] },
    { name: 'English prose 30 KB', text: prose(30_000), runs: RUNS, fields: ['textarea'] },
    { name: 'newspaper 1 MB', text: newspaperText(1_000_000), runs: BIG_RUNS, fields: ['textarea'] },
  ];

  console.log(`paste path in Chromium, build ${path.relative(process.cwd(), BUILD_DIR)} (${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log('event = paste listeners to beforeinput, ms (median / p95); long = long tasks > 50 ms from the paste to 2 s after (count, longest ms);');
  console.log('ext call / ext task = the content script\'s longest call and longest task of its own, ms (trace)\n');
  const header = ['case', 'field', 'event without', 'event with', 'added (median)', 'long without', 'long with', 'ext call (max)', 'ext task (max, of it layout)', 'prompt'];
  console.log(header.join(' | '));
  console.log(header.map(() => '---').join(' | '));
  for (const c of cases) {
    for (const field of c.fields) {
      const samples: Record<'with' | 'without', Sample[]> = { with: [], without: [] };
      // Alternate the two browsers, so a busy moment of the machine falls on both.
      await measure('with', field, c.text);
      await measure('without', field, c.text);
      for (let i = 0; i < c.runs; i++) {
        samples.with.push(await measure('with', field, c.text));
        samples.without.push(await measure('without', field, c.text));
      }
      const ev = (name: 'with' | 'without') => samples[name].map((s) => s.event);
      const long = (name: 'with' | 'without') => {
        const all = samples[name].flatMap((s) => s.long);
        return `${all.length} in ${samples[name].length} (max ${all.length ? Math.max(...all).toFixed(0) : 0})`;
      };
      const prompts = samples.with.filter((s) => s.prompt).length;
      const traced = samples.with.map((s) => s.ext).filter((e): e is ExtensionTasks => e !== null);
      const callMax = Math.max(0, ...traced.map((e) => e.longestCall));
      const worst = traced.reduce<ExtensionTasks | null>((w, e) => (!w || e.longestTask > w.longestTask ? e : w), null);
      const timedOut = samples.with.concat(samples.without).filter((s) => s.timedOut).length;
      console.log(
        [
          c.name,
          field,
          `${ms(quantile(ev('without'), 0.5))} / ${ms(quantile(ev('without'), 0.95))}`,
          `${ms(quantile(ev('with'), 0.5))} / ${ms(quantile(ev('with'), 0.95))}`,
          ms(quantile(ev('with'), 0.5) - quantile(ev('without'), 0.5)),
          long('without'),
          long('with'),
          ms(callMax),
          worst ? `${ms(worst.longestTask)} (${ms(worst.forcedLayout)})` : '—',
          `${prompts}/${samples.with.length}${timedOut ? ` (${timedOut} timed out)` : ''}`,
        ].join(' | '),
      );
    }
  }
  await ext.close();
  await plain.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
