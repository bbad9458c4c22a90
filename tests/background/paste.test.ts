// The background's side of cleaning pasted text: the clean-paste and
// save-paste messages from the content script, and the menu item and
// shortcut that ask the tab to paste the clipboard cleaned. WXT's fakeBrowser,
// a fake IndexedDB, and a stand-in for tabs.sendMessage (the tab's answer).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { BADGE_FAILED, forgetAllTabs } from '../../lib/background/badge';
import type { ClipServices } from '../../lib/background/clip';
import { PASTE_CLEANED_COMMAND } from '../../lib/background/commands';
import { PASTE_CLEANED_MENU } from '../../lib/background/menus';
import { describeSaved } from '../../lib/clip/describe';
import { db, saveClipping } from '../../lib/db';
import { t } from '../../lib/i18n';
import { cleanText } from '../../lib/parse/clean-text';
import { PASTE_SETTINGS_KEY } from '../../lib/paste/settings';
import type { SavedPaste } from '../../lib/paste/types';
import { resetDatabase } from '../db/helpers';
import { COLUMN_TEXT } from '../paste/dom';
import { deliver, installFakeApis } from './fake-apis';

const PAGE_TEXT = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/eval/001_fe3d9ee136b87dc0.txt'), 'utf8');
const EDITOR_URL = 'https://bbs.example.com/post/new';
/** A content script's sender: the page's frame. */
const fromPage = { tab: { id: 4, url: EDITOR_URL }, frameId: 0, url: EDITOR_URL };

let apis: ReturnType<typeof installFakeApis>;
let tabAnswer: ReturnType<typeof vi.fn>;

/** The reply's value, or the handler's error thrown. */
async function ask(message: unknown, sender: Record<string, unknown> = fromPage) {
  const reply = (await deliver(message, sender)) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const tooltip = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

beforeEach(async () => {
  fakeBrowser.reset();
  forgetAllTabs();
  apis = installFakeApis();
  await resetDatabase();
  // What the tab's content script answers (lib/content/paste.ts), wrapped as lib/messages.ts replies.
  tabAnswer = vi.fn(async () => ({ ok: true, value: { ok: true } }));
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = tabAnswer;
  const services: ClipServices = { extract: vi.fn(), readSelection: vi.fn(async () => null), save: saveClipping };
  startBackground(services);
});

afterEach(() => vi.restoreAllMocks());

describe('clean-paste', () => {
  it('answers with the parser’s clean text', async () => {
    const clean = await ask({ type: 'clean-paste', text: PAGE_TEXT });
    expect(clean).toBe(cleanText(PAGE_TEXT));
    expect(clean).toMatch(/^锻造民族复兴的中流砥柱\n\n钟华论\n\n1921—2025，历史长河奔涌不息/);
  });

  it('answers empty for blank text', async () => {
    expect(await ask({ type: 'clean-paste', text: '  \n ' })).toBe('');
  });
});

describe('save-paste', () => {
  it('saves the articles, addressed by the page they were pasted on, and says so', async () => {
    const saved = (await ask({ type: 'save-paste', text: PAGE_TEXT })) as SavedPaste;
    const stored = await db.clippings.toArray();
    expect(stored.length).toBeGreaterThan(0);
    expect(saved).toMatchObject({ ok: true, added: stored.length, updated: 0 });
    expect(saved.summary).toBe(describeSaved(saved));
    expect(stored.map((c) => c.title)).toContain('锻造民族复兴的中流砥柱');
    for (const c of stored) expect(c.url!.startsWith(`${EDITOR_URL}#:~:text=`)).toBe(true);
  });

  it('saving the same paste again updates, and adds no copies', async () => {
    await ask({ type: 'save-paste', text: COLUMN_TEXT });
    const again = (await ask({ type: 'save-paste', text: COLUMN_TEXT })) as { added: number; updated: number };
    expect(again).toMatchObject({ added: 0, updated: 1 });
    expect(await db.clippings.count()).toBe(1);
  });

  it('saves nothing from blank text, and says why', async () => {
    const saved = (await ask({ type: 'save-paste', text: ' ' })) as { ok: false; reason: string; summary: string };
    expect(saved).toMatchObject({ ok: false, reason: 'no-text', summary: t('clipNoText') });
    expect(await db.clippings.count()).toBe(0);
  });

  it('from an extension page, keeps no address (it is no web page)', async () => {
    await ask({ type: 'save-paste', text: COLUMN_TEXT }, { url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    const [stored] = await db.clippings.toArray();
    expect(stored.url).toBeNull();
  });
});

describe('who may ask to save or to change a setting', () => {
  it('save-paste is refused from anything but the extension’s own content script in a web page, or its pages', async () => {
    for (const sender of [{}, { url: EDITOR_URL }, { tab: { id: 4 }, url: 'file:///etc/passwd' }, { ...fromPage, id: 'another-extension' }]) {
      await expect(ask({ type: 'save-paste', text: COLUMN_TEXT }, sender), JSON.stringify(sender)).rejects.toThrow(/accepted from/);
    }
    await expect(ask({ type: 'save-paste' }, fromPage)).rejects.toThrow(/pasted text/);
    expect(await db.clippings.count()).toBe(0);
    await ask({ type: 'save-paste', text: COLUMN_TEXT }, { ...fromPage, id: fakeBrowser.runtime.id });
    expect(await db.clippings.count()).toBe(1);
  });

  it('mute-site turns the prompt off only for the sender’s own site, and only from a page’s content script', async () => {
    const stored = async () => ((await fakeBrowser.storage.local.get(PASTE_SETTINGS_KEY))[PASTE_SETTINGS_KEY] ?? null) as { disabledSites: string[] } | null;
    await expect(ask({ type: 'mute-site', host: 'victim.example' })).rejects.toThrow(/own site/);
    await expect(ask({ type: 'mute-site', host: 'bbs.example.com' }, { url: fakeBrowser.runtime.getURL('/sidepanel.html') })).rejects.toThrow(/paste prompt only/);
    expect(await stored()).toBeNull();
    await ask({ type: 'mute-site', host: 'BBS.example.com' });
    expect((await stored())!.disabledSites).toEqual(['bbs.example.com']);
  });
});

describe('context menu: paste cleaned text', () => {
  const click = (info: Record<string, unknown>, tab?: Record<string, unknown>) =>
    apis.contextMenus.onClicked.trigger({ menuItemId: PASTE_CLEANED_MENU, frameId: 0, editable: true, ...info }, tab);

  it('is created on install, on text fields only, named in the interface language', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(apis.contextMenus.create).toHaveBeenCalledWith({ id: PASTE_CLEANED_MENU, title: t('menuPasteCleaned'), contexts: ['editable'] });
    expect(t('menuPasteCleaned')).toMatch(/^(粘贴清理后的文字|Paste cleaned text)$/);
  });

  it('asks the clicked frame of the tab to paste the clipboard cleaned; nothing on the badge when it did', async () => {
    const [outcome] = await click({ frameId: 2 }, { id: 7 });
    expect(tabAnswer).toHaveBeenCalledWith(7, { type: 'paste-clipboard-cleaned' }, { frameId: 2 });
    expect(outcome).toEqual({ ok: true });
    expect(await badge(7)).toBe('');
  });

  it.each([
    [{ ok: false, reason: 'no-field' }, () => t('pasteNoField')],
    [{ ok: false, reason: 'empty' }, () => t('pasteClipboardEmpty')],
    [{ ok: false, reason: 'clipboard', message: 'Read permission denied.' }, () => t('pasteNoClipboard', { message: 'Read permission denied.' })],
  ])('shows ! and the reason when the tab could not paste: %o', async (answer, reason) => {
    tabAnswer.mockResolvedValueOnce({ ok: true, value: answer });
    const [outcome] = await click({}, { id: 7 });
    expect(outcome).toEqual(answer);
    expect(await badge(7)).toBe(BADGE_FAILED);
    expect(await tooltip(7)).toBe(t('badgeFailed', { message: reason() }));
  });

  it('says it cannot paste there when no content script answers (a browser page, a frame)', async () => {
    tabAnswer.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const [outcome] = await click({ frameId: 5 }, { id: 8 });
    expect(outcome).toMatchObject({ ok: false, reason: 'no-access' });
    expect(await tooltip(8)).toBe(t('badgeFailed', { message: t('pasteNoAccess') }));
  });

  it('does nothing without a tab', async () => {
    expect(await click({}, undefined)).toEqual([undefined]);
    expect(tabAnswer).not.toHaveBeenCalled();
  });

  it('asks for the optional clipboardRead inside the click, before anything is awaited', async () => {
    const done = click({ frameId: 2 }, { id: 7 });
    // Synchronously, in the click: the browser asks for a permission only there.
    expect(apis.permissions.request).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
    expect(tabAnswer).not.toHaveBeenCalled();
    await done;
    expect(tabAnswer).toHaveBeenCalledWith(7, { type: 'paste-clipboard-cleaned' }, { frameId: 2 });
  });

  it('reads nothing when the person refuses the permission, and says why', async () => {
    apis.permissions.request.mockResolvedValueOnce(false);
    const [outcome] = await click({}, { id: 7 });
    expect(outcome).toEqual({ ok: false, reason: 'no-permission' });
    expect(tabAnswer).not.toHaveBeenCalled();
    expect(await badge(7)).toBe(BADGE_FAILED);
    expect(await tooltip(7)).toBe(t('badgeFailed', { message: t('pasteNoPermission') }));
  });

  it('a browser that throws on the request (no gesture) counts as refused', async () => {
    apis.permissions.request.mockImplementationOnce(() => {
      throw new Error('This function must be called during a user gesture');
    });
    const [outcome] = await click({}, { id: 7 });
    expect(outcome).toEqual({ ok: false, reason: 'no-permission' });
    expect(tabAnswer).not.toHaveBeenCalled();
  });
});

describe('shortcut: paste cleaned text', () => {
  it('asks the tab’s top frame to paste', async () => {
    await apis.commands.onCommand.trigger(PASTE_CLEANED_COMMAND, { id: 12, windowId: 1 });
    expect(tabAnswer).toHaveBeenCalledWith(12, { type: 'paste-clipboard-cleaned' }, { frameId: 0 });
  });

  it('asks for clipboardRead in the key press, before it looks the tab up', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: EDITOR_URL, active: true, windowId: window!.id });
    const done = apis.commands.onCommand.trigger(PASTE_CLEANED_COMMAND);
    expect(apis.permissions.request).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
    await done;
    apis.permissions.request.mockResolvedValueOnce(false);
    tabAnswer.mockClear();
    await apis.commands.onCommand.trigger(PASTE_CLEANED_COMMAND, { id: 12, windowId: 1 });
    expect(tabAnswer).not.toHaveBeenCalled();
  });

  it('without a tab, asks the active tab of the current window', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: EDITOR_URL, active: true, windowId: window!.id });
    await apis.commands.onCommand.trigger(PASTE_CLEANED_COMMAND);
    expect(tabAnswer).toHaveBeenCalledWith(tab.id, { type: 'paste-clipboard-cleaned' }, { frameId: 0 });
  });
});
