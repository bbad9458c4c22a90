// The browser-parametrised layer under the journeys (tests/journeys/*.e2e.ts):
// one Puppeteer API for both browsers, and the few things each does its own way.
//
//                      Chromium (DevTools protocol)        Firefox ESR (WebDriver BiDi)
//   install            --load-extension (enableExtensions)  browser.installExtension(dir), temporary add-on
//   extension origin   chrome-extension://<id from worker>  moz-extension://<UUID pinned in the profile>
//   open its pages     page.goto                            BiDi refuses moz-extension:// navigation: the tab is
//                                                           loaded from the browser window's own (chrome) scope,
//                                                           as the browser's UI would (--remote-allow-system-access)
//   toolbar click      Extensions.triggerAction             the grant a click gives: the add-on's tabManager
//   (activeTab grant)                                       .addActiveTabPermission(tab), from the chrome scope
//   downloads          Browser.setDownloadBehavior → dir    profile prefs → dir
//   clipboard          permissions granted to the origins   dom.events.testing.asyncClipboard
//
// Which browser: JIANBAO_BROWSER=chromium|firefox (scripts/test-all.mjs runs both).
// Nothing here downloads a browser: puppeteer-core starts the system's.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/helpers';

/** The extension API as code evaluated in an extension page sees it (Firefox has chrome.* too). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_NAME: BrowserName = process.env.JIANBAO_BROWSER === 'firefox' ? 'firefox' : 'chromium';

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
};
const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output', 'chrome-mv3'),
  firefox: path.join(ROOT, '.output', 'firefox-mv3'),
};

/** An element found inside the paste prompt's closed shadow root: its text and the centre of its box, in viewport pixels. */
export interface PromptPart {
  text: string;
  x: number;
  y: number;
}

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  baseUrl: string;
  /** Opens an extension page (`popup.html`, `sidepanel.html?x`) in a new tab, loaded. */
  openExtensionPage(file: string): Promise<Page>;
  /** Opens a web page in a new tab, loaded. */
  openWebPage(url: string): Promise<Page>;
  /** Gives the extension activeTab on the page's tab as a click on its toolbar button does; resolves to the tab's id. */
  invokeOn(page: Page): Promise<number>;
  /**
   * The element with `testId` in the paste prompt of `page`, scrolled into view, or null when it is not shown.
   * The prompt's shadow root is closed, shut to page scripts and Puppeteer's selectors; the browser's own
   * protocol reaches into it (Chromium: DOM.getDocument with pierce; BiDi: includeShadowTree 'all').
   */
  promptPart(page: Page, testId: string): Promise<PromptPart | null>;
  /** Firefox only: evaluates JavaScript in the browser window itself (chrome scope), resolving to its string result. */
  inBrowserWindow?: (expression: string) => Promise<string>;
  /** Closes the library panel if open (Firefox opens an add-on's sidebar when it is installed). */
  closeLibraryPanel(): Promise<void>;
  /** Runs `click` and resolves to the one file it downloads. */
  download(click: () => Promise<unknown>): Promise<DownloadedFile>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Firefox only: more profile preferences (e.g. intl.accept_languages for the interface language). */
  prefs?: Record<string, unknown>;
  /** Keep the window's own size for pages instead of Puppeteer's 800×600 (screenshots of the whole window). */
  windowSizedPages?: boolean;
}

export async function launchExtensionBrowser(name: BrowserName = BROWSER_NAME, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = BUILDS[name];
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  if (!existsSync(EXECUTABLES[name])) throw new Error(`No ${name} at ${EXECUTABLES[name]}: scripts/test-all.mjs installs it with apt-get.`);
  const downloadDir = mkdtempSync(path.join(tmpdir(), `jianbao-${name}-downloads-`));
  const session = name === 'firefox' ? await launchFirefox(dir, downloadDir, options) : await launchChromium(dir, downloadDir, options);
  return {
    ...session,
    name,
    download: (click) => downloadInto(downloadDir, click),
    async close() {
      await session.browser.close().catch(() => undefined);
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

type Session = Omit<ExtensionBrowser, 'name' | 'download' | 'close'>;

async function launchChromium(dir: string, downloadDir: string, options: LaunchOptions): Promise<Session> {
  const browser = await puppeteer.launch({
    ...(options.windowSizedPages ? { defaultViewport: null } : {}),
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-extension-debugging'],
  });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 });
    const id = new URL(worker.url()).host;
    const baseUrl = `chrome-extension://${id}/`;
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
    // The extension's pages may read and write the clipboard (the copy button, and the tests' checks of it).
    await browser.defaultBrowserContext().overridePermissions(baseUrl.slice(0, -1), ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const openWebPage = async (url: string) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Web pages may write the clipboard: the tests put text there before pressing Ctrl+V.
      const origin = new URL(url).origin;
      if (origin.startsWith('http')) await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-write', 'clipboard-sanitized-write']);
      return page;
    };
    return {
      browser,
      baseUrl,
      openExtensionPage: (file) => openWebPage(baseUrl + file),
      openWebPage,
      promptPart: chromiumPromptPart,
      // Chromium opens no side panel by itself, and tests open it only once.
      closeLibraryPanel: async () => undefined,
      async invokeOn(page) {
        await page.bringToFront();
        // The action is triggered on a tab target (the page's own target is not one).
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((info) => info.url === page.url());
        if (!tab) throw new Error(`No tab target for ${page.url()}`);
        await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
        return tabIdByUrl(await openWebPage(`${baseUrl}popup.html`), page.url());
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The extension's id for the tab showing `url`, asked from an extension page (which it then closes). */
async function tabIdByUrl(extensionPage: Page, url: string): Promise<number> {
  try {
    const tabs = await extensionPage.evaluate(async () => (await chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url })));
    const found = tabs.find((t) => t.url === url);
    if (found?.id === undefined) throw new Error(`The extension cannot see the tab of ${url}`);
    return found.id;
  } finally {
    await extensionPage.close();
  }
}

async function launchFirefox(dir: string, downloadDir: string, options: LaunchOptions): Promise<Session> {
  const FIREFOX_ADDON_ID: string = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  // The add-on's internal UUID, so its pages' origin is known before it is installed.
  const uuid = randomUUID();
  const baseUrl = `moz-extension://${uuid}/`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    ...(options.windowSizedPages ? { defaultViewport: null } : {}),
    executablePath: EXECUTABLES.firefox,
    headless: true,
    // Lets BiDi evaluate in the browser window itself (moz:scope chrome): the way into moz-extension:// tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      // Pages may read and write the clipboard without a gesture or a paste menu (Firefox's testing switch).
      'dom.events.testing.asyncClipboard': true,
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(dir);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`Installed add-on ${id}, expected ${FIREFOX_ADDON_ID}`);
    const chromeScope = await chromeScopeOf(browser);
    const openWebPage = async (url: string) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    return {
      browser,
      baseUrl,
      openWebPage,
      async openExtensionPage(file) {
        const url = baseUrl + file;
        const page = await browser.newPage();
        await page.bringToFront();
        await chromeScope(
          `gBrowser.selectedBrowser.fixupAndLoadURIString(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() })`,
        );
        await waitForPage(page, url);
        return page;
      },
      inBrowserWindow: chromeScope,
      async closeLibraryPanel() {
        await chromeScope('SidebarController.hide()');
      },
      promptPart: (page, testId) => firefoxPromptPart(browser, page, testId),
      async invokeOn(page) {
        await page.bringToFront();
        const expected = await page.evaluate(() => location.href);
        const { tabId, url } = JSON.parse(
          await chromeScope(`(() => {
            const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
            const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ADDON_ID)});
            const tab = gBrowser.selectedTab;
            extension.tabManager.addActiveTabPermission(tab);
            return JSON.stringify({ tabId: extension.tabManager.getWrapper(tab).id, url: tab.linkedBrowser.currentURI.spec });
          })()`),
        ) as { tabId: number; url: string };
        if (url !== expected) throw new Error(`The selected tab shows ${url}, not ${expected}`);
        return tabId;
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Measures a found element: its text and the centre of its box, after scrolling it into view; null when it has no box. */
const MEASURE = `function () {
  this.scrollIntoView({ block: 'center' });
  const box = this.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return null;
  return JSON.stringify({ text: this.innerText, x: box.x + box.width / 2, y: box.y + box.height / 2 });
}`;

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

async function chromiumPromptPart(page: Page, testId: string): Promise<PromptPart | null> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode, inPrompt: boolean): number | null => {
      const inside = inPrompt || node.nodeName.toLowerCase() === 'jianbao-paste-prompt';
      const attrs = node.attributes ?? [];
      for (let i = 0; inside && i < attrs.length; i += 2) if (attrs[i] === 'data-testid' && attrs[i + 1] === testId) return node.backendNodeId;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child, inside);
        if (found !== null) return found;
      }
      return null;
    };
    const backendNodeId = find(root, false);
    if (backendNodeId === null) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: MEASURE, returnByValue: true });
    return result.value ? (JSON.parse(result.value) as PromptPart) : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { localName?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

async function firefoxPromptPart(browser: Browser, page: Page, testId: string): Promise<PromptPart | null> {
  const connection = bidiConnection(browser);
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: found } = await connection.send('script.callFunction', {
    functionDeclaration: "() => document.querySelector('jianbao-paste-prompt')",
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 30, includeShadowTree: 'all' },
  });
  const find = (node: BidiNode | null | undefined): string | null => {
    if (!node || node.type !== 'node') return null;
    if (node.value?.attributes?.['data-testid'] === testId && node.sharedId) return node.sharedId;
    for (const child of [...(node.value?.shadowRoot ? [node.value.shadowRoot] : []), ...(node.value?.children ?? [])]) {
      const id = find(child);
      if (id) return id;
    }
    return null;
  };
  const sharedId = found.type === 'success' ? find(found.result) : null;
  if (!sharedId) return null;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: MEASURE,
    this: { sharedId },
    target: { context },
    awaitPromise: false,
  });
  return result.type === 'success' && result.result.type === 'string' ? (JSON.parse(result.result.value) as PromptPart) : null;
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: any }> };

const bidiConnection = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates in the top browser window (chrome scope) and resolves to the string result. */
async function chromeScopeOf(browser: Browser): Promise<(expression: string) => Promise<string>> {
  const connection = bidiConnection(browser);
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (tree.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window in the chrome scope (was Firefox started with --remote-allow-system-access?)');
  return async (expression) => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
    if (result.type !== 'success') throw new Error(`chrome scope: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    return String(result.result.value ?? '');
  };
}

/** Waits until `page` shows `url`, loaded (Puppeteer does not follow a load started outside it). */
async function waitForPage(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
    if (state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (the tab shows ${state[0]}, ${state[1]})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Files partly written: Chromium's and Firefox's. */
const PARTIAL = /\.(crdownload|part)$/;

async function downloadInto(dir: string, click: () => Promise<unknown>, timeoutMs = 20_000): Promise<DownloadedFile> {
  const before = new Set(readdirSync(dir));
  await click();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const fresh = readdirSync(dir).filter((f) => !before.has(f));
    const done = fresh.filter((f) => !PARTIAL.test(f));
    if (done.length === 1 && !fresh.some((f) => PARTIAL.test(f)) && statSync(path.join(dir, done[0])).size > 0) {
      // Give a writer that just renamed the file a moment to be sure it is whole.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { name: done[0], bytes: readFileSync(path.join(dir, done[0])) };
    }
    if (Date.now() > deadline) throw new Error(`No download finished in ${timeoutMs} ms (new files: ${fresh.join(', ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

