// The background as a whole (lib/background), with WXT's fakeBrowser, a fake
// IndexedDB and stand-ins for the tab (extract, readSelection): page checks
// set the badge, the shortcut and the context menu save straight to the
// database and confirm on the badge, messages reach their handlers.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ARTICLE, BADGE_FAILED, BADGE_SAVED, flashBadge, forgetAllTabs, showPageCheck } from '../../lib/background/badge';
import type { ClipServices } from '../../lib/background/clip';
import { CLIP_PAGE_COMMAND } from '../../lib/background/commands';
import { startBackground } from '../../lib/background';
import { CLIP_SELECTION_MENU } from '../../lib/background/menus';
import type { TabExtractResult } from '../../lib/clip/types';
import { db, saveClipping, StorageError } from '../../lib/db';
import type { ClipArticle } from '../../lib/extract/types';
import { getUiLanguage, t } from '../../lib/i18n';
import { resetDatabase } from '../db/helpers';
import { deliver, installFakeApis } from './fake-apis';

const URL_A = 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30085426.html';

const article: ClipArticle = {
  column: null,
  kicker: '完善养老服务体系',
  title: '社区食堂飘出“家的味道”',
  subtitle: null,
  byline: '本报记者 赵婷',
  continuation: null,
  blocks: [{ type: 'paragraph', text: '中午11点，社区长者食堂里已经坐满了人。' }],
  captions: [],
  url: URL_A,
  source: '人民日报',
  date: '2025-07-01',
  page: '04版 要闻',
};

let apis: ReturnType<typeof installFakeApis>;
let services: { extract: ReturnType<typeof vi.fn>; readSelection: ReturnType<typeof vi.fn>; save: ClipServices['save'] };
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
/** A clip-tab message from the popup, resolving to the background's outcome. */
async function clipTabFromPopup(tabId: number) {
  const reply = (await deliver({ type: 'clip-tab', tabId }, { url: fakeBrowser.runtime.getURL('/popup.html') })) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
const tooltip = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

beforeEach(async () => {
  fakeBrowser.reset();
  forgetAllTabs();
  apis = installFakeApis();
  await resetDatabase();
  services = {
    extract: vi.fn(async (): Promise<TabExtractResult> => ({ ok: true, article, via: 'rmrb-new' })),
    readSelection: vi.fn(async () => null),
    save: saveClipping,
  };
  startBackground(services as unknown as ClipServices);
});

afterEach(() => vi.restoreAllMocks());

describe('page check → badge', () => {
  it('shows 文 on a tab whose page is an article, and clears it when the next page is not', async () => {
    await deliver({ type: 'page-checked', isArticle: true }, { tab: { id: 5 }, frameId: 0 });
    expect(await badge(5)).toBe(BADGE_ARTICLE);
    expect(await tooltip(5)).toBe(t('badgeArticle'));
    expect(await badge(6)).toBe('');

    await deliver({ type: 'page-checked', isArticle: false }, { tab: { id: 5 }, frameId: 0 });
    expect(await badge(5)).toBe('');
    expect(await tooltip(5)).toBe('剪报 Jianbao');
  });

  it('ignores a report from a frame, or from no tab', async () => {
    await deliver({ type: 'page-checked', isArticle: true }, { tab: { id: 5 }, frameId: 3 });
    await deliver({ type: 'page-checked', isArticle: true }, {});
    expect(await badge(5)).toBe('');
  });
});

describe('clip-tab message and the keyboard shortcut', () => {
  it('extracts the tab, saves the article as it is, and flashes ✓', async () => {
    await deliver({ type: 'page-checked', isArticle: true }, { tab: { id: 9 }, frameId: 0 });
    const outcome = await clipTabFromPopup(9);
    expect(outcome).toMatchObject({ ok: true, status: 'added', title: article.title });
    expect(services.extract).toHaveBeenCalledWith(9);
    const [saved] = await db.clippings.toArray();
    expect(saved).toMatchObject({ url: URL_A, title: article.title, kicker: article.kicker, source: '人民日报', date: '2025-07-01', page: '04版 要闻', tags: [] });
    expect(await badge(9)).toBe(BADGE_SAVED);
    expect(await tooltip(9)).toBe(t('badgeSaved', { title: article.title! }));

    expect(await clipTabFromPopup(9)).toMatchObject({ ok: true, status: 'updated' });
    expect(await db.clippings.count()).toBe(1);
    expect(await tooltip(9)).toBe(t('badgeUpdated', { title: article.title! }));
  });

  it('takes clip-tab from extension pages only', async () => {
    const reply = await deliver({ type: 'clip-tab', tabId: 9 }, { url: 'https://example.com/', tab: { id: 9 }, frameId: 0 });
    expect(reply).toEqual({ ok: false, error: 'clip-tab is accepted from extension pages only' });
    expect(services.extract).not.toHaveBeenCalled();
  });

  it('saves nothing from a page without an article, and says why on the badge', async () => {
    services.extract.mockResolvedValue({ ok: false, reason: 'not-article', message: 'No article found on this page.' });
    expect(await clipTabFromPopup(4)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(await db.clippings.count()).toBe(0);
    expect(await badge(4)).toBe(BADGE_FAILED);
    expect(await tooltip(4)).toBe(t('badgeFailed', { message: t('clipNotArticle') }));
  });

  it('shows a storage failure’s own message', async () => {
    // The background holds `services`, so the stand-in is swapped in place.
    services.save = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    expect(await clipTabFromPopup(4)).toMatchObject({ ok: false, reason: 'storage' });
    const quota = new StorageError('quota');
    expect(await tooltip(4)).toBe(t('badgeFailed', { message: getUiLanguage() === 'zh' ? quota.message_zh : quota.message_en }));
  });

  it('clips the tab the shortcut was pressed on (Alt+Shift+S → clip-page)', async () => {
    await apis.commands.onCommand.trigger(CLIP_PAGE_COMMAND, { id: 12, windowId: 1 });
    expect(services.extract).toHaveBeenCalledWith(12);
    expect(await db.clippings.count()).toBe(1);
    expect(await badge(12)).toBe(BADGE_SAVED);
  });

  it('clips the active tab when the command comes without one', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true, windowId: window!.id });
    await apis.commands.onCommand.trigger(CLIP_PAGE_COMMAND);
    expect(services.extract).toHaveBeenCalledWith(tab.id);
  });

  it('passes the library command on to the side panel, and ignores unknown commands', async () => {
    await apis.commands.onCommand.trigger('open-library', { id: 1, windowId: 3 });
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await apis.commands.onCommand.trigger('no-such-command', { id: 1 });
    expect(services.extract).not.toHaveBeenCalled();
  });
});

describe('context menu: clip selection', () => {
  const PAGE_URL = 'https://www.people.com.cn/n1/2025/0701/c1001-1.html';
  const click = (info: Record<string, unknown>, tab: Record<string, unknown> | undefined) =>
    apis.contextMenus.onClicked.trigger({ menuItemId: CLIP_SELECTION_MENU, frameId: 0, pageUrl: PAGE_URL, ...info }, tab);

  it('is created on install, for selected text only, named in the interface language', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(apis.contextMenus.removeAll).toHaveBeenCalled();
    expect(apis.contextMenus.create).toHaveBeenCalledWith({ id: CLIP_SELECTION_MENU, title: t('menuClipSelection'), contexts: ['selection'] });
  });

  it('saves the selection read from the frame (line breaks kept), cleaned, with the page URL and title', async () => {
    services.readSelection.mockResolvedValue('近年来，当地 持续 推进 老旧小区改造，\n加装电梯 120 部。\n\n居民说，出门方便多了。');
    await click({ frameId: 2, selectionText: 'flattened copy' }, { id: 3, title: '老旧小区焕新颜 - 人民网' });
    expect(services.readSelection).toHaveBeenCalledWith(3, 2);
    const [saved] = await db.clippings.toArray();
    expect(saved.title).toBe('老旧小区焕新颜');
    expect(saved.url!.startsWith(`${PAGE_URL}#:~:text=`)).toBe(true);
    expect(saved.blocks.map((b) => b.text)).toEqual(['近年来，当地持续推进老旧小区改造，加装电梯120部。', '居民说，出门方便多了。']);
    expect(await badge(3)).toBe(BADGE_SAVED);
    expect(await tooltip(3)).toBe(t('badgeSavedMany', { added: 1, updated: 0 }));
  });

  it('falls back to the menu’s copy of the selection when the frame cannot be read (a PDF viewer)', async () => {
    await click({ selectionText: '居民说，出门方便多了。' }, { id: 3, title: '某页' });
    expect((await db.clippings.toArray()).map((c) => c.blocks[0].text)).toEqual(['居民说，出门方便多了。']);
  });

  it('saves a whole selected newspaper page as its articles', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/eval/003_0078cb0db730c42f.txt', import.meta.url), 'utf8');
    services.readSelection.mockResolvedValue(text);
    await click({}, { id: 3, title: '辽源日报' });
    const saved = await db.clippings.toArray();
    expect(saved).toHaveLength(5);
    for (const c of saved) expect(c).toMatchObject({ source: '辽源日报', date: '2021-10-22' });
    expect(await tooltip(3)).toBe(t('badgeSavedMany', { added: 5, updated: 0 }));
  });

  it('saves nothing for an empty selection and shows !', async () => {
    await click({ selectionText: '   ' }, { id: 3, title: '某页' });
    expect(await db.clippings.count()).toBe(0);
    expect(await badge(3)).toBe(BADGE_FAILED);
  });
});

describe('badge flashes', () => {
  it('returns to the page’s own badge after the flash, and only the latest flash restores', async () => {
    await showPageCheck(21, true);
    await flashBadge(21, BADGE_SAVED, 'saved', 30);
    expect(await badge(21)).toBe(BADGE_SAVED);
    await new Promise((r) => setTimeout(r, 15));
    await flashBadge(21, BADGE_FAILED, 'failed', 60);
    await new Promise((r) => setTimeout(r, 30));
    // The first flash's time is up, but the second is still showing.
    expect(await badge(21)).toBe(BADGE_FAILED);
    await new Promise((r) => setTimeout(r, 60));
    expect(await badge(21)).toBe(BADGE_ARTICLE);
  });

  it('takes a page check that arrives during a flash as the badge to return to', async () => {
    await showPageCheck(22, true);
    await flashBadge(22, BADGE_SAVED, 'saved', 30);
    await showPageCheck(22, false);
    expect(await badge(22)).toBe(BADGE_SAVED);
    await new Promise((r) => setTimeout(r, 60));
    expect(await badge(22)).toBe('');
  });
});
