// Smoke test: the built extension loads in Chromium, its pages render without
// errors, and a newspaper page pasted into the popup comes out as articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate } from '@/lib/i18n';
import {
  EVAL_PAGES_DIR,
  ROOT,
  collectErrors,
  launchExtension,
  openPopup,
  openSidePanel,
  readClippings,
  readIndexedDb,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
} from './helpers';

const evalPages = existsSync(EVAL_PAGES_DIR)
  ? readdirSync(EVAL_PAGES_DIR).filter((name) => name.endsWith('.txt')).sort()
  : [];

describe('extension smoke test', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    session = await launchExtension();
    server = await serveFixtures();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('loads, with its background service worker running', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('builds for Firefox too', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
  });

  it('renders the popup without console errors', async () => {
    const { page, errors } = await openPopup(session);
    await expect.poll(() => page.getByTestId('paste-input').isVisible()).toBe(true);
    expect(await page.getByTestId('paste-parse').isVisible()).toBe(true);
    expect((await page.getByTestId('status').textContent())?.trim()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the side panel without console errors', async () => {
    const { page, errors } = await openSidePanel(session);
    await expect.poll(() => page.locator('#root').innerText()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the shared eval pages to paste', () => {
    expect(evalPages.length, `no *.txt pages in ${EVAL_PAGES_DIR}`).toBeGreaterThan(0);
  });

  it.each(evalPages)('shows the articles parsed from a pasted page (%s)', async (name) => {
    const text = readFileSync(path.join(EVAL_PAGES_DIR, name), 'utf8');
    const { page, errors } = await openPopup(session);
    await page.getByTestId('paste-input').fill(text);
    await page.getByTestId('paste-parse').click();

    const articles = page.getByTestId('parsed-article');
    await expect.poll(() => articles.count()).toBeGreaterThan(0);
    const titles = await page.getByTestId('parsed-article-title').allInnerTexts();
    expect(titles).toHaveLength(await articles.count());
    for (const title of titles) expect(title.trim()).not.toBe('');
    expect((await page.getByTestId('status').innerText()).trim()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the paste is empty, and lists nothing', async () => {
    const { page, errors } = await openPopup(session);
    const language = pickLanguage(await page.evaluate(() => navigator.language));
    await page.getByTestId('paste-input').fill('  \n\t ');
    await page.getByTestId('paste-parse').click();

    await expect.poll(() => page.getByTestId('status').innerText()).toBe(translate(language, 'statusEmpty'));
    expect(await page.getByTestId('parsed-article').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a web page with the content script present, without page errors', async () => {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(server.url('article.html'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toContain('慢行街区');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads IndexedDB from an extension page: nothing clipped yet, and an absent database is not created', async () => {
    expect(await readClippings(session)).toEqual([]);
    const { page } = await openPopup(session);
    const absent = 'jianbao-e2e-absent';
    expect(await readIndexedDb(page, { database: absent, table: 'clippings' })).toEqual([]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain(absent);
    await page.close();
  });
});
