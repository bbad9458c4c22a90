// @vitest-environment happy-dom
// Saving from the paste panel: choose articles, check the page details, save.
// The real parser runs on a page of the shared eval set; the database is stood in for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PastePanel } from '@/components/paste-panel';
import type { ClippingInput, SaveResult } from '@/lib/db';
import { parsePage } from '@/lib/parse';
import { t } from '@/lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/eval/003_0078cb0db730c42f.txt'), 'utf8');

describe('PastePanel saving', () => {
  let container: HTMLDivElement;
  let root: Root;
  let status: string[];
  let save: ReturnType<typeof vi.fn<(input: ClippingInput) => Promise<SaveResult>>>;

  const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  function setValue(el: HTMLElement, text: string) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
    act(() => el.dispatchEvent(new Event('input', { bubbles: true })));
  }
  const paste = async (text: string) => {
    setValue(byTestId('paste-input')[0], text);
    await act(async () => byTestId('paste-parse')[0].click());
  };
  const clickSave = () => act(async () => byTestId('save-parsed')[0].click());

  beforeEach(() => {
    status = [];
    let id = 0;
    save = vi.fn(async (input: ClippingInput) => ({
      status: 'added' as const,
      clipping: { ...input, id: ++id, url: null, source: null, date: null, page: null, tags: [], note: '', createdAt: 0, updatedAt: 0, contentHash: '0' },
    }));
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<PastePanel onStatus={(s) => status.push(s)} save={save} />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('reports to the page’s status line instead of its own', async () => {
    expect(byTestId('status')).toHaveLength(0);
    await paste('   ');
    expect(status).toEqual([t('statusEmpty')]);
  });

  it('lists every article with a ticked box, and the page details the parser read', async () => {
    await paste(PAGE);
    const titles = parsePage(PAGE).articles.map((a) => a.title);
    expect(byTestId('parsed-article-title').map((el) => el.textContent)).toEqual(titles);
    expect(byTestId('parsed-article-select').map((el) => (el as HTMLInputElement).checked)).toEqual(titles.map(() => true));
    expect((byTestId('page-source')[0] as HTMLInputElement).value).toBe('辽源日报');
    expect((byTestId('page-date')[0] as HTMLInputElement).value).toBe('2021-10-22');
    expect((byTestId('page-name')[0] as HTMLInputElement).value).toBe('');
  });

  it('saves only the ticked articles, each with the corrected page details', async () => {
    await paste(PAGE);
    const titles = byTestId('parsed-article-title').map((el) => el.textContent);
    act(() => byTestId('parsed-article-select')[1].click());
    setValue(byTestId('page-name')[0], '第1版');
    setValue(byTestId('page-source')[0], '辽源日报（测试）');
    await clickSave();

    expect(save.mock.calls.map(([input]) => input.title)).toEqual([titles[0], titles[2], titles[3], titles[4]]);
    for (const [input] of save.mock.calls) {
      expect(input).toMatchObject({ url: null, source: '辽源日报（测试）', date: '2021-10-22', page: '第1版' });
    }
    expect(status.at(-1)).toBe(t('pasteSavedNew', { n: 4 }));
  });

  it('asks for a choice when no article is ticked', async () => {
    await paste(PAGE);
    for (const box of byTestId('parsed-article-select')) act(() => box.click());
    await clickSave();
    expect(save).not.toHaveBeenCalled();
    expect(status.at(-1)).toBe(t('pasteNoneSelected'));
  });

  it('shows a storage error’s message, and offers nothing to save for binary or article-less text', async () => {
    save.mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await paste(PAGE);
    await clickSave();
    expect(status.at(-1)).toMatch(/存储空间不足|Out of storage space/);

    await paste('\ufffd\u0001\u0002'.repeat(50));
    expect(status.at(-1)).toBe(t('statusBinary'));
    expect(byTestId('save-parsed')).toHaveLength(0);
    await paste('版权所有');
    expect(status.at(-1)).toBe(t('statusNoArticles'));
    expect(byTestId('save-parsed')).toHaveLength(0);
  });
});
