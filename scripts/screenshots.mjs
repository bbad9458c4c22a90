#!/usr/bin/env node
// `npm run screenshots` (tsx scripts/screenshots.mjs): pictures of the real
// built extension in Chromium, in Chinese and in English, for the README.
//
//   docs/screenshots/popup-{zh,en}.png            the toolbar popup, a newspaper page pasted and parsed
//   docs/screenshots/sidepanel-list-{zh,en}.png   the side panel's library list (400×800)
//   docs/screenshots/sidepanel-reader-{zh,en}.png the reader in the side panel
//   docs/screenshots/library-wide-{zh,en}.png     list and reader side by side (a wide panel or a tab)
//   docs/screenshots/repair-narrow-{zh,en}.png    repairing a paste before saving in the side panel, 360 px (role menu open)
//   docs/screenshots/repair-wide-{zh,en}.png      the same, wide
//   docs/screenshots/reader-marks-narrow-{zh,en}.png  the reader at 360 px, searched words marked (title too), repair mode on
//   docs/screenshots/reader-marks-wide-{zh,en}.png    the same, wide
//
// Builds the Chrome extension when .output/chrome-mv3 is missing (--build
// forces it). Installs a CJK font with apt-get when fontconfig knows none (as
// root), since Chinese would otherwise render as boxes. The interface language
// comes from the browser's (Playwright's `locale` sets it, with --lang).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, EVAL_PAGES_DIR, EXTENSION_DIR, FIXTURES_DIR, ROOT } from '../tests/e2e/helpers.ts';
import { copyExtension, sampleClippings, seedClippings, waitForLibrary } from '../tests/e2e/library-fixtures.ts';

const OUT_DIR = path.join(ROOT, 'docs', 'screenshots');
const PANEL = { width: 400, height: 800 };
const WIDE = { width: 1200, height: 760 };
const POPUP_WIDTH = 420;
const NARROW = { width: 360, height: 720 };
/** A page whose heads come after their bodies, to show the repair. */
const REPAIR_PAGE = readFileSync(path.join(FIXTURES_DIR, 'repair', 'heads-after-bodies.txt'), 'utf8');
const LOCALES = [
  { tag: 'zh-CN', suffix: 'zh' },
  { tag: 'en-US', suffix: 'en' },
];

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

function ensureCjkFont() {
  if (hasCjkFont()) return;
  if (process.getuid?.() !== 0) {
    console.warn('No CJK font found and not root: install fonts-noto-cjk (or fonts-wqy-microhei) for readable screenshots.');
    return;
  }
  console.log('No CJK font found: installing fonts-noto-cjk with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-wqy-microhei'], { stdio: 'inherit', env });
  }
}

function ensureBuilt() {
  if (!process.argv.includes('--build') && existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return;
  console.log('Building the Chrome extension (wxt build)…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}

/** The first example newspaper page, to show the popup with parsed articles; null when the eval set is absent. */
function examplePage() {
  if (!existsSync(EVAL_PAGES_DIR)) return null;
  const name = readdirSync(EVAL_PAGES_DIR).filter((n) => n.endsWith('.txt')).sort()[0];
  return name ? readFileSync(path.join(EVAL_PAGES_DIR, name), 'utf8') : null;
}

async function launch(locale, extensionDir) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    colorScheme: 'light',
    viewport: PANEL,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--no-first-run',
      '--hide-scrollbars',
    ],
  });
  const isOurs = (w) => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  return { context, baseUrl: `chrome-extension://${new URL(worker.url()).host}/` };
}

/** Lets fonts load and the last React update paint. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
}

async function shoot(page, file, options = {}) {
  await settle(page);
  await page.screenshot({ path: path.join(OUT_DIR, file), ...options });
  console.log(`  docs/screenshots/${file}`);
}

/**
 * The seeded rows went into IndexedDB past the app, so the search index does
 * not know them: drop its state, and the first search rebuilds it from them.
 */
async function forgetSearchIndex(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('jianbao');
        open.onsuccess = () => {
          const tx = open.result.transaction('searchMeta', 'readwrite');
          tx.objectStore('searchMeta').delete('state');
          tx.oncomplete = () => (open.result.close(), resolve(undefined));
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** Scrolls the element's top into view vertically only (scrollIntoView would also scroll sideways), then checks nothing is cut at the left. */
async function scrollToShow(page, locator) {
  await locator.evaluate((el) => {
    for (let box = el.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible') {
        box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
      }
    }
    window.scrollBy(0, el.getBoundingClientRect().top - 8);
  });
  const left = await page.evaluate(() => Math.max(document.scrollingElement.scrollLeft, ...[...document.querySelectorAll('*')].map((el) => el.scrollLeft)));
  if (left !== 0) throw new Error(`the page is scrolled ${left} px sideways: the screenshot would be cut at the left`);
}

async function screenshots({ tag, suffix }, pasteText, extensionDir) {
  const { context, baseUrl } = await launch(tag, extensionDir);
  try {
    const errors = [];
    const panel = await context.newPage();
    panel.on('pageerror', (error) => errors.push(error.message));
    await panel.goto(`${baseUrl}sidepanel.html`);
    await waitForLibrary(panel);
    await seedClippings(panel, sampleClippings());
    await forgetSearchIndex(panel);
    await panel.reload();
    await panel.getByTestId('clip-item').first().waitFor();
    await shoot(panel, `sidepanel-list-${suffix}.png`);

    await panel.getByTestId('clip-title').filter({ hasText: '锻造民族复兴的中流砥柱' }).click();
    await panel.getByTestId('reader-body').waitFor();
    await shoot(panel, `sidepanel-reader-${suffix}.png`);

    await panel.setViewportSize(WIDE);
    await shoot(panel, `library-wide-${suffix}.png`);

    const popup = await context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.goto(`${baseUrl}popup.html`);
    if (pasteText) {
      await popup.getByTestId('paste-input').fill(pasteText);
      await popup.getByTestId('paste-parse').click();
      await popup.getByTestId('parsed-article').first().waitFor();
      await popup.getByTestId('paste-input').evaluate((el) => el.scrollTo(0, 0));
    }
    await shoot(popup, `popup-${suffix}.png`);

    // Repairing a paste in the side panel's paste section (the popup has a fixed 420 px width of its
    // own): the kicker that is really the title, its role menu open. 360 px, then wide.
    const repair = await context.newPage();
    repair.on('pageerror', (error) => errors.push(error.message));
    await repair.setViewportSize(NARROW);
    await repair.goto(`${baseUrl}sidepanel.html`);
    await waitForLibrary(repair);
    await repair.locator('[data-testid="paste-section"] > summary').click();
    await repair.getByTestId('paste-input').fill(REPAIR_PAGE);
    await repair.getByTestId('paste-parse').click();
    const first = repair.getByTestId('repair-article').first();
    await first.waitFor();
    await first.getByTestId('repair-expand').click();
    await first.getByTestId('repair-role-button').first().click();
    await repair.getByTestId('repair-role-menu').waitFor();
    await scrollToShow(repair, first);
    await shoot(repair, `repair-narrow-${suffix}.png`);
    await repair.setViewportSize({ width: 1000, height: 1000 });
    // Wide, the paste box has part of the height: its lines at the top, so the open menu shows whole.
    await scrollToShow(repair, first.getByTestId('repair-head'));
    await shoot(repair, `repair-wide-${suffix}.png`);

    // The reader with the searched words marked, in the title too (the first mark current) and repair mode on.
    await panel.setViewportSize(NARROW);
    await panel.getByTestId('reader-back').click();
    await panel.getByTestId('search-input').fill('中流砥柱 初心');
    await panel.getByTestId('clip-title').filter({ hasText: '锻造民族复兴的中流砥柱' }).click();
    await panel.getByTestId('edit-title-marks').waitFor();
    await panel.getByTestId('reader-match-next').click();
    await panel.getByTestId('reader-repair-toggle').click();
    await panel.getByTestId('reader').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(panel, `reader-marks-narrow-${suffix}.png`);
    await panel.setViewportSize(WIDE);
    await shoot(panel, `reader-marks-wide-${suffix}.png`);
    if (errors.length) console.warn(`  page errors (${tag}):\n    ${errors.join('\n    ')}`);
  } finally {
    await context.close();
  }
}

ensureCjkFont();
ensureBuilt();
mkdirSync(OUT_DIR, { recursive: true });
const pasteText = examplePage();
const extension = copyExtension(EXTENSION_DIR);
try {
  for (const locale of LOCALES) {
    console.log(`${locale.tag}:`);
    await screenshots(locale, pasteText, extension.dir);
  }
} finally {
  extension.remove();
}
