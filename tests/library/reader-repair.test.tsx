// @vitest-environment happy-dom
// Repairing a saved clipping in the reader: promote a line to byline or
// title, split in two (Undo), merge ticked ones (Undo); and the searched
// words marked in the reader with next/previous.
import 'fake-indexeddb/auto';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, getClipping, saveClipping, type Clipping, type ClippingFilter, type ClippingInput } from '@/lib/db';
import { t } from '@/lib/i18n';
import { Library } from '@/components/library';
import { inPageOrder, mergeClippingArticles, repairClipping, splitClipping } from '@/lib/library/repair-clipping';
import { article, resetDatabase } from '../db/helpers';

let root: Root | null = null;
let container: HTMLElement;

function Harness({ initial, highlight = '' }: { initial: number | null; highlight?: string }) {
  const [openId, setOpenId] = useState<number | null>(initial);
  const [filter, setFilter] = useState<ClippingFilter>({});
  return <Library openId={openId} onOpen={setOpenId} filter={filter} onFilterChange={setFilter} highlight={highlight} />;
}
function mount(initial: number | null, highlight = '') {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(<Harness initial={initial} highlight={highlight} />);
}
const all = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = (id: string) => all(id)[0];
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });
const tick = () => new Promise((r) => setTimeout(r, 0));

const blocks: ClippingInput['blocks'] = [
  { type: 'paragraph', text: '本报记者 王晓' },
  { type: 'paragraph', text: '浙江的乡村正在变。' },
  { type: 'heading', text: '另一篇的标题' },
  { type: 'paragraph', text: '这是另一篇的正文，乡村也在变。' },
];
const save = async (fields: Partial<ClippingInput>) => (await saveClipping(article(fields))).clipping;

beforeEach(resetDatabase);
afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
});

describe('repair-clipping (pure)', () => {
  const base = { id: 1, url: null, source: null, date: null, page: null, tags: [], note: '', createdAt: 1, updatedAt: 1, contentHash: '0', ...article({ title: null, byline: null, blocks }) } as Clipping;

  it('promotes a line and records the correction', () => {
    const repaired = repairClipping(base, { op: 'setRole', article: 0, line: { kind: 'block', index: 0 }, role: 'byline' })!;
    expect(repaired.byline).toBe('本报记者 王晓');
    expect(repaired.blocks).toHaveLength(3);
    expect(repaired.corrections.map((c) => c.action.op)).toEqual(['setRole']);
    expect(repairClipping(base, { op: 'moveHead', article: 0, to: 'up' })).toBeNull();
  });

  it('splits with a crosshead as the new title, and merges back in page order', () => {
    const parts = splitClipping({ ...base, title: '乡村之变' }, 2)!;
    expect(parts.first.blocks.map((b) => b.text)).toEqual(['本报记者 王晓', '浙江的乡村正在变。']);
    expect(parts.second).toMatchObject({ title: '另一篇的标题', blocks: [{ type: 'paragraph', text: '这是另一篇的正文，乡村也在变。' }] });
    const later = { ...base, id: 2, createdAt: 5, title: 'B', blocks: [{ type: 'paragraph' as const, text: 'b。' }] };
    const earlier = { ...base, id: 3, createdAt: 2, title: 'A', blocks: [{ type: 'paragraph' as const, text: 'a。' }] };
    const merged = mergeClippingArticles(inPageOrder([later, earlier]))!;
    expect(merged.title).toBe('A');
    expect(merged.blocks.map((b) => b.text)).toEqual(['a。', 'B', 'b。']);
    expect(mergeClippingArticles([base])).toBeNull();
  });
});

describe('reader repair', () => {
  it('makes a line the byline, then the title, and Undo puts the record back', async () => {
    const c = await save({ title: null, byline: null, blocks });
    mount(c.id);
    await until(() => expect(one('reader-repair-toggle')).toBeDefined());
    one('reader-repair-toggle').click();
    await until(() => expect(all('reader-make-byline')).toHaveLength(4));
    all('reader-make-byline')[0].click();
    await until(async () => expect((await getClipping(c.id))?.byline).toBe('本报记者 王晓'));
    await until(() => expect(all('reader-make-title')).toHaveLength(3));
    all('reader-make-title')[0].click();
    await until(async () => expect((await getClipping(c.id))?.title).toBe('浙江的乡村正在变。'));
    expect((await getClipping(c.id))?.corrections).toHaveLength(2);
    expect(one('status').textContent).toBe(t('statusRepaired'));
    one('undo').click();
    await until(async () => expect((await getClipping(c.id))?.title).toBeNull());
    expect((await getClipping(c.id))?.byline).toBe('本报记者 王晓');
  });

  it('splits a clipping in two and opens the second; Undo makes it one again', async () => {
    const c = await save({ title: '乡村之变', blocks });
    mount(c.id);
    await until(() => expect(one('reader-repair-toggle')).toBeDefined());
    one('reader-repair-toggle').click();
    await until(() => expect(all('reader-split')).toHaveLength(4));
    all('reader-split')[2].click();
    await until(async () => expect(await db.clippings.count()).toBe(2));
    const [first, second] = await db.clippings.orderBy('id').toArray();
    expect(first.blocks.map((b) => b.text)).toEqual(['本报记者 王晓', '浙江的乡村正在变。']);
    expect(second).toMatchObject({ title: '另一篇的标题', url: c.url, source: c.source, date: c.date });
    await until(() => expect((one('edit-title') as HTMLTextAreaElement).value).toBe('另一篇的标题'));
    one('undo').click();
    await until(async () => expect(await db.clippings.count()).toBe(1));
    expect((await getClipping(c.id))?.blocks).toHaveLength(4);
  });

  it('merges the ticked clippings in the order they were saved; Undo brings both back', async () => {
    const a = await save({ title: '上篇', byline: null, url: null, blocks: [{ type: 'paragraph', text: '上篇正文。' }], tags: ['甲'] });
    await tick();
    const b = await save({ title: '下篇', byline: null, url: null, blocks: [{ type: 'paragraph', text: '下篇正文。' }], tags: ['乙'] });
    mount(null);
    await until(() => expect(all('clip-select')).toHaveLength(2));
    all('clip-select').forEach((box) => box.click());
    await until(() => expect(all('merge-selected')).toHaveLength(1));
    one('merge-selected').click();
    await until(async () => expect(await db.clippings.count()).toBe(1));
    const merged = (await getClipping(a.id))!;
    expect(merged.title).toBe('上篇');
    expect(merged.blocks.map((x) => x.text)).toEqual(['上篇正文。', '下篇', '下篇正文。']);
    expect(merged.tags).toEqual(['甲', '乙']);
    one('undo').click();
    await until(async () => expect(await db.clippings.count()).toBe(2));
    expect((await getClipping(b.id))?.title).toBe('下篇');
    expect((await getClipping(a.id))?.blocks).toHaveLength(1);
  });
});

describe('searched words in the reader', () => {
  it('marks them (folded as search folds), in the title too, and steps through them', async () => {
    const c = await save({ title: '乡村之变', byline: '記者 王晓', blocks });
    mount(c.id, '乡村 记者');
    await until(() => expect(container.querySelectorAll('.reader__article mark').length).toBe(5));
    expect([...container.querySelectorAll('.reader__article mark')].map((m) => m.textContent)).toEqual(['乡村', '記者', '记者', '乡村', '乡村']);
    // The title's mark is laid out behind its text box, which still holds the plain title.
    expect(one('edit-title-marks').querySelector('mark')?.textContent).toBe('乡村');
    expect(one('edit-title-marks').textContent).toBe('乡村之变');
    expect((one('edit-title') as HTMLTextAreaElement).value).toBe('乡村之变');
    await until(() => expect(one('reader-match-count').textContent).toBe(t('readerMatchTotal', { n: 5 })));
    one('reader-match-next').click();
    await until(() => expect(one('reader-match-count').textContent).toBe(t('readerMatchCount', { i: 1, n: 5 })));
    expect(container.querySelector('mark.reader-mark--current')?.closest('[data-testid="edit-title-marks"]')).not.toBeNull();
    one('reader-match-prev').click();
    await until(() => expect(one('reader-match-count').textContent).toBe(t('readerMatchCount', { i: 5, n: 5 })));
    expect(container.querySelector('mark.reader-mark--current')?.textContent).toBe('乡村');
  });
});
