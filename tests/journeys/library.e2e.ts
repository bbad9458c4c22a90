// The library (Chrome's side panel, Firefox's sidebar: the same page,
// sidepanel.html, opened here in a tab) in Chromium and Firefox: list, reader,
// editing, delete and undo, search, a Markdown download and the clipboard,
// backup and import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate, type Language } from '@/lib/i18n';
import { addClippingsInPage, sampleClippings, type SeedClipping } from '../e2e/library-fixtures';
import { BROWSER_NAME, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { byTestId, click, collectErrors, count, fill, readClippings, readTable, text, texts, valueOf } from './page';

type Stored = SeedClipping & { id: number };

describe(`library journeys (${BROWSER_NAME})`, () => {
  let ext: ExtensionBrowser;
  let page: Page;
  let errors: string[];
  let lang: Language;
  let ids: number[];
  let scratch: string;
  const samples = sampleClippings();
  const newestFirst = [...samples].reverse().map((c) => c.title);

  const status = () => page.$eval(`${byTestId('status-bar')} ${byTestId('status')}`, (el) => (el as HTMLElement).innerText);
  const titles = () => texts(page, 'clip-title');
  const stored = () => readClippings<Stored>(page);
  const storedById = async (id: number) => (await stored()).find((c) => c.id === id);
  const openClip = async (title: string) => {
    await click(page, 'clip-title', title);
    await expect.poll(() => valueOf(page, 'edit-title')).toBe(title);
  };

  /** Opens the library in a fresh tab and waits until it has read the database. */
  async function openLibrary(): Promise<void> {
    page = await ext.openExtensionPage('sidepanel.html');
    errors = collectErrors(page);
    await page.setViewport({ width: 1100, height: 800 });
    await page.waitForSelector('[data-testid="clip-list"], [data-testid="list-empty"]', { timeout: 30_000 });
  }

  beforeAll(async () => {
    ext = await launchExtensionBrowser();
    scratch = mkdtempSync(path.join(tmpdir(), 'jianbao-journeys-'));
    await openLibrary();
    lang = pickLanguage(await page.evaluate(() => navigator.language));
    // Straight into IndexedDB (Dexie created it when the library opened), then a fresh library reads them.
    ids = await page.evaluate(addClippingsInPage, JSON.stringify(samples));
    await page.close();
    await openLibrary();
  });

  afterAll(async () => {
    await ext?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('lists the clippings newest first with paper, date and page', async () => {
    await expect.poll(titles).toEqual(newestFirst);
    const first = await text(page, 'clip-item');
    for (const part of [samples[3].source!, samples[3].date!, samples[3].page!]) expect(first).toContain(part);
    expect(await text(page, 'list-count')).toBe(translate(lang, 'listCount', { n: samples.length }));
  });

  it('shows a clipping in the reader with its citation and a safe link to the original', async () => {
    const commentary = samples[0];
    await openClip(commentary.title!);
    const reader = await text(page, 'reader');
    for (const part of [commentary.kicker!, commentary.subtitle!, commentary.byline!, '一、坚守初心使命']) expect(reader).toContain(part);
    expect(await text(page, 'citation')).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
    const link = await page.$eval(byTestId('reader-link'), (a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(link[0]).toBe(commentary.url);
    expect(link[1]).toContain('noopener');
  });

  it('saves an edited title on Enter, to IndexedDB and the list', async () => {
    await openClip(samples[1].title!);
    await fill(page, 'edit-title', '夏粮丰收 产量稳中有增（改）');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedById(ids[1]))?.title).toBe('夏粮丰收 产量稳中有增（改）');
    await expect.poll(titles).toContain('夏粮丰收 产量稳中有增（改）');
    await expect.poll(status).toBe(translate(lang, 'statusSaved'));
  });

  it('deletes a clipping and Undo restores the very same record', async () => {
    const id = ids[2];
    const before = await storedById(id);
    await openClip(samples[2].title!);
    await click(page, 'delete-clip');
    await expect.poll(status).toBe(translate(lang, 'statusDeleted', { n: 1 }));
    await expect.poll(() => storedById(id)).toBeUndefined();
    await expect.poll(titles).not.toContain(samples[2].title);
    await click(page, 'undo');
    await expect.poll(status).toBe(translate(lang, 'statusRestored', { n: 1 }));
    expect(await storedById(id)).toEqual(before);
    await expect.poll(titles).toContain(samples[2].title);
  });

  it('finds a clipping by a word of its text and opens it from the results', async () => {
    await fill(page, 'search-input', '荷花');
    await expect.poll(() => text(page, 'search-result')).toContain('盛夏时节');
    await click(page, 'search-result');
    await expect.poll(() => valueOf(page, 'edit-title')).toBe('盛夏时节 荷花盛开');
    await fill(page, 'search-input', '');
    // The results close after the box is emptied (a short debounce): the next journey clicks where they stood.
    await expect.poll(() => count(page, 'search-result')).toBe(0);
  });

  it('exports one clipping as a Markdown download, and copies the same Markdown to the clipboard', async () => {
    await openClip(samples[0].title!);
    const file = await ext.download(() => click(page, 'export-md'));
    expect(file.name).toBe('2025-07-01 锻造民族复兴的中流砥柱.md');
    const markdown = file.bytes.toString('utf8');
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('# 锻造民族复兴的中流砥柱');
    expect(markdown).toContain('## 一、坚守初心使命');
    await expect.poll(status).toBe(translate(lang, 'statusExportedMd', { file: file.name }));

    await click(page, 'copy-md');
    await expect.poll(status).toBe(translate(lang, 'statusCopied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });

  it('backs up to JSON, and importing it into an emptied library brings every record back', async () => {
    const before = await stored();
    const backup = await ext.download(() => click(page, 'backup'));
    expect(backup.name).toMatch(/^jianbao-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(backup.bytes.toString('utf8'))).toMatchObject({ formatName: 'jianbao-backup', formatVersion: 1, count: 4 });

    await click(page, 'select-all');
    await click(page, 'delete-selected');
    await expect.poll(stored).toEqual([]);
    await page.waitForSelector(byTestId('list-empty'));

    const file = path.join(scratch, backup.name);
    writeFileSync(file, backup.bytes);
    await ((await page.$(byTestId('import-file'))) as ElementHandle<HTMLInputElement>).uploadFile(file);
    await expect.poll(status).toBe(translate(lang, 'statusImported', { added: 4, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: 0 }));
    const after = await stored();
    expect(after.sort((a, b) => a.id - b.id)).toEqual(before.sort((a, b) => a.id - b.id));
    await expect.poll(titles).toHaveLength(4);
    // The search index was rebuilt for the imported records.
    await expect.poll(async () => (await readTable<{ id: number }>(page, 'jianbao', 'searchRecent')).length).toBeGreaterThanOrEqual(4);
  });

  it('says clearly when a file is not a backup, and imports nothing', async () => {
    const count_ = (await stored()).length;
    const file = path.join(scratch, 'not-a-backup.json');
    writeFileSync(file, '{"hello":"world"}');
    await ((await page.$(byTestId('import-file'))) as ElementHandle<HTMLInputElement>).uploadFile(file);
    await expect.poll(async () => (await page.$eval(byTestId('status-bar'), (el) => el.className)).includes('status-bar--error')).toBe(true);
    expect((await stored()).length).toBe(count_);
    expect(await count(page, 'clip-item')).toBe(count_);
    expect(errors).toEqual([]);
  });
});
