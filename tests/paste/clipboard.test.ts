// @vitest-environment happy-dom
// lib/paste/clipboard.ts: the menu item's and shortcut's paste, with the
// clipboard and the background's cleaner stood in for.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pasteClipboardCleaned } from '../../lib/paste/clipboard';
import { COLUMN_TEXT } from './dom';

const CLEAN = '抗旱保秋粮\n\n入夏以来，我市多地持续高温少雨。';
const clean = vi.fn(async (_text: string) => CLEAN);
const clipboard = (text: string) => vi.fn(async () => text);

beforeEach(() => {
  clean.mockClear();
  document.body.innerHTML = '<textarea id="t">前文后文</textarea><input id="i" value="标题："><p id="p">正文</p>';
});

describe('pasteClipboardCleaned', () => {
  it('types the cleaned clipboard over the selection of the focused textarea', async () => {
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(2, 2);
    expect(await pasteClipboardCleaned(document, clean, clipboard(COLUMN_TEXT))).toEqual({ ok: true });
    expect(clean).toHaveBeenCalledWith(COLUMN_TEXT);
    expect(field.value).toBe(`前文${CLEAN}后文`);
    expect(field.selectionStart).toBe(2 + CLEAN.length);
  });

  it('runs the paragraphs on in a one-line input', async () => {
    const field = document.getElementById('i') as HTMLInputElement;
    field.focus();
    field.setSelectionRange(3, 3);
    await pasteClipboardCleaned(document, clean, clipboard(COLUMN_TEXT));
    expect(field.value).toBe('标题：抗旱保秋粮 入夏以来，我市多地持续高温少雨。');
  });

  it('does nothing, and says why, without a focused field, a readable clipboard or text to keep', async () => {
    expect(await pasteClipboardCleaned(document, clean, clipboard(COLUMN_TEXT))).toEqual({ ok: false, reason: 'no-field' });
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    const denied = vi.fn(async () => {
      throw new DOMException('Read permission denied.', 'NotAllowedError');
    });
    expect(await pasteClipboardCleaned(document, clean, denied)).toEqual({ ok: false, reason: 'clipboard', message: 'Read permission denied.' });
    expect(await pasteClipboardCleaned(document, clean, clipboard(' \n '))).toEqual({ ok: false, reason: 'empty' });
    expect(clean).not.toHaveBeenCalled();
    clean.mockResolvedValueOnce('');
    expect(await pasteClipboardCleaned(document, clean, clipboard('\u0000\u0001'))).toEqual({ ok: false, reason: 'empty' });
    expect(field.value).toBe('前文后文');
  });
});
