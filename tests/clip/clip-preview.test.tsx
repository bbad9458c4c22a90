// @vitest-environment happy-dom
// The popup's clip panel: button → preview → edits → save, with the tab and
// the database stood in for, so these tests fix what the person sees.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipPanel } from '@/components/clip-preview';
import type { TabExtractResult } from '@/lib/clip/types';
import type { ClippingInput, SaveResult } from '@/lib/db';
import type { ClipArticle } from '@/lib/extract/types';
import { t } from '@/lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article: ClipArticle = {
  column: null,
  kicker: '完善养老服务体系',
  title: '社区食堂飘出“家的味道”',
  subtitle: '——记某街道长者食堂',
  byline: '本报记者 赵婷',
  continuation: null,
  blocks: [
    { type: 'paragraph', text: '第一段。' },
    { type: 'heading', text: '小食堂解决大民生' },
    { type: 'paragraph', text: '第二段。' },
    { type: 'paragraph', text: '第三段。' },
    { type: 'paragraph', text: '第四段。' },
  ],
  captions: [],
  url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30085426.html',
  source: '人民日报',
  date: '2025-07-01',
  page: '04版 要闻',
};

describe('ClipPanel', () => {
  let container: HTMLDivElement;
  let root: Root;
  let status: string[];
  let extract: ReturnType<typeof vi.fn<(tabId: number) => Promise<TabExtractResult>>>;
  let save: ReturnType<typeof vi.fn<(input: ClippingInput) => Promise<SaveResult>>>;
  let findTab: ReturnType<typeof vi.fn<() => Promise<number | undefined>>>;

  const render = (tabId?: number) =>
    act(() => root.render(<ClipPanel tabId={tabId} onStatus={(s) => status.push(s)} extract={extract} save={save} findTab={findTab} />));
  const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = (id: string) => byTestId(id)[0];
  const click = (id: string) => act(async () => one(id).click());
  function type(id: string, text: string) {
    const input = one(id) as HTMLInputElement | HTMLTextAreaElement;
    const proto = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, text);
    act(() => input.dispatchEvent(new Event('input', { bubbles: true })));
  }
  const saved = (status: 'added' | 'updated', input: ClippingInput): SaveResult => ({
    status,
    clipping: { ...input, id: 1, url: input.url ?? null, source: null, date: null, page: null, tags: [], note: '', createdAt: 0, updatedAt: 0, contentHash: '0' },
  });

  beforeEach(() => {
    status = [];
    extract = vi.fn(async () => ({ ok: true as const, article, via: 'rmrb-new' }));
    save = vi.fn(async (input: ClippingInput) => saved('added', input));
    findTab = vi.fn(async () => 42);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows only the button until the person clips', () => {
    render(7);
    expect(one('clip-page').textContent).toBe(t('clipPage'));
    expect(byTestId('clip-preview')).toHaveLength(0);
    expect(extract).not.toHaveBeenCalled();
  });

  it('extracts the given tab and previews what it found', async () => {
    render(7);
    await click('clip-page');
    expect(extract).toHaveBeenCalledWith(7);
    expect(findTab).not.toHaveBeenCalled();
    expect(status).toEqual([t('clipReading'), t('clipPreviewReady')]);
    expect(one('preview-kicker').textContent).toBe('完善养老服务体系');
    expect((one('preview-title') as HTMLInputElement).value).toBe('社区食堂飘出“家的味道”');
    expect(one('preview-subtitle').textContent).toBe('——记某街道长者食堂');
    expect(one('preview-byline').textContent).toBe('本报记者 赵婷');
    expect(one('preview-source').textContent).toBe('人民日报');
    expect(one('preview-date').textContent).toBe('2025-07-01');
    expect(one('preview-page').textContent).toBe('04版 要闻');
    expect(byTestId('preview-paragraph').map((p) => p.textContent)).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(one('preview-body').textContent).toContain(t('previewMore', { n: 4 }));
  });

  it('clips the active tab when none is given', async () => {
    render();
    await click('clip-page');
    expect(findTab).toHaveBeenCalled();
    expect(extract).toHaveBeenCalledWith(42);
  });

  it('saves the article with the edited title and tags, and says saved, then updated', async () => {
    render(7);
    await click('clip-page');
    type('preview-title', '社区食堂：家门口的热乎饭');
    type('preview-tags', '养老，民生');
    await click('save-clip');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toMatchObject({ ...article, title: '社区食堂：家门口的热乎饭', tags: ['养老', '民生'] });
    expect(status.at(-1)).toBe(t('clipAdded'));

    save.mockImplementation(async (input) => saved('updated', input));
    await click('save-clip');
    expect(status.at(-1)).toBe(t('clipUpdated'));
  });

  it('says so when the page has no article, shows no preview and saves nothing', async () => {
    extract.mockResolvedValue({ ok: false, reason: 'not-article', message: 'No article found on this page.' });
    render(7);
    await click('clip-page');
    expect(status.at(-1)).toBe(t('clipNotArticle'));
    expect(byTestId('clip-preview')).toHaveLength(0);
    expect(save).not.toHaveBeenCalled();
  });

  it('explains a tab it may not read', async () => {
    extract.mockResolvedValue({ ok: false, reason: 'no-access', message: 'Cannot access a chrome:// URL' });
    render(7);
    await click('clip-page');
    expect(status.at(-1)).toBe(t('clipNoAccess'));
  });

  it('says there is no tab when it cannot find one', async () => {
    findTab.mockResolvedValue(undefined);
    render();
    await click('clip-page');
    expect(status.at(-1)).toBe(t('clipNoTab'));
    expect(extract).not.toHaveBeenCalled();
  });

  it('shows a storage error’s own message', async () => {
    save.mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    render(7);
    await click('clip-page');
    await click('save-clip');
    expect(status.at(-1)).toMatch(/存储空间不足|Out of storage space/);
  });

  it('shows the title in a box of several lines, so a long headline is not cut', async () => {
    render(7);
    await click('clip-page');
    const box = one('preview-title');
    expect(box.tagName).toBe('TEXTAREA');
    expect(Number(box.getAttribute('rows'))).toBeGreaterThan(1);
  });

  it('never saves without a title unless the person confirms it', async () => {
    extract.mockResolvedValue({ ok: true, article: { ...article, title: null }, via: 'density' });
    render(7);
    await click('clip-page');
    expect(one('preview-no-title').textContent).toContain(t('previewNoTitle'));
    expect((one('save-clip') as HTMLButtonElement).disabled).toBe(true);
    // Submitting the form anyway (Enter) saves nothing.
    await act(async () => (one('clip-preview') as HTMLFormElement).requestSubmit());
    expect(save).not.toHaveBeenCalled();

    await click('preview-confirm-untitled');
    expect((one('save-clip') as HTMLButtonElement).disabled).toBe(false);
    await click('save-clip');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0].title).toBeNull();
  });

  it('a title typed in takes the question away and is saved', async () => {
    extract.mockResolvedValue({ ok: true, article: { ...article, title: null }, via: 'density' });
    render(7);
    await click('clip-page');
    type('preview-title', '社区食堂\n飘出“家的味道”');
    expect(byTestId('preview-no-title')).toHaveLength(0);
    await click('save-clip');
    expect(save.mock.calls[0][0].title).toBe('社区食堂 飘出“家的味道”');
  });

  it('says how many pages of a multi-page article were joined, and plainly when some are missing', async () => {
    extract.mockResolvedValue({ ok: true, article, via: 'density', pages: { total: 3, joined: 3, failed: [] } });
    render(7);
    await click('clip-page');
    expect(one('preview-pages').textContent).toBe(t('previewPagesJoined', { total: 3 }));

    extract.mockResolvedValue({ ok: true, article, via: 'density', pages: { total: 3, joined: 1, failed: ['a', 'b'] } });
    await click('clip-page');
    expect(one('preview-pages').textContent).toBe(t('previewPagesPartial', { total: 3, joined: 1 }));
  });
});
