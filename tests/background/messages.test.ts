// lib/messages.ts: one union, a handler per type, replies that carry errors.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createMessageListener,
  createTabMessageListener,
  isMessage,
  isTabMessage,
  sendMessage,
  sendTabMessage,
  type MessageHandlers,
} from '../../lib/messages';
import { deliver } from './fake-apis';

function handlers(overrides: Partial<MessageHandlers> = {}): MessageHandlers {
  return {
    'page-checked': vi.fn(),
    'clip-tab': vi.fn(async (message) => ({ ok: true as const, status: 'added' as const, id: message.tabId * 10, title: '题' })),
    'clean-paste': vi.fn((message) => message.text.trim()),
    'save-paste': vi.fn(async () => ({ ok: true as const, added: 1, updated: 0, titles: ['题'], summary: '已保存' })),
    'mute-site': vi.fn(),
    ...overrides,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('isMessage', () => {
  it('knows the union’s types and nothing else', () => {
    expect(isMessage({ type: 'page-checked', isArticle: true })).toBe(true);
    expect(isMessage({ type: 'clip-tab', tabId: 1 })).toBe(true);
    expect(isMessage({ type: 'clean-paste', text: '' })).toBe(true);
    expect(isMessage({ type: 'save-paste', text: '' })).toBe(true);
    for (const other of [{ type: 'toString' }, { type: 'paste-clean' }, { type: 'paste-clipboard-cleaned' }, { action: 'clip-tab' }, null, 'clip-tab', 3]) {
      expect(isMessage(other), JSON.stringify(other)).toBe(false);
    }
  });

  it('keeps the two directions apart: a tab message is not the background’s, and the other way round', () => {
    expect(isTabMessage({ type: 'paste-clipboard-cleaned' })).toBe(true);
    for (const other of [{ type: 'clean-paste', text: '' }, { type: 'page-checked' }, { type: 'hasOwnProperty' }, null]) {
      expect(isTabMessage(other), JSON.stringify(other)).toBe(false);
    }
  });
});

describe('tab messages', () => {
  it('reach the content script’s handler, and its value comes back to sendTabMessage', async () => {
    const handler = vi.fn(async () => ({ ok: false as const, reason: 'no-field' as const }));
    const listener = createTabMessageListener({ 'paste-clipboard-cleaned': handler });
    // tabs.sendMessage in the content script's world: the same listener, answered through sendResponse.
    const sendToTab = vi.fn(
      (_tabId: number, message: unknown) => new Promise((resolve) => listener(message, { id: 'ext' }, resolve)),
    );
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = sendToTab;
    expect(await sendTabMessage(3, { type: 'paste-clipboard-cleaned' }, 2)).toEqual({ ok: false, reason: 'no-field' });
    expect(sendToTab).toHaveBeenCalledWith(3, { type: 'paste-clipboard-cleaned' }, { frameId: 2 });
    expect(handler).toHaveBeenCalledOnce();
    expect(listener({ type: 'clean-paste', text: '' }, {}, vi.fn())).toBeUndefined();
  });

  it('reject when the content script fails or nobody answers', async () => {
    const listener = createTabMessageListener({ 'paste-clipboard-cleaned': () => Promise.reject(new Error('no focus')) });
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = (_t: number, m: unknown) =>
      new Promise((resolve) => listener(m, {}, resolve));
    await expect(sendTabMessage(1, { type: 'paste-clipboard-cleaned' })).rejects.toThrow('no focus');
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = async () => undefined;
    await expect(sendTabMessage(1, { type: 'paste-clipboard-cleaned' })).rejects.toThrow('No reply to "paste-clipboard-cleaned"');
  });
});

describe('createMessageListener', () => {
  it('hands each message to its type’s handler, with the sender, and replies with its value', async () => {
    const map = handlers();
    fakeBrowser.runtime.onMessage.addListener(createMessageListener(map));
    const sender = { tab: { id: 4 }, frameId: 0 };
    expect(await deliver({ type: 'clip-tab', tabId: 7 }, sender)).toEqual({ ok: true, value: { ok: true, status: 'added', id: 70, title: '题' } });
    expect(map['clip-tab']).toHaveBeenCalledWith({ type: 'clip-tab', tabId: 7 }, sender);
    expect(map['page-checked']).not.toHaveBeenCalled();
  });

  it('replies with the error when a handler throws', async () => {
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener(handlers({ 'clip-tab': () => Promise.reject(new Error('no such tab')) })),
    );
    expect(await deliver({ type: 'clip-tab', tabId: 1 })).toEqual({ ok: false, error: 'no such tab' });
  });

  it('leaves messages outside the union to other listeners', () => {
    const map = handlers();
    const listener = createMessageListener(map);
    const sendResponse = vi.fn();
    expect(listener({ type: 'someone-else' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('sendMessage', () => {
  it('resolves to the handler’s value', async () => {
    fakeBrowser.runtime.onMessage.addListener(createMessageListener(handlers()));
    expect(await sendMessage({ type: 'clip-tab', tabId: 2 })).toEqual({ ok: true, status: 'added', id: 20, title: '题' });
  });

  it('rejects with the handler’s error', async () => {
    fakeBrowser.runtime.onMessage.addListener(createMessageListener(handlers({ 'page-checked': () => { throw new Error('boom'); } })));
    await expect(sendMessage({ type: 'page-checked', isArticle: true })).rejects.toThrow('boom');
  });

  it('rejects when nobody answers', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(sendMessage({ type: 'page-checked', isArticle: false })).rejects.toThrow('No reply to "page-checked"');
  });
});
