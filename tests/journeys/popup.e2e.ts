// Journeys in the toolbar popup, in Chromium and Firefox (JIANBAO_BROWSER):
// the popup and the library render cleanly; a pasted newspaper page is parsed
// and the chosen articles saved; a web page is clipped through the popup.
//
// Clipping needs the activeTab grant that a click on the toolbar button gives.
// Tests cannot click the toolbar, so tests/journeys/browser.ts gives that grant
// the browser's own way (Chromium: Extensions.triggerAction; Firefox: the
// add-on's tabManager, as the button's click handler does), then opens the
// popup as a page, popup.html?tabId=N, and presses "Clip this page" in it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate, type Language, type MessageKey } from '@/lib/i18n';
import { EVAL_PAGES_DIR, FIXTURES_DIR, serveFixtures, type FixtureServer } from '../e2e/helpers';
import { BROWSER_NAME, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { click, collectErrors, count, fill, nth, readClippings, text, texts, valueOf } from './page';

interface StoredClipping {
  id: number;
  url: string | null;
  title: string | null;
  byline: string | null;
  source: string | null;
  date: string | null;
  page: string | null;
  tags: string[];
  blocks: { type: string; text: string }[];
}

const EXTRACT_FIXTURES = path.join(FIXTURES_DIR, 'extract');
const expectedArticle = (name: string) =>
  (JSON.parse(readFileSync(path.join(EXTRACT_FIXTURES, `${name}.expected.json`), 'utf8')) as { article: Omit<StoredClipping, 'id'> }).article;

describe(`popup journeys (${BROWSER_NAME})`, () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let lang: Language;
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const status = (page: Page) => text(page, 'status');

  beforeAll(async () => {
    ext = await launchExtensionBrowser();
    server = await serveFixtures(EXTRACT_FIXTURES);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('renders the popup and the library without console errors', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    const popupErrors = collectErrors(popup);
    lang = pickLanguage(await popup.evaluate(() => navigator.language));
    await popup.waitForSelector('[data-testid="paste-input"]');
    expect(await status(popup)).toBe(say('popupReady'));
    const panel = await ext.openExtensionPage('sidepanel.html');
    const panelErrors = collectErrors(panel);
    await panel.waitForSelector('[data-testid="list-empty"], [data-testid="clip-list"]');
    expect(await count(panel, 'search-input')).toBe(1);
    expect([...popupErrors, ...panelErrors]).toEqual([]);
    await Promise.all([popup.close(), panel.close()]);
  });

  it('opens the library beside the page from the popup’s button (Chrome: side panel; Firefox: sidebar)', async () => {
    await ext.closeLibraryPanel();
    // Asked from another extension page: the popup closes itself once the panel opens.
    const probe = await ext.openExtensionPage('popup.html');
    const panels = () =>
      probe.evaluate(async () => {
        type Runtime = { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
        return (await (chrome.runtime as unknown as Runtime).getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      });
    expect(await panels()).toBe(0);
    const popup = await ext.openExtensionPage('popup.html');
    const errors = collectErrors(popup);
    await click(popup, 'open-library');
    await expect.poll(panels).toBe(1);
    expect(errors).toEqual([]);
    await probe.close();
    await popup.close().catch(() => undefined);
  });

  it('parses a pasted newspaper page and saves the chosen articles with the page details', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const errors = collectErrors(page);
    await fill(page, 'paste-input', readFileSync(path.join(EVAL_PAGES_DIR, '003_0078cb0db730c42f.txt'), 'utf8'));
    await click(page, 'paste-parse');
    await expect.poll(() => count(page, 'parsed-article')).toBe(5);
    const titles = await texts(page, 'parsed-article-title');
    expect(await valueOf(page, 'page-source')).toBe('辽源日报');
    expect(await valueOf(page, 'page-date')).toBe('2021-10-22');
    await fill(page, 'page-name', '第1版');
    await (await nth(page, 'parsed-article-select', 1)).click();
    await (await nth(page, 'parsed-article-select', 3)).click();
    await click(page, 'save-parsed');
    await expect.poll(() => status(page)).toBe(say('pasteSavedNew', { n: 3 }));

    const saved = await readClippings<StoredClipping>(page);
    expect(saved.map((c) => c.title).sort()).toEqual([titles[0], titles[2], titles[4]].sort());
    for (const c of saved) expect(c).toMatchObject({ url: null, source: '辽源日报', date: '2021-10-22', page: '第1版' });
    await click(page, 'save-parsed');
    await expect.poll(() => status(page)).toBe(say('pasteSavedUpdated', { n: 3 }));
    expect(await readClippings(page)).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clips a news page: preview, edited title and tags, saved to IndexedDB', async () => {
    const expected = expectedArticle('jsonld--news-site');
    const url = server.url('jsonld--news-site.html');
    const article = await ext.openWebPage(url);
    const tabId = await ext.invokeOn(article);
    const page = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const errors = collectErrors(page);

    await click(page, 'clip-page');
    await expect.poll(() => status(page)).toBe(say('clipPreviewReady'));
    expect(await valueOf(page, 'preview-title')).toBe(expected.title);
    expect(await text(page, 'preview-byline')).toBe(expected.byline);
    await fill(page, 'preview-title', '改过的标题');
    await fill(page, 'preview-tags', '城市，民生, 城市');
    await click(page, 'save-clip');
    await expect.poll(() => status(page)).toBe(say('clipAdded'));

    const saved = (await readClippings<StoredClipping>(page)).filter((c) => c.url === url);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: '改过的标题', byline: expected.byline, source: expected.source, date: expected.date, tags: ['城市', '民生'] });
    expect(saved[0].blocks).toEqual(expected.blocks);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), article.close()]);
  });

  it('says a page without an article has none, and saves nothing', async () => {
    const home = await ext.openWebPage(server.url('home--portal.html'));
    const tabId = await ext.invokeOn(home);
    const page = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const before = (await readClippings(page)).length;
    await click(page, 'clip-page');
    await expect.poll(() => status(page)).toBe(say('clipNotArticle'));
    expect(await count(page, 'clip-preview')).toBe(0);
    expect(await readClippings(page)).toHaveLength(before);
    await Promise.all([page.close(), home.close()]);
  });

  it('cannot read the tab once it has gone to another site (activeTab only), and says so', async () => {
    if (ext.name === 'firefox') {
      // Firefox grants an MV3 add-on its content scripts' sites (<all_urls>) as host permissions at install,
      // so it could read any page. Withdraw that grant, as a person can in about:addons (Permissions).
      const settings = await ext.openExtensionPage('popup.html');
      expect(await settings.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }))).toBe(true);
      expect(await settings.evaluate(() => chrome.permissions.remove({ origins: ['<all_urls>'] }))).toBe(true);
      expect(await settings.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }))).toBe(false);
      await settings.close();
    }
    const article = await ext.openWebPage(server.url('en--news.html'));
    const tabId = await ext.invokeOn(article);
    // The grant ends with the page: both browsers revoke activeTab when the tab goes to another origin.
    await article.goto(server.url('generic--blog.html').replace('127.0.0.1', 'localhost'), { waitUntil: 'load' });
    const page = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const before = (await readClippings(page)).length;
    await click(page, 'clip-page');
    await expect.poll(() => status(page)).toBe(say('clipNoAccess'));
    expect(await readClippings(page)).toHaveLength(before);
    await Promise.all([page.close(), article.close()]);
  });
});

/** The extension API as code evaluated in an extension page sees it. */
declare const chrome: (typeof import('wxt/browser'))['browser'];
