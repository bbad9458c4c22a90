// `npm run screenshots:firefox`: pictures of the built Firefox add-on in
// Firefox ESR, in Chinese and in English, for the README beside Chrome's
// (scripts/screenshots.mjs):
//
//   docs/screenshots/firefox-sidebar-{zh,en}.png  the whole Firefox window: the library in the
//                                                 sidebar beside a newspaper page
//   docs/screenshots/firefox-popup-{zh,en}.png    the popup page, a newspaper page pasted and parsed
//
// The sidebar is part of the browser window, which WebDriver BiDi will not
// photograph; the window draws itself instead (WindowGlobalParent.drawSnapshot,
// evaluated in the window through tests/journeys/browser.ts's chrome scope).
// Builds the Firefox add-on when .output/firefox-mv3 is missing (--build forces it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVAL_PAGES_DIR, FIXTURES_DIR, ROOT, serveFixtures } from '../tests/e2e/helpers.ts';
import { addClippingsInPage, sampleClippings } from '../tests/e2e/library-fixtures.ts';
import { launchExtensionBrowser } from '../tests/journeys/browser.ts';

const OUT_DIR = path.join(ROOT, 'docs', 'screenshots');
const BUILD = path.join(ROOT, '.output', 'firefox-mv3');
const WINDOW = { width: 1280, height: 800 };
const POPUP = { width: 420, height: 600 };
const PANEL_WIDTH = 400;
/** The interface follows the browser's own language (i18n.getUILanguage): Chinese needs Firefox's zh-CN language pack. */
const LOCALES = [
  { locale: 'zh-CN', languages: 'zh-CN, zh', suffix: 'zh' },
  { locale: 'en-US', languages: 'en-US, en', suffix: 'en' },
];
const ZH_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';
/** The page beside the sidebar: a 人民日报 e-paper article (tests/fixtures/extract). */
const ARTICLE = 'extract/rmrb-new--shequ.html';

if (process.argv.includes('--build') || !existsSync(path.join(BUILD, 'manifest.json'))) {
  console.log('Building the Firefox add-on (wxt build -b firefox --mv3)…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'inherit' });
}
try {
  if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() === '') throw new Error('none');
} catch {
  console.warn('No CJK font found: Chinese will show as boxes (npm run screenshots installs fonts-noto-cjk).');
}

if (!existsSync(ZH_LANGPACK)) {
  if (process.getuid?.() === 0) {
    console.log("Firefox's Chinese language pack is missing: installing firefox-esr-l10n-zh-cn with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'firefox-esr-l10n-zh-cn'], { stdio: 'inherit', env });
  } else {
    console.warn('No Chinese language pack for Firefox (apt-get install firefox-esr-l10n-zh-cn): the zh pictures will be in English.');
  }
}

const pasteText = (() => {
  const name = existsSync(EVAL_PAGES_DIR) ? readdirSync(EVAL_PAGES_DIR).filter((n) => n.endsWith('.txt')).sort()[0] : undefined;
  return name ? readFileSync(path.join(EVAL_PAGES_DIR, name), 'utf8') : null;
})();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The whole browser window as PNG bytes, drawn by the window itself. */
async function snapshotWindow(inWindow: (expression: string) => Promise<string>): Promise<Buffer> {
  const dataUrl = await inWindow(`(async () => {
    const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white', true);
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');
  })()`);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

function save(file: string, bytes: Buffer | Uint8Array) {
  writeFileSync(path.join(OUT_DIR, file), bytes);
  console.log(`  docs/screenshots/${file}`);
}

mkdirSync(OUT_DIR, { recursive: true });
const server = await serveFixtures(FIXTURES_DIR);
try {
  for (const { locale, languages, suffix } of LOCALES) {
    console.log(`${locale}:`);
    const prefs = { 'intl.locale.requested': locale, 'intl.accept_languages': languages };
    const ext = await launchExtensionBrowser('firefox', { prefs, windowSizedPages: true });
    try {
      const inWindow = ext.inBrowserWindow!;
      await inWindow(`window.resizeTo(${WINDOW.width}, ${WINDOW.height})`);
      // Clippings to show: straight into the database the library created.
      const library = await ext.openExtensionPage('sidepanel.html');
      await library.waitForSelector('[data-testid="list-empty"], [data-testid="clip-list"]');
      await library.evaluate(addClippingsInPage, JSON.stringify(sampleClippings()));
      await library.close();

      // The sidebar as a person opens it: the popup's button (Firefox opened it empty at install).
      await ext.closeLibraryPanel();
      const popupTab = await ext.openExtensionPage('popup.html');
      await popupTab.click('[data-testid="open-library"]');
      await popupTab.close().catch(() => undefined);
      // As wide as Chrome's panel in its pictures (a person can drag Firefox's sidebar wider too).
      await inWindow(`document.getElementById('sidebar-box').style.width = '${PANEL_WIDTH}px'`);
      const article = await ext.openWebPage(server.url(ARTICLE));
      await article.bringToFront();
      await article.evaluate(() => document.fonts.ready);
      await pause(1500);
      save(`firefox-sidebar-${suffix}.png`, await snapshotWindow(inWindow));

      const popup = await ext.openExtensionPage('popup.html');
      await popup.setViewport(POPUP);
      if (pasteText) {
        await popup.$eval(
          '[data-testid="paste-input"]',
          (el, text) => {
            const area = el as HTMLTextAreaElement;
            Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
            area.dispatchEvent(new Event('input', { bubbles: true }));
          },
          pasteText,
        );
        await popup.click('[data-testid="paste-parse"]');
        await popup.waitForSelector('[data-testid="parsed-article"]');
        await popup.$eval('[data-testid="paste-input"]', (el) => el.scrollTo(0, 0));
      }
      await popup.evaluate(() => document.fonts.ready);
      await pause(300);
      save(`firefox-popup-${suffix}.png`, await popup.screenshot());
    } finally {
      await ext.close();
    }
  }
} finally {
  await server.close();
}
