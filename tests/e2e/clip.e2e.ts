// End-to-end: clipping in real Chromium with the built extension.
//
// The extension asks for activeTab, not host permissions, so it may read a
// tab only after the person invoked it there (toolbar button, context menu,
// shortcut). A test cannot click the toolbar, so it asks Chromium to
// (DevTools protocol Extensions.triggerAction, which needs
// --enable-unsafe-extension-debugging): that grants activeTab for the tab
// exactly as a click does. The popup is then opened as a page,
// popup.html?tabId=N, and driven like a person would.
//
// Pages: the 人民日报 e-paper fixture is fulfilled at its real address (the
// e-paper adapter is chosen by URL; nothing goes to the network), the
// generic ones are served on 127.0.0.1 from tests/fixtures/extract.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate, type Language, type MessageKey } from '@/lib/i18n';
import {
  EVAL_PAGES_DIR,
  EXTENSION_DIR,
  FIXTURES_DIR,
  launchExtension,
  openExtensionPage,
  readClippings,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
} from './helpers';

/** The extension API as code evaluated in an extension page sees it. */
declare const chrome: (typeof import('wxt/browser'))['browser'];

interface StoredClipping {
  id: number;
  url: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  source: string | null;
  date: string | null;
  page: string | null;
  tags: string[];
  blocks: { type: string; text: string }[];
}

interface ExpectedFixture {
  article: Omit<StoredClipping, 'id' | 'url' | 'tags'>;
}

const EXTRACT_FIXTURES = path.join(FIXTURES_DIR, 'extract');
const fixtureHtml = (name: string) => readFileSync(path.join(EXTRACT_FIXTURES, `${name}.html`), 'utf8');
const fixtureExpected = (name: string) =>
  JSON.parse(readFileSync(path.join(EXTRACT_FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedFixture;
/** The address each fixture names in its first line (<!-- url: … -->). */
const fixtureUrl = (name: string) => /^<!--\s*url:\s*(\S+)/.exec(fixtureHtml(name))![1];

/** Another build to test (default .output/chrome-mv3). */
const extensionDir = process.env.JIANBAO_EXTENSION_DIR || undefined;

const EPAPER = 'rmrb-new--shequ';
const EPAPER_URL = fixtureUrl(EPAPER);

describe('clipping a web page', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let cdp: CDPSession;
  let lang: Language;
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

  beforeAll(async () => {
    session = await launchExtension({ args: ['--enable-unsafe-extension-debugging'], extensionDir });
    server = await serveFixtures(EXTRACT_FIXTURES);
    cdp = await session.context.browser()!.newBrowserCDPSession();
    // The e-paper page at its own address, from the fixture file.
    await session.context.route(`${new URL(EPAPER_URL).origin}/**`, (route) =>
      route.request().url() === EPAPER_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(EPAPER) })
        : route.fulfill({ status: 404, body: '' }),
    );
    const probe = await openExtensionPage(session, 'popup.html');
    lang = pickLanguage(await probe.page.evaluate(() => navigator.language));
    await probe.page.close();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens a web page in a new tab; resolves when it has loaded. */
  async function openWebPage(url: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Grants activeTab for the page's tab as a click on the toolbar button would; resolves to the tab's id. */
  async function invokeJianbaoOn(page: Page): Promise<number> {
    // A person clicks the button of the tab they are looking at.
    await page.bringToFront();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((info) => info.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
    return tabIdOf(page);
  }

  /** The extension's id for the page's tab (its URL is visible to the extension once activeTab is granted). */
  async function tabIdOf(page: Page): Promise<number> {
    const probe = await openExtensionPage(session, 'popup.html');
    try {
      const tabs = await probe.page.evaluate(() => chrome.tabs.query({}).then((all) => all.map((t) => ({ id: t.id, url: t.url }))));
      const found = tabs.find((t) => t.url === page.url());
      if (found?.id === undefined) throw new Error(`The extension cannot see the tab of ${page.url()}`);
      return found.id;
    } finally {
      await probe.page.close();
    }
  }

  /** The popup, opened as a page that clips tab `tabId`. */
  async function openPopupFor(tabId: number) {
    return openExtensionPage(session, `popup.html?tabId=${tabId}`);
  }

  const status = (page: Page) => page.getByTestId('status').innerText();
  const clippingsAt = async (url: string) =>
    (await readClippings<StoredClipping>(session)).filter((c) => c.url === url);

  it('shows 文 on the toolbar button of an article page, and nothing on a home page', async () => {
    const article = await openWebPage(EPAPER_URL);
    const articleTab = await invokeJianbaoOn(article);
    const home = await openWebPage(server.url('home--portal.html'));
    const homeTab = await invokeJianbaoOn(home);
    const { page } = await openExtensionPage(session, 'popup.html');
    const badge = (tabId: number) => page.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    await expect.poll(() => badge(articleTab)).toBe('文');
    expect(await badge(homeTab)).toBe('');
    await Promise.all([page.close(), article.close(), home.close()]);
  });

  it('previews the 人民日报 e-paper article, saves it with the edited title and tags', async () => {
    const expected = fixtureExpected(EPAPER).article;
    const article = await openWebPage(EPAPER_URL);
    const tabId = await invokeJianbaoOn(article);
    const { page, errors } = await openPopupFor(tabId);

    await page.getByTestId('clip-page').click();
    await expect.poll(() => status(page)).toBe(say('clipPreviewReady'));
    const preview = page.getByTestId('clip-preview');
    expect(await preview.getByTestId('preview-kicker').innerText()).toBe(expected.kicker);
    expect(await preview.getByTestId('preview-title').inputValue()).toBe(expected.title);
    expect(await preview.getByTestId('preview-byline').innerText()).toBe(expected.byline);
    expect(await preview.getByTestId('preview-source').innerText()).toBe('人民日报');
    expect(await preview.getByTestId('preview-date').innerText()).toBe('2025-07-01');
    expect(await preview.getByTestId('preview-page').innerText()).toBe(expected.page);
    const firstParagraphs = expected.blocks.filter((b) => b.type === 'paragraph').slice(0, 3).map((b) => b.text);
    expect(await preview.getByTestId('preview-paragraph').allInnerTexts()).toEqual(firstParagraphs);

    await preview.getByTestId('preview-title').fill('社区食堂：家门口的热乎饭');
    await preview.getByTestId('preview-tags').fill('养老，民生, 养老');
    await page.getByTestId('save-clip').click();
    await expect.poll(() => status(page)).toBe(say('clipAdded'));

    const saved = await clippingsAt(EPAPER_URL);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      url: EPAPER_URL,
      kicker: expected.kicker,
      title: '社区食堂：家门口的热乎饭',
      byline: expected.byline,
      source: '人民日报',
      date: '2025-07-01',
      page: expected.page,
      tags: ['养老', '民生'],
      blocks: expected.blocks,
    });
    expect(errors).toEqual([]);
    await Promise.all([page.close(), article.close()]);
  });

  it('clipping the same page again says updated and keeps one record', async () => {
    const before = await clippingsAt(EPAPER_URL);
    expect(before).toHaveLength(1);
    const article = await openWebPage(EPAPER_URL);
    const tabId = await invokeJianbaoOn(article);
    const { page, errors } = await openPopupFor(tabId);

    await page.getByTestId('clip-page').click();
    await expect.poll(() => status(page)).toBe(say('clipPreviewReady'));
    await page.getByTestId('preview-title').fill('社区食堂：家门口的热乎饭');
    await page.getByTestId('save-clip').click();
    await expect.poll(() => status(page)).toBe(say('clipUpdated'));

    const after = await clippingsAt(EPAPER_URL);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before[0].id);
    // The tags field was left empty this time, so the first clip's tags stay.
    expect(after[0].tags).toEqual(['养老', '民生']);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), article.close()]);
  });

  it('clips a generic news page served on 127.0.0.1 (metadata and Readability)', async () => {
    const expected = fixtureExpected('jsonld--news-site').article;
    const url = server.url('jsonld--news-site.html');
    const article = await openWebPage(url);
    const tabId = await invokeJianbaoOn(article);
    const { page, errors } = await openPopupFor(tabId);

    await page.getByTestId('clip-page').click();
    await expect.poll(() => status(page)).toBe(say('clipPreviewReady'));
    expect(await page.getByTestId('preview-title').inputValue()).toBe(expected.title);
    await page.getByTestId('save-clip').click();
    await expect.poll(() => status(page)).toBe(say('clipAdded'));

    const saved = await clippingsAt(url);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: expected.title, byline: expected.byline, source: expected.source, date: expected.date });
    expect(saved[0].blocks.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), article.close()]);
  });

  it('says a page without an article has none, and saves nothing', async () => {
    const count = (await readClippings(session)).length;
    const home = await openWebPage(server.url('home--portal.html'));
    const tabId = await invokeJianbaoOn(home);
    const { page, errors } = await openPopupFor(tabId);

    await page.getByTestId('clip-page').click();
    await expect.poll(() => status(page)).toBe(say('clipNotArticle'));
    expect(await page.getByTestId('clip-preview').count()).toBe(0);
    expect(await readClippings(session)).toHaveLength(count);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), home.close()]);
  });

  it('cannot read a tab once it has moved on from the page Jianbao was invoked on (activeTab only), and says so', async () => {
    const count = (await readClippings(session)).length;
    const article = await openWebPage(server.url('en--news.html'));
    const tabId = await invokeJianbaoOn(article);
    // The grant ends with the page: the browser revokes activeTab when the tab goes to another site.
    await article.goto(EPAPER_URL, { waitUntil: 'load' });
    const { page } = await openPopupFor(tabId);

    await page.getByTestId('clip-page').click();
    await expect.poll(() => status(page)).toBe(say('clipNoAccess'));
    expect(await readClippings(session)).toHaveLength(count);
    await Promise.all([page.close(), article.close()]);
  });

  it('clips without the popup (the shortcut’s path: a clip-tab message to the background) and flashes ✓', async () => {
    const url = server.url('generic--blog.html');
    const article = await openWebPage(url);
    const tabId = await invokeJianbaoOn(article);
    const { page } = await openExtensionPage(session, 'popup.html');

    const outcome = await page.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'clip-tab', tabId }), tabId);
    expect(outcome).toMatchObject({ ok: true, value: { ok: true, status: 'added' } });
    const saved = await clippingsAt(url);
    expect(saved).toHaveLength(1);
    expect(saved[0].title).toBe(fixtureExpected('generic--blog').article.title);

    const badge = () => page.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    expect(await badge()).toBe('✓');
    // Back to the page's own badge after two seconds.
    await expect.poll(badge, { timeout: 5000 }).toBe('文');
    await Promise.all([page.close(), article.close()]);
  });
});

describe('the built extension', () => {
  // The budget of the script every page loads (bench/clip.bench.ts prints every file's size).
  const CONTENT_SCRIPT_BUDGET = 30 * 1024;
  const chromeBuild = extensionDir ?? EXTENSION_DIR;
  const builds = [chromeBuild, path.join(path.dirname(chromeBuild), 'firefox-mv3')];

  it.each(builds)('keeps the every-page content script light, and the extractor out of it (%s)', (dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const scripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts).toContain('content-scripts/content.js');
    const file = path.join(dir, 'content-scripts/content.js');
    expect(statSync(file).size).toBeLessThan(CONTENT_SCRIPT_BUDGET);
    // Readability's parser and the text cleaner belong to extract.js only.
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/_grabArticle|FLAG_STRIP_UNLIKELYS/);
    expect(readFileSync(path.join(dir, 'extract.js'), 'utf8')).toMatch(/_grabArticle/);
  });

  it.each(builds)('asks for no host permissions, and the permissions the README explains (%s)', (dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Sync (issue 18) asks for its server's origin at the moment it is set up, never at install.
    expect(manifest.optional_host_permissions ?? []).toEqual(expect.arrayContaining(['https://*/*']));
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'activeTab', 'scripting', 'contextMenus']));
    expect(manifest.commands['clip-page'].suggested_key.default).toBe('Alt+Shift+S');
  });
});

describe('saving pasted articles', () => {
  let session: ExtensionSession;
  let lang: Language;
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const PAGE = '003_0078cb0db730c42f.txt';

  beforeAll(async () => {
    session = await launchExtension({ extensionDir });
    const probe = await openExtensionPage(session, 'popup.html');
    lang = pickLanguage(await probe.page.evaluate(() => navigator.language));
    await probe.page.close();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('saves the chosen articles of a pasted page with the page details, and only those', async () => {
    const { page, errors } = await openExtensionPage(session, 'popup.html');
    await page.getByTestId('paste-input').fill(readFileSync(path.join(EVAL_PAGES_DIR, PAGE), 'utf8'));
    await page.getByTestId('paste-parse').click();

    const items = page.getByTestId('parsed-article');
    await expect.poll(() => items.count()).toBe(5);
    const titles = await page.getByTestId('parsed-article-title').allInnerTexts();
    // What the parser read from the page furniture, ready to correct.
    expect(await page.getByTestId('page-source').inputValue()).toBe('辽源日报');
    expect(await page.getByTestId('page-date').inputValue()).toBe('2021-10-22');
    expect(await page.getByTestId('page-name').inputValue()).toBe('');
    await page.getByTestId('page-name').fill('第1版');

    const boxes = page.getByTestId('parsed-article-select');
    for (let i = 0; i < 5; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    await boxes.nth(1).uncheck();
    await boxes.nth(3).uncheck();
    await page.getByTestId('save-parsed').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(say('pasteSavedNew', { n: 3 }));

    const saved = await readClippings<StoredClipping>(session, page);
    expect(saved.map((c) => c.title).sort()).toEqual([titles[0], titles[2], titles[4]].sort());
    for (const c of saved) expect(c).toMatchObject({ url: null, source: '辽源日报', date: '2021-10-22', page: '第1版' });

    // Saving again updates them rather than adding copies.
    await page.getByTestId('save-parsed').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(say('pasteSavedUpdated', { n: 3 }));
    expect(await readClippings(session, page)).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a paste that is not text, or has no article, and offers nothing to save', async () => {
    const { page } = await openExtensionPage(session, 'popup.html');
    await page.getByTestId('paste-input').fill(`%PDF-1.7\n${'\ufffd\u0001\u0002\u0003'.repeat(60)}`);
    await page.getByTestId('paste-parse').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(say('statusBinary'));
    expect(await page.getByTestId('save-parsed').count()).toBe(0);

    await page.getByTestId('paste-input').fill('版权所有');
    await page.getByTestId('paste-parse').click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(say('statusNoArticles'));
    expect(await page.getByTestId('save-parsed').count()).toBe(0);
    await page.close();
  });
});
