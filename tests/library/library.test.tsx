// @vitest-environment happy-dom
// The library as a user meets it: list, reader, editing, delete and undo,
// selection, filters, import errors. Real Dexie on fake-indexeddb, live queries included.
import 'fake-indexeddb/auto';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, getClipping, listClippings, saveClipping, StorageError, type Clipping, type ClippingInput } from '@/lib/db';
import { BackupError, citation } from '@/lib/export';
import { getUiLanguage, t } from '@/lib/i18n';
import { CLIP_ROW_HEIGHT } from '@/components/clip-list';
import { StatusBar } from '@/components/library-status';
import { article, fakeClippingsWrite, resetDatabase } from '../db/helpers';
import { mountLibrary } from './library-harness';

let root: Root | null = null;
let container: HTMLElement;

function mount(initial: number | null = null) {
  ({ root, container } = mountLibrary(initial));
}

const byTestId = <T extends Element = HTMLElement>(id: string) => container.querySelector<T & HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const titles = () => allByTestId('clip-title').map((e) => e.textContent);
const statusText = () => byTestId('status')?.textContent ?? '';
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

/** Sets a React-controlled field's value the way typing does. */
async function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  field.focus();
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}
/** One key press, then a pause: a browser runs React's update between two presses, a loop of dispatches does not. */
async function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  await new Promise((r) => setTimeout(r, 0));
}

async function save(overrides: Partial<ClippingInput>): Promise<Clipping> {
  return (await saveClipping(article(overrides))).clipping;
}

/** Three clippings saved a millisecond apart: newest last. */
async function seedThree() {
  const a = await save({ title: '锻造民族复兴的中流砥柱', source: '人民日报', tags: ['评论'] });
  await new Promise((r) => setTimeout(r, 2));
  const b = await save({ title: '夏粮再获丰收', url: null, source: '光明日报', date: '2025-06-28', page: null, blocks: [{ type: 'paragraph', text: '夏粮丰收。' }] });
  await new Promise((r) => setTimeout(r, 2));
  const c = await save({ title: '城市更新要留住烟火气', url: null, source: '经济日报', date: '2025-06-30', blocks: [{ type: 'paragraph', text: '城市更新。' }] });
  return { a, b, c };
}

beforeEach(resetDatabase);
afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
});

describe('list', () => {
  it('shows clippings newest first with paper, date and page', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toEqual(['城市更新要留住烟火气', '夏粮再获丰收', '锻造民族复兴的中流砥柱']));
    const items = allByTestId('clip-item');
    expect(items[2].textContent).toContain('人民日报');
    expect(items[2].textContent).toContain('2025-07-01');
    expect(items[2].textContent).toContain('4版 要闻');
    expect(byTestId('list-count')?.textContent).toBe(t('listCount', { n: 3 }));
  });

  it('says so when there is nothing yet', async () => {
    mount();
    await until(() => expect(byTestId('list-empty')?.textContent).toBe(t('listEmpty')));
  });

  it('renders only the rows in view of a long list', async () => {
    const now = Date.now();
    await db.clippings.bulkAdd(
      Array.from({ length: 2000 }, (_, i) => ({
        ...article({ title: `第${i}篇` }), url: null, source: '人民日报', date: '2025-07-01', page: null,
        tags: [], note: '', createdAt: now + i, updatedAt: now + i, contentHash: String(i).padStart(16, '0'),
      })) as unknown as Clipping[],
    );
    mount();
    await until(() => expect(titles()[0]).toBe('第1999篇'));
    const rendered = allByTestId('clip-item').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    // The spacer is as tall as all 2000 rows, so the scrollbar is true to the list.
    const spacer = byTestId('clip-list')!.firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${2000 * CLIP_ROW_HEIGHT}px`);
    expect(byTestId('clip-item')!.getAttribute('aria-setsize')).toBe('2000');
  });

  it('updates live when a clipping is saved elsewhere', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 2));
    await save({ title: '新剪的一篇', url: null, blocks: [{ type: 'paragraph', text: '新的。' }] });
    await until(() => expect(titles()[0]).toBe('新剪的一篇'));
  });

  it('filters by paper, tag and date range', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    const source = byTestId<HTMLSelectElement>('filter-source')!;
    await until(() => expect([...source.options].map((o) => o.value)).toContain('光明日报'));
    source.value = '光明日报';
    source.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(titles()).toEqual(['夏粮再获丰收']));

    byTestId('filter-clear')!.click();
    await until(() => expect(titles()).toHaveLength(3));
    // A paper's site is the paper; a channel alone is no paper (issue 14).
    await save({ title: '光明网上的一篇', url: null, source: '光明网', blocks: [{ type: 'paragraph', text: '网上。' }] });
    await save({ title: '频道里的一篇', url: null, source: '文化频道', blocks: [{ type: 'paragraph', text: '频道。' }] });
    await until(() => expect([...source.options].map((o) => o.value)).toEqual(['', '光明日报', '经济日报', '人民日报']));
    source.value = '光明日报';
    source.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(titles()).toEqual(['光明网上的一篇', '夏粮再获丰收']));
    byTestId('filter-clear')!.click();
    await until(() => expect(titles()).toHaveLength(5));
    const tag = byTestId<HTMLSelectElement>('filter-tag')!;
    await until(() => expect([...tag.options].map((o) => o.value)).toContain('评论'));
    tag.value = '评论';
    tag.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(titles()).toEqual(['锻造民族复兴的中流砥柱']));

    byTestId('filter-clear')!.click();
    await typeInto(byTestId<HTMLInputElement>('filter-from')!, '2025-06-29');
    await typeInto(byTestId<HTMLInputElement>('filter-to')!, '2025-06-30');
    await until(() => expect(titles()).toEqual(['城市更新要留住烟火气']));
  });
});

describe('reader', () => {
  it('shows every part of the article as text, the citation and a safe link', async () => {
    const c = await save({
      column: '评论员观察', kicker: '热烈庆祝', subtitle: '——写在之际', byline: '钟华论', note: '值得重读',
      blocks: [{ type: 'paragraph', text: '第一段。' }, { type: 'heading', text: '一、坚守初心' }, { type: 'note', text: '（编者按）' }],
      captions: ['图为会场。'],
    });
    mount(c.id);
    await until(() => expect(byTestId('reader-body')).toBeTruthy());
    const reader = byTestId('reader')!;
    expect(byTestId<HTMLTextAreaElement>('edit-title')!.value).toBe('锻造民族复兴的中流砥柱');
    for (const text of ['评论员观察', '热烈庆祝', '——写在之际', '钟华论', '人民日报', '2025-07-01', '4版 要闻', '第一段。', '（编者按）', '图为会场。']) {
      expect(reader.textContent).toContain(text);
    }
    expect(reader.querySelector('h3')?.textContent).toBe('一、坚守初心');
    expect(byTestId<HTMLTextAreaElement>('edit-note')!.value).toBe('值得重读');
    expect(byTestId('citation')!.textContent).toBe(citation(c));
    const link = byTestId<HTMLAnchorElement>('reader-link')!;
    expect(link.getAttribute('href')).toBe(c.url);
    expect(link.rel).toContain('noopener');
  });

  it('never turns stored text into markup, and links only web addresses', async () => {
    const c = await save({
      title: '<img src=x onerror="window.pwned=1">标题',
      url: 'javascript:alert(1)',
      blocks: [{ type: 'paragraph', text: '<b>粗体</b><script>window.pwned=1</script>' }],
    });
    mount(c.id);
    await until(() => expect(byTestId('reader-body')).toBeTruthy());
    const reader = byTestId('reader')!;
    expect(reader.querySelector('img, b, script')).toBeNull();
    expect(reader.textContent).toContain('<b>粗体</b>');
    expect(byTestId('reader-link')).toBeNull();
    expect(reader.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('opens from the list by click and by keyboard', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    allByTestId('clip-title')[1].click();
    await until(() => expect(byTestId<HTMLTextAreaElement>('edit-title')?.value).toBe('夏粮再获丰收'));
    const list = byTestId('clip-list')!;
    list.focus();
    await press(list, 'ArrowDown');
    await press(list, 'Enter');
    await until(() => expect(byTestId<HTMLTextAreaElement>('edit-title')?.value).toBe('锻造民族复兴的中流砥柱'));
    expect(list.getAttribute('aria-activedescendant')).toMatch(/^clip-\d+$/);
  });
});

describe('editing', () => {
  it('saves the title on Enter, in the database and the list', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-title')).not.toBeNull());
    const field = byTestId<HTMLTextAreaElement>('edit-title')!;
    await typeInto(field, '改过的标题');
    await press(field, 'Enter');
    await until(async () => expect((await getClipping(a.id))?.title).toBe('改过的标题'));
    await until(() => expect(titles()).toContain('改过的标题'));
    expect(statusText()).toBe(t('statusSaved'));
  });

  it('puts the stored title back on Esc and saves nothing', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-title')).not.toBeNull());
    const field = byTestId<HTMLTextAreaElement>('edit-title')!;
    await typeInto(field, '不要这个');
    await press(field, 'Escape');
    await until(() => expect(field.value).toBe('锻造民族复兴的中流砥柱'));
    await new Promise((r) => setTimeout(r, 50));
    expect((await getClipping(a.id))?.title).toBe('锻造民族复兴的中流砥柱');
    expect(byTestId('reader')).not.toBeNull(); // Esc in a field does not close the reader
  });

  it('leaves Enter to the input method while it composes', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-title')).not.toBeNull());
    const field = byTestId<HTMLTextAreaElement>('edit-title')!;
    await typeInto(field, 'zhong');
    await press(field, 'Enter', { isComposing: true });
    await new Promise((r) => setTimeout(r, 50));
    expect((await getClipping(a.id))?.title).toBe('锻造民族复兴的中流砥柱');
  });

  it('saves tags typed with Chinese commas, and the note with its line breaks', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-tags')).not.toBeNull());
    const tags = byTestId<HTMLTextAreaElement>('edit-tags')!;
    await typeInto(tags, '评论，党史、 经济');
    await press(tags, 'Enter');
    await until(async () => expect((await getClipping(a.id))?.tags).toEqual(['评论', '党史', '经济']));
    const note = byTestId<HTMLTextAreaElement>('edit-note')!;
    await typeInto(note, '第一行\n第二行');
    await press(note, 'Enter', { shiftKey: true }); // a line break, not a save
    await new Promise((r) => setTimeout(r, 30));
    expect((await getClipping(a.id))?.note).toBe('');
    await press(note, 'Enter');
    await until(async () => expect((await getClipping(a.id))?.note).toBe('第一行\n第二行'));
  });

  it('saves a note typed at once after the tags, while their save is still being written', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-tags')).not.toBeNull());
    const tags = byTestId<HTMLTextAreaElement>('edit-tags')!;
    await typeInto(tags, '评论，城市');
    await press(tags, 'Enter');
    // No wait: the note's save starts before the tags' save has finished.
    const note = byTestId<HTMLTextAreaElement>('edit-note')!;
    await typeInto(note, '老街区');
    await press(note, 'Enter');
    await until(async () => {
      const stored = await getClipping(a.id);
      expect([stored?.tags, stored?.note]).toEqual([['评论', '城市'], '老街区']);
    });
    expect(statusText()).toBe(t('statusSaved'));
  });
});

describe('storage errors', () => {
  it('says in the interface language that an edit was not saved, and keeps the typed text', async () => {
    const { a } = await seedThree();
    mount(a.id);
    await until(() => expect(byTestId('edit-title')).not.toBeNull());
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const put = fakeClippingsWrite('put', () => Promise.reject(quota));
    const field = byTestId<HTMLTextAreaElement>('edit-title')!;
    await typeInto(field, '存不下的标题');
    await press(field, 'Enter');
    const expected = getUiLanguage() === 'zh' ? new StorageError('quota').message_zh : new StorageError('quota').message_en;
    await until(() => expect(statusText()).toBe(expected));
    expect(field.value).toBe('存不下的标题');
    put.mockRestore();
    expect((await getClipping(a.id))?.title).toBe('锻造民族复兴的中流砥柱');
  });
});

describe('delete and undo', () => {
  it('deletes the open clipping and Undo brings it back with the same id', async () => {
    const { b } = await seedThree();
    mount(b.id);
    await until(() => expect(byTestId('delete-clip')).not.toBeNull());
    const before = await getClipping(b.id);
    byTestId('delete-clip')!.click();
    await until(() => expect(statusText()).toBe(t('statusDeleted', { n: 1 })));
    expect(await getClipping(b.id)).toBeUndefined();
    await until(() => expect(titles()).not.toContain('夏粮再获丰收'));
    expect(byTestId('reader')).toBeNull();

    byTestId('undo')!.click();
    await until(() => expect(statusText()).toBe(t('statusRestored', { n: 1 })));
    expect(await getClipping(b.id)).toEqual(before);
    await until(() => expect(titles()).toContain('夏粮再获丰收'));
    expect(byTestId('reader')).not.toBeNull(); // reopened
    expect(byTestId('undo')).toBeNull();
  });

  it('shift-click ticks a range, which is deleted and restored together', async () => {
    const { a, b, c } = await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    const boxes = () => allByTestId('clip-select') as HTMLInputElement[];
    boxes()[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    boxes()[2].dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    await until(() => expect(boxes().map((x) => x.checked)).toEqual([true, true, true]));
    expect(byTestId('list-count')!.textContent).toBe(t('selectedCount', { n: 3 }));
    expect(byTestId('export-all')!.textContent).toBe(t('exportSelected'));

    byTestId('delete-selected')!.click();
    await until(() => expect(byTestId('list-empty')).not.toBeNull());
    expect(await listClippings()).toEqual([]);
    byTestId('undo')!.click();
    await until(() => expect(titles()).toHaveLength(3));
    expect((await listClippings()).map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('Ctrl+Z undoes a delete made from the keyboard', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    const list = byTestId('clip-list')!;
    list.focus();
    await press(list, 'ArrowDown');
    await press(list, 'Delete');
    await until(() => expect(titles()).toEqual(['夏粮再获丰收', '锻造民族复兴的中流砥柱']));
    // The list updates from the database before the delete has finished and offers undo.
    await until(() => expect(byTestId('undo')).not.toBeNull());
    await press(document.body, 'z', { ctrlKey: true });
    await until(() => expect(titles()).toHaveLength(3));
  });
});

describe('import', () => {
  it('explains a broken backup in the interface language and changes nothing', async () => {
    await seedThree();
    mount();
    await until(() => expect(titles()).toHaveLength(3));
    const input = byTestId<HTMLInputElement>('import-file')!;
    const file = new File(['{"formatName":"jianbao-backup","formatVersion":1,"clippings":[{'], 'cut.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const expected = getUiLanguage() === 'zh' ? new BackupError('not-json').message_zh : new BackupError('not-json').message_en;
    await until(() => expect(statusText()).toBe(expected));
    expect(byTestId('status-bar')!.className).toContain('status-bar--error');
    expect(await listClippings()).toHaveLength(3);
  });
});

describe('status bar', () => {
  it('shows progress while exporting, and rejected records under the summary', async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(<StatusBar status={{ text: '导出中', tone: 'busy', details: [], progress: { done: 150, total: 1000 }, undo: null }} onUndo={() => undefined} />);
    await until(() => expect(byTestId<HTMLProgressElement>('export-progress')?.value).toBe(150));
    expect(byTestId<HTMLProgressElement>('export-progress')!.max).toBe(1000);
    expect(byTestId('undo')).toBeNull();
    root.render(<StatusBar status={{ text: '导入完成', tone: 'info', details: ['第 2 条被拒绝：x'], progress: null, undo: null }} onUndo={() => undefined} />);
    await until(() => expect(byTestId('status-details')?.textContent).toBe('第 2 条被拒绝：x'));
    expect(byTestId('export-progress')).toBeNull();
  });
});
