// @vitest-environment happy-dom
// The repair in the paste panel: every action by mouse and keyboard, Undo,
// the untitled question, and what is saved. The parse is stood in for.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PastePanel } from '@/components/paste-panel';
import type { ClippingInput, SaveResult } from '@/lib/db';
import type { ParsedPage } from '@/lib/parse';
import { t } from '@/lib/i18n';
import { article, headsAfterBodies, page } from './helpers';

const parsePage = vi.hoisted(() => vi.fn<(text: string) => ParsedPage>());
vi.mock('@/lib/parse', () => ({ parsePage }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('repairing a paste before saving', () => {
  let container: HTMLDivElement;
  let root: Root;
  let status: string[];
  let save: ReturnType<typeof vi.fn<(input: ClippingInput) => Promise<SaveResult>>>;

  const all = (id: string, within: ParentNode = container) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = (id: string, within: ParentNode = container) => all(id, within)[0];
  const titles = () => all('parsed-article-title').map((el) => el.textContent);
  const articleAt = (i: number) => all('parsed-article')[i];
  const click = (el: HTMLElement) => act(() => el.click());
  const key = (el: HTMLElement, init: KeyboardEventInit) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
  function type(el: HTMLElement, text: string) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
    act(() => el.dispatchEvent(new Event('input', { bubbles: true })));
  }
  async function paste(parsed: ParsedPage) {
    parsePage.mockReturnValue(parsed);
    type(one('paste-input'), '整版文字');
    await act(async () => one('paste-parse').click());
  }
  const expand = (i: number) => {
    const toggle = one('repair-expand', articleAt(i));
    if (toggle.getAttribute('aria-expanded') !== 'true') click(toggle);
  };
  const lines = (i: number) => all('repair-line', articleAt(i)).map((li) => [li.dataset.role, one('repair-line-text', li).textContent]);

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

  it('shows each article’s head fields, first and last sentence and paragraph count', async () => {
    await paste(headsAfterBodies());
    const second = articleAt(1);
    expect((one('repair-field-title', second) as HTMLTextAreaElement).value).toBe('甲标题');
    expect((one('repair-field-byline', second) as HTMLTextAreaElement).value).toBe('本报记者 甲');
    expect((one('repair-field-kicker', second) as HTMLTextAreaElement).value).toBe('');
    expect(one('parsed-article-lead', articleAt(2)).textContent).toBe('丙文第一段。');
    expect(one('repair-last', articleAt(2)).textContent).toBe('丙文第二段。');
    expect(one('repair-paragraphs', articleAt(2)).textContent).toBe(t('repairParagraphs', { n: 2 }));
    expect(all('repair-no-title')).toHaveLength(1);
  });

  it('puts heads printed after their bodies right with one click per article, saved with the repairs', async () => {
    await paste(headsAfterBodies());
    for (const i of [1, 2, 3]) await click(one('repair-move-head-up', articleAt(i)));
    expect(titles()).toEqual(['甲标题', '乙标题', '丙标题']);
    expect(all('repair-no-title')).toHaveLength(0);
    expect(one('repair-count').textContent).toBe(t('repairCount', { n: 3 }));
    await act(async () => one('save-parsed').click());
    expect(save.mock.calls.map(([input]) => [input.title, input.blocks[0].text])).toEqual([
      ['甲标题', '甲文第一段。'],
      ['乙标题', '乙文第一段。'],
      ['丙标题', '丙文第一段。'],
    ]);
    expect(save.mock.calls[0][0].corrections?.map((c) => c.action.op)).toEqual(['moveHead', 'moveHead', 'moveHead']);
  });

  it('or with one page-wide shift, and undoes with the button and with Ctrl+Z', async () => {
    await paste(headsAfterBodies());
    const before = titles();
    await click(one('repair-shift-heads-up'));
    expect(titles()).toEqual(['甲标题', '乙标题', '丙标题']);
    await click(one('repair-undo'));
    expect(titles()).toEqual(before);
    key(one('repair-move-head-up', articleAt(1)), { key: 'ArrowUp', altKey: true });
    expect(titles()[0]).toBe('甲标题');
    key(one('repair-move-head-up', articleAt(0)), { key: 'z', ctrlKey: true });
    expect(titles()).toEqual(before);
    expect((one('repair-undo') as HTMLButtonElement).disabled).toBe(true);
  });

  it('merges and splits by button and by keyboard', async () => {
    await paste(page(article({ title: '甲', text: ['一。', '二。', '三。'] }), article({ title: '乙', text: ['四。'] })));
    await click(one('repair-merge-down', articleAt(0)));
    expect(titles()).toEqual(['甲']);
    await expand(0);
    expect(lines(0).map(([, text]) => text)).toEqual(['甲', '一。', '二。', '三。', '乙', '四。']);
    const splits = all('repair-split', articleAt(0));
    await click(splits[splits.length - 2]); // before 乙, now a crosshead
    expect(all('parsed-article')).toHaveLength(2);
    key(one('repair-merge-up', articleAt(1)), { key: 'ArrowUp', altKey: true, shiftKey: true });
    expect(all('parsed-article')).toHaveLength(1);
    await expand(0);
    const third = all('repair-line', articleAt(0))[2];
    key(third, { key: 'x' });
    expect(all('parsed-article')).toHaveLength(2);
    expect(one('parsed-article-lead', articleAt(1)).textContent).toBe('二。');
  });

  it('gives a line its role from the menu (keyboard) and by its letter', async () => {
    await paste(page(article({ text: ['乡村振兴的浙江答卷', '本报记者 王晓', '正文第一句。', '（本报杭州电）'] })));
    await expand(0);
    const button = one('repair-role-button', all('repair-line')[0]);
    key(button, { key: 'ArrowDown' });
    const menu = one('repair-role-menu');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('repair-role-paragraph');
    key(menu, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-testid')).toBe('repair-role-title');
    key(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(titles()).toEqual(['乡村振兴的浙江答卷']);
    expect(all('repair-role-menu')).toHaveLength(0);
    const byline = all('repair-line').find((li) => li.textContent?.includes('本报记者'))!;
    key(byline, { key: 'b' });
    expect((one('repair-field-byline') as HTMLTextAreaElement).value).toBe('本报记者 王晓');
    const last = all('repair-line').at(-1)!;
    key(last, { key: 'f' });
    expect(lines(0)).toEqual([['title', '乡村振兴的浙江答卷'], ['byline', '本报记者 王晓'], ['paragraph', '正文第一句。']]);
    await click(one('repair-role-button', all('repair-line')[2]));
    await click(one('repair-role-note'));
    expect(lines(0)[2]).toEqual(['note', '正文第一句。']);
  });

  it('edits a head field on Enter, and Esc puts it back', async () => {
    await paste(page(article({ title: '锻造民族复兴的中流砥柱 钟华论', text: ['一。'] })));
    const title = one('repair-field-title') as HTMLTextAreaElement;
    type(title, '锻造民族复兴的中流砥柱');
    key(title, { key: 'Enter' });
    expect(titles()).toEqual(['锻造民族复兴的中流砥柱']);
    const byline = one('repair-field-byline') as HTMLTextAreaElement;
    type(byline, '钟华论 ');
    key(byline, { key: 'Escape' });
    expect(byline.value).toBe('');
    type(byline, '钟华论');
    act(() => byline.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(async () => one('save-parsed').click());
    expect(save.mock.calls[0][0]).toMatchObject({ title: '锻造民族复兴的中流砥柱', byline: '钟华论' });
  });

  it('never saves an article without a title unless the person confirms', async () => {
    await paste(page(article({ title: '有题', text: ['一。'] }), article({ text: ['无题的正文。'] })));
    await act(async () => one('save-parsed').click());
    expect(save).not.toHaveBeenCalled();
    expect(one('repair-untitled').textContent).toContain(t('repairUntitled', { n: 1 }));
    expect(status.at(-1)).toBe(t('repairUntitled', { n: 1 }));
    await click(one('repair-go-back'));
    expect(all('repair-untitled')).toHaveLength(0);
    await act(async () => one('save-parsed').click());
    await act(async () => one('repair-save-anyway').click());
    expect(save.mock.calls.map(([input]) => input.title)).toEqual(['有题', null]);
  });

  it('keeps a tick off through repairs that rebuild the article', async () => {
    await paste(headsAfterBodies());
    act(() => one('parsed-article-select', articleAt(2)).click());
    await click(one('repair-shift-heads-up'));
    expect(all('parsed-article-select').map((el) => (el as HTMLInputElement).checked)).toEqual([true, true, false]);
    await act(async () => one('save-parsed').click());
    expect(save.mock.calls.map(([input]) => input.title)).toEqual(['甲标题', '乙标题']);
  });
});
