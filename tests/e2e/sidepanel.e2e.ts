// The side panel's library in Chromium with the built extension: list, reader,
// editing, delete and undo, Markdown and zip downloads, clipboard, backup and
// import, keyboard use, and the ways to open the panel.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, translate, type Language } from '@/lib/i18n';
import { BackupError } from '@/lib/export/backup-error';
import { OPEN_LIBRARY_COMMAND } from '@/lib/library/side-panel';
import { EVAL_PAGES_DIR, ROOT, launchExtension, openPopup, openSidePanel, readClippings, readIndexedDb, type ExtensionSession } from './helpers';
import { generatedClippings, sampleClippings, seedClippings, waitForLibrary, type SeedClipping } from './library-fixtures';

type Stored = SeedClipping & { id: number };

describe('side panel library', () => {
  let session: ExtensionSession;
  let page: Page;
  let errors: string[];
  let lang: Language;
  let ids: number[];
  const samples = sampleClippings();
  /** The samples newest first, as the list shows them. */
  const newestFirst = [...samples].reverse();

  const status = () => page.getByTestId('status-bar').getByTestId('status');
  const titles = () => page.getByTestId('clip-title').allInnerTexts();
  const stored = () => readClippings<Stored>(session, page);
  const storedById = async (id: number) => (await stored()).find((c) => c.id === id);
  /**
   * Ids in the search index, which the side panel keeps in step with its
   * writes: the merged ones (the docs shards) and the recent rows over them,
   * a deleted clipping's row a tombstone.
   */
  const indexedIds = async () => {
    const [recent, meta] = await Promise.all([
      readIndexedDb<{ id: number; deleted?: boolean }>(page, { database: 'jianbao', table: 'searchRecent' }),
      readIndexedDb<{ key: string; ids?: ArrayLike<number> }>(page, { database: 'jianbao', table: 'searchMeta' }),
    ]);
    const ids = new Set(meta.filter((row) => row.key.startsWith('docs:')).flatMap((row) => Object.values(row.ids ?? {}).map(Number)));
    for (const row of recent) {
      if (row.deleted) ids.delete(row.id);
      else ids.add(row.id);
    }
    return [...ids];
  };
  const openClip = async (title: string) => {
    await page.getByTestId('clip-title').filter({ hasText: title }).click();
    await expect.poll(() => page.getByTestId('edit-title').inputValue()).toBe(title);
  };
  const download = async (click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return { file, bytes: readFileSync((await file.path())!) };
  };

  beforeAll(async () => {
    session = await launchExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    ({ page, errors } = await openSidePanel(session));
    await page.setViewportSize({ width: 1100, height: 800 });
    await waitForLibrary(page);
    lang = pickLanguage(await page.evaluate(() => navigator.language));
    ids = await seedClippings(page, samples);
    await page.reload();
    await page.getByTestId('clip-item').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the clippings newest first with paper, date and page', async () => {
    await expect.poll(titles).toEqual(newestFirst.map((c) => c.title));
    const first = page.getByTestId('clip-item').first();
    const text = await first.innerText();
    for (const part of [newestFirst[0].source!, newestFirst[0].date!, newestFirst[0].page!]) expect(text).toContain(part);
    expect(await page.getByTestId('list-count').innerText()).toBe(translate(lang, 'listCount', { n: samples.length }));
  });

  it('shows a clipping in the reader: head, body, citation and a safe link to the original', async () => {
    const commentary = samples[0];
    await openClip(commentary.title!);
    const reader = page.getByTestId('reader');
    const text = await reader.innerText();
    for (const part of [commentary.column!, commentary.kicker!, commentary.subtitle!, commentary.byline!, '一、坚守初心使命', '（本文作者为本报评论员）']) {
      expect(text).toContain(part);
    }
    expect(await reader.locator('h3').allInnerTexts()).toEqual(['一、坚守初心使命', '二、勇于自我革命']);
    expect(await page.getByTestId('citation').innerText()).toBe('钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).');
    const link = page.getByTestId('reader-link');
    expect(await link.getAttribute('href')).toBe(commentary.url);
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('saves an edited title on Enter (IndexedDB and list) and drops an edit on Esc', async () => {
    const id = ids[1];
    await openClip(samples[1].title!);
    const field = page.getByTestId('edit-title');
    await field.fill('夏粮丰收 产量稳中有增（改）');
    await field.press('Enter');
    await expect.poll(async () => (await storedById(id))?.title).toBe('夏粮丰收 产量稳中有增（改）');
    await expect.poll(titles).toContain('夏粮丰收 产量稳中有增（改）');
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusSaved'));

    await field.fill('不该保存的标题');
    await field.press('Escape');
    await expect.poll(() => field.inputValue()).toBe('夏粮丰收 产量稳中有增（改）');
    expect((await storedById(id))?.title).toBe('夏粮丰收 产量稳中有增（改）');
  });

  it('saves tags and a note', async () => {
    await openClip(samples[3].title!);
    await page.getByTestId('edit-tags').fill('评论，城市');
    await page.getByTestId('edit-tags').press('Enter');
    await page.getByTestId('edit-note').fill('老街区');
    await page.getByTestId('edit-note').press('Enter');
    await expect.poll(async () => {
      const c = await storedById(ids[3]);
      return [c?.tags, c?.note];
    }).toEqual([['评论', '城市'], '老街区']);
  });

  it('deletes a clipping and Undo restores the very same record', async () => {
    const id = ids[2];
    const before = await storedById(id);
    await openClip(samples[2].title!);
    await page.getByTestId('delete-clip').click();
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusDeleted', { n: 1 }));
    await expect.poll(() => storedById(id)).toBeUndefined();
    await expect.poll(titles).not.toContain(samples[2].title);
    expect(await indexedIds()).not.toContain(id);

    await page.getByTestId('undo').click();
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusRestored', { n: 1 }));
    expect(await storedById(id)).toEqual(before);
    await expect.poll(titles).toContain(samples[2].title);
    expect(await indexedIds()).toContain(id);
  });

  it('exports one clipping as a Markdown download and copies it to the clipboard', async () => {
    await openClip(samples[0].title!);
    const { file, bytes } = await download(() => page.getByTestId('export-md').click());
    expect(file.suggestedFilename()).toBe('2025-07-01 锻造民族复兴的中流砥柱.md');
    const markdown = bytes.toString('utf8');
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('# 锻造民族复兴的中流砥柱');
    expect(markdown).toContain('## 一、坚守初心使命');
    expect(markdown).toContain('一百零四年风雨兼程');
    expect(markdown).toContain('引用：钟华论. 锻造民族复兴的中流砥柱\\[N\\]. 人民日报, 2025-07-01(4).');
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusExportedMd', { file: file.suggestedFilename() }));

    await page.getByTestId('copy-md').click();
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusCopied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });

  it('exports all clippings as a zip of Markdown files', async () => {
    const { file, bytes } = await download(() => page.getByTestId('export-all').click());
    expect(file.suggestedFilename()).toMatch(/^jianbao-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual([
      '2025-06-30 城市更新要留住烟火气.md',
      '2025-06-28 盛夏时节 荷花盛开.md',
      '2025-07-01 夏粮丰收 产量稳中有增（改）.md',
      '2025-07-01 锻造民族复兴的中流砥柱.md',
    ]);
    const photo = strFromU8(files['2025-06-28 盛夏时节 荷花盛开.md']);
    expect(photo).toContain('# 盛夏时节 荷花盛开');
    expect(photo).toContain('> 图为游客在瘦西湖景区赏荷。');
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusExportedZip', { n: 4, file: file.suggestedFilename() }));
  });

  it('exports only the clippings ticked with click and shift-click', async () => {
    const boxes = page.getByTestId('clip-select');
    await boxes.nth(1).click();
    await boxes.nth(2).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('list-count').innerText()).toBe(translate(lang, 'selectedCount', { n: 2 }));
    const { bytes } = await download(() => page.getByTestId('export-all').click());
    expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toEqual(['2025-06-28 盛夏时节 荷花盛开.md', '2025-07-01 夏粮丰收 产量稳中有增（改）.md']);
    await page.getByTestId('select-all').click(); // some ticked: ticks all
    await page.getByTestId('select-all').click(); // all ticked: ticks none
    await expect.poll(() => page.getByTestId('list-count').innerText()).toBe(translate(lang, 'listCount', { n: 4 }));
  });

  it('backs up to JSON, and importing it into an emptied library brings every record back', async () => {
    const before = await stored();
    const { file, bytes } = await download(() => page.getByTestId('backup').click());
    expect(file.suggestedFilename()).toMatch(/^jianbao-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(bytes.toString('utf8'));
    expect(backup).toMatchObject({ formatName: 'jianbao-backup', formatVersion: 1, count: 4 });

    await page.getByTestId('select-all').click();
    await page.getByTestId('delete-selected').click();
    await expect.poll(() => stored()).toEqual([]);
    await page.getByTestId('list-empty').waitFor();

    await page.getByTestId('import-file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusImported', { added: 4, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: 0 }));
    const after = await stored();
    expect(after.sort((a, b) => a.id - b.id)).toEqual(before.sort((a, b) => a.id - b.id));
    await expect.poll(titles).toHaveLength(4);

    // The same file again changes nothing.
    await page.getByTestId('import-file').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusImported', { added: 0, updated: 0, kept: 0, conflicts: 0, unchanged: 4, rejected: 0 }));
  });

  it('imports the good records of a backup and reports the bad ones with their reasons', async () => {
    const good = { ...samples[0], title: '新导入的一篇', url: null, blocks: [{ type: 'paragraph', text: '导入的正文。' }] };
    const bad = { ...samples[1], date: '2025/07/01' };
    const text = JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, exportedAt: new Date().toISOString(), count: 3, clippings: [good, bad, 42] });
    await page.getByTestId('import-file').setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    // A date written 2025/07/01 is repaired (issue 12: coerced, or the record rejected with a reason); 42 is rejected.
    await expect.poll(() => status().innerText()).toBe(translate(lang, 'statusImported', { added: 2, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: 1 }));
    const details = await page.getByTestId('status-details').locator('li').allInnerTexts();
    expect(details).toContain(translate(lang, 'importRejectedItem', { n: 3, reason: 'expected an object, got number' }));
    expect(details.some((d) => d.startsWith(translate(lang, 'importRepairedItem', { n: 2, repairs: '' })))).toBe(true);
    expect((await stored()).map((c) => c.title)).toContain('新导入的一篇');
    await expect.poll(titles).toContain('新导入的一篇');
  });

  it('says clearly when a file is not a usable backup, and imports nothing', async () => {
    const count = (await stored()).length;
    const message = (code: 'not-json' | 'not-backup' | 'unsupported-version') => {
      const error = new BackupError(code);
      return lang === 'zh' ? error.message_zh : error.message_en;
    };
    const cases: [string, string][] = [
      ['{"formatName":"jianbao-backup","formatVersion":1,"clippings":[{"title":"半', message('not-json')],
      ['{"hello":"world"}', message('not-backup')],
      ['{"formatName":"jianbao-backup","formatVersion":9,"clippings":[]}', message('unsupported-version')],
      ['PK\u0003\u0004 not json at all', message('not-json')],
    ];
    for (const [content, expected] of cases) {
      await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => status().innerText()).toBe(expected);
    }
    expect(await page.getByTestId('status-bar').getAttribute('class')).toContain('status-bar--error');
    expect((await stored()).length).toBe(count);
  });

  it('has the search box at the top, and opens a search result in the reader', async () => {
    const search = page.getByTestId('search-input');
    const box = await search.boundingBox();
    const list = await page.getByTestId('clip-list').boundingBox();
    expect(box!.y).toBeLessThan(list!.y);
    await search.fill('荷花');
    const result = page.getByTestId('search-result').first();
    await expect.poll(() => result.innerText().catch(() => '')).toContain('盛夏时节');
    await result.click();
    await expect.poll(() => page.getByTestId('edit-title').inputValue()).toBe('盛夏时节 荷花盛开');
    await search.fill('');
  });

  it('works from the keyboard: arrows move, Enter opens, Space ticks, Delete deletes, Ctrl+Z undoes', async () => {
    const list = page.getByTestId('clip-list');
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = (await titles())[1];
    await expect.poll(() => page.getByTestId('edit-title').inputValue()).toBe(second);

    await list.focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('list-count').innerText()).toBe(translate(lang, 'selectedCount', { n: 1 }));
    const count = (await stored()).length;
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await stored()).length).toBe(count - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored()).length).toBe(count);
    expect(await page.getByTestId('shortcuts-help').innerText()).toBe(translate(lang, 'shortcutsHelp'));
  });

  it('shows the reader in place of the list in a narrow panel, and Esc goes back', async () => {
    await page.setViewportSize({ width: 380, height: 760 });
    // The previous test left a clipping open: the list is hidden until "back".
    expect(await page.getByTestId('clip-list').isVisible()).toBe(false);
    await page.getByTestId('reader-back').click();
    await expect.poll(() => page.getByTestId('clip-list').isVisible()).toBe(true);
    await page.getByTestId('clip-title').first().click();
    await expect.poll(() => page.getByTestId('reader').isVisible()).toBe(true);
    expect(await page.getByTestId('clip-list').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('clip-list').isVisible()).toBe(true);
    expect(await page.getByTestId('reader').count()).toBe(0);
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  it('saves articles pasted into the side panel’s paste box, and lists them at once', async () => {
    const pages = existsSync(EVAL_PAGES_DIR) ? readdirSync(EVAL_PAGES_DIR).filter((n) => n.endsWith('.txt')).sort() : [];
    expect(pages.length, `no example pages in ${EVAL_PAGES_DIR}`).toBeGreaterThan(0);
    const before = (await stored()).length;
    await page.getByTestId('paste-section').locator('summary').click();
    await page.getByTestId('paste-input').fill(readFileSync(path.join(EVAL_PAGES_DIR, pages[0]), 'utf8'));
    await page.getByTestId('paste-parse').click();
    const parsed = await page.getByTestId('parsed-article').count();
    expect(parsed).toBeGreaterThan(0);
    // One status line on the page: the paste box reports to the library's.
    expect(await page.getByTestId('status').count()).toBe(1);
    await page.getByTestId('save-parsed').click();
    await expect.poll(async () => (await stored()).length).toBe(before + parsed);
    await expect.poll(() => page.getByTestId('clip-item').first().getAttribute('aria-setsize')).toBe(String(before + parsed));
    await page.getByTestId('paste-section').locator('summary').click();
  });

  it('opens the side panel from the popup button', async () => {
    const { page: popup, errors: popupErrors } = await openPopup(session);
    await popup.getByTestId('open-library').click();
    const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(session.baseUrl))!;
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          type Runtime = { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
          const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
          return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
        }),
      )
      .toBeGreaterThan(0);
    expect(popupErrors).toEqual([]);
    if (!popup.isClosed()) await popup.close();
  });

  it('keeps a long list virtual: few rows in the page, the right ones at any scroll position', async () => {
    await seedClippings(page, generatedClippings(2_000));
    await page.reload();
    await page.getByTestId('clip-item').first().waitFor();
    const all = (await stored()).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    expect(all.length).toBeGreaterThan(2_000);
    expect(await page.getByTestId('clip-item').count()).toBeLessThan(60);

    const list = page.getByTestId('clip-list');
    await list.evaluate((el) => (el.scrollTop = 1_000 * 60));
    const row = page.locator('[data-testid="clip-item"][aria-posinset="1001"]');
    await expect.poll(() => row.getByTestId('clip-title').innerText().catch(() => '')).toBe(all[1_000].title);

    await list.focus();
    await page.keyboard.press('End');
    const last = page.locator(`[data-testid="clip-item"][aria-posinset="${all.length}"]`);
    await expect.poll(() => last.isVisible()).toBe(true);
    // A row scrolled into view shows "Loading…" until its record arrives.
    await expect.poll(() => last.getByTestId('clip-title').innerText()).toBe(all.at(-1)!.title);
    expect(await page.getByTestId('clip-item').count()).toBeLessThan(60);
  });

  it('declares the shortcut and the panel for Chrome and Firefox', () => {
    const chrome = JSON.parse(readFileSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(path.join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8'));
    for (const manifest of [chrome, firefox]) {
      expect(manifest.commands?.[OPEN_LIBRARY_COMMAND]?.suggested_key?.default).toBe('Alt+Shift+J');
    }
    expect(chrome.side_panel?.default_path).toBe('sidepanel.html');
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('logged no errors in the side panel', () => {
    expect(errors).toEqual([]);
  });
});
