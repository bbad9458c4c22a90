import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, inForeground, listClippings, saveClipping } from '../../lib/db';
import { cleanFilter, idsByTimeOfClipping, isEmptyFilter, listClippingIds, listSources, listTags } from '../../lib/library/list-ids';
import { article, resetDatabase } from '../db/helpers';

beforeEach(async () => {
  await resetDatabase();
  vi.useRealTimers();
});

/** Saves clippings with the given clock times, in the given order; returns their ids. */
async function saveAt(entries: { at: number; title: string; source?: string; date?: string; tags?: string[] }[]): Promise<number[]> {
  const ids: number[] = [];
  vi.useFakeTimers({ toFake: ['Date'] });
  for (const e of entries) {
    vi.setSystemTime(e.at);
    const { clipping } = await saveClipping(
      article({ title: e.title, url: null, source: e.source ?? '人民日报', date: e.date ?? '2025-07-01', tags: e.tags ?? [], blocks: [{ type: 'paragraph', text: `${e.title}的正文。` }] }),
    );
    ids.push(clipping.id);
  }
  vi.useRealTimers();
  return ids;
}

describe('listClippingIds', () => {
  it('gives the ids in listClippings order, newest first, ties broken by id', async () => {
    // Two clippings saved in the same millisecond (an import, a fast double clip).
    const [a, b, c, d] = await saveAt([
      { at: 1000, title: '甲' },
      { at: 3000, title: '乙' },
      { at: 2000, title: '丙' },
      { at: 2000, title: '丁' },
    ]);
    const ids = await listClippingIds();
    expect(ids).toEqual([b, d, c, a]);
    expect(ids).toEqual((await listClippings()).map((x) => x.id));
  });

  it('reads the list in parts of a few ids, in the same order as listClippings, times shared across a part boundary included', async () => {
    const times = [5, 1000, 1000, 37, 999, 500, 500, 250, 1000, 5, 640, 1, 1, 500, 500, 500, 500, 2000];
    const saved = await saveAt(times.map((at, i) => ({ at, title: `第${i}篇` })));
    const expected = (await listClippings()).map((x) => x.id);
    expect(await listClippingIds()).toEqual(expected);
    // Parts smaller than the runs of equal times (five at 500), and of every size up to the whole.
    for (const chunk of [1, 2, 3, 4, 7, saved.length - 1, saved.length, saved.length + 1]) {
      const ids = await idsByTimeOfClipping(chunk);
      expect(ids, `parts of ${chunk}`).toHaveLength(saved.length);
      expect(ids, `parts of ${chunk}`).toEqual(expected);
    }
  });

  it('holds its parts back while a search reads (a foreground read), and goes on when it ends', async () => {
    const saved = await saveAt([1, 2, 3, 4, 5].map((at) => ({ at, title: `第${at}篇` })));
    let release!: () => void;
    const search = inForeground(() => new Promise<void>((resolve) => (release = resolve)));
    let listed: number[] | null = null;
    const list = idsByTimeOfClipping(2).then((ids) => (listed = ids));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(listed).toBeNull();
    release();
    await search;
    await list;
    expect(listed).toEqual([...saved].reverse());
  });

  it('reads the filters\' values after a search that is reading (a foreground read)', async () => {
    await saveAt([
      { at: 1, title: '一', source: '人民日报', tags: ['评论'] },
      { at: 2, title: '二', source: '光明日报' },
    ]);
    let release!: () => void;
    const search = inForeground(() => new Promise<void>((resolve) => (release = resolve)));
    let sources: string[] | null = null;
    let tags: string[] | null = null;
    const reads = Promise.all([listSources().then((s) => (sources = s)), listTags().then((t) => (tags = t))]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sources).toBeNull();
    expect(tags).toBeNull();
    release();
    await search;
    await reads;
    expect(sources).toEqual(['光明日报', '人民日报']);
    expect(tags).toEqual(['评论']);
  });

  it('applies every filter as listClippings does', async () => {
    await saveAt([
      { at: 1, title: '一', source: '人民日报', date: '2025-06-01', tags: ['评论'] },
      { at: 2, title: '二', source: '光明日报', date: '2025-06-15', tags: ['评论'] },
      { at: 3, title: '三', source: '光明日报', date: '2025-07-01' },
      { at: 4, title: '四', source: '人民日报', date: '2025-07-02', tags: ['经济'] },
    ]);
    const filters = [{ source: '光明日报' }, { tag: '评论' }, { from: '2025-06-10', to: '2025-07-01' }, { source: '人民日报', tag: '评论' }, { from: '2025-07-02' }];
    for (const filter of filters) {
      const ids = await listClippingIds(filter);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual((await listClippings(filter)).map((x) => x.id));
    }
    expect(await listClippingIds({ source: '经济日报' })).toEqual([]);
  });

  it('reads only the index when there is no filter', async () => {
    await saveAt([{ at: 1, title: '一' }]);
    const collection = Object.getPrototypeOf(db.clippings.toCollection());
    const toArray = vi.spyOn(collection, 'toArray');
    const primaryKeys = vi.spyOn(collection, 'primaryKeys');
    await listClippingIds({ source: '' });
    expect(primaryKeys).toHaveBeenCalled();
    expect(toArray).not.toHaveBeenCalled();
    await listClippingIds({ source: '人民日报' });
    expect(toArray).toHaveBeenCalled(); // the check above can fail
    vi.restoreAllMocks();
  });
});

describe('filters', () => {
  it('treats empty strings from form controls as unset', () => {
    expect(cleanFilter({ source: '', tag: '评论', from: '', to: undefined })).toEqual({ tag: '评论' });
    expect(isEmptyFilter({ source: '', from: '' })).toBe(true);
    expect(isEmptyFilter({ to: '2025-01-01' })).toBe(false);
  });

  it('offers each paper and tag in use once, sorted, without blanks', async () => {
    await saveAt([
      { at: 1, title: '一', source: '人民日报', tags: ['评论', '党史'] },
      { at: 2, title: '二', source: '光明日报', tags: ['评论'] },
      { at: 3, title: '三', source: '人民日报' },
    ]);
    await saveClipping(article({ title: '四', url: null, source: null, blocks: [{ type: 'paragraph', text: '无来源。' }] }));
    expect(await listSources()).toEqual(['光明日报', '人民日报']); // pinyin order: guang < ren
    expect(await listTags()).toEqual(['党史', '评论']); // dang < ping
  });

  it('finds every distinct paper and tag among many repeats', async () => {
    const papers = ['人民日报', '光明日报', '经济日报', 'China Daily', '解放日报'];
    const entries = Array.from({ length: 60 }, (_, i) => ({
      at: i + 1, title: `第${i}篇`, source: papers[(i * 7) % papers.length],
      tags: [`标签${i % 9}`, ...(i % 4 === 0 ? ['评论'] : [])],
    }));
    await saveAt(entries);
    const all = await listClippings();
    const sources = [...new Set(all.map((c) => c.source).filter((x): x is string => !!x))];
    const tags = [...new Set(all.flatMap((c) => c.tags))];
    expect((await listSources()).sort()).toEqual(sources.sort());
    expect((await listTags()).sort()).toEqual(tags.sort());
    expect(await listTags()).toHaveLength(10);
  });
});

describe('papers grouped by name', () => {
  it('groups spellings of one paper and lists all of them under its name', async () => {
    const { groupPapers, paperName } = await import('@/lib/library/papers');
    expect(paperName('《人民日报》')).toBe('人民日报');
    expect(paperName('人民日报 电子版')).toBe('人民日报');
    expect(groupPapers(['人民日报 电子版', '光明日报', '《人民日报》'])).toEqual([
      { name: '光明日报', sources: ['光明日报'] },
      { name: '人民日报', sources: ['人民日报 电子版', '《人民日报》'] },
    ]);
    await saveAt([
      { at: 1, title: '一', source: '《人民日报》' },
      { at: 2, title: '二', source: '光明日报' },
      { at: 3, title: '三', source: '人民日报 电子版' },
    ]);
    const titles = async (source: string) => Promise.all((await listClippingIds({ source })).map(async (id) => (await db.clippings.get(id))!.title));
    expect(await titles('人民日报')).toEqual(['三', '一']);
    expect(await titles('光明日报')).toEqual(['二']);
  });

  it('names a paper’s web site as the paper and leaves channels out (issue 14: 光明网, 文化频道)', async () => {
    const { groupPapers, paperName } = await import('@/lib/library/papers');
    expect(paperName('光明网')).toBe('光明日报');
    expect(paperName('光明網')).toBe('光明日报');
    expect(paperName('光明网-文化频道')).toBe('光明日报');
    expect(paperName('人民网 国际频道')).toBe('人民日报');
    expect(paperName('www.gmw.cn')).toBe('光明日报');
    expect(paperName('新华网')).toBe('新华社');
    expect(paperName('文化频道')).toBe('');
    expect(paperName('国际专栏')).toBe('');
    // Not a paper's site, and no channel: its own name.
    expect(paperName('澎湃新闻')).toBe('澎湃新闻');
    expect(paperName('解放日报')).toBe('解放日报');
    expect(groupPapers(['光明网', '文化频道', '光明日报', '人民网'])).toEqual([
      { name: '光明日报', sources: ['光明网', '光明日报'] },
      { name: '人民日报', sources: ['人民网'] },
    ]);
  });

  it('filters, searches and exports a paper by every name it was stored under', async () => {
    const { filteredIdsByPaper } = await import('@/lib/library/list-ids');
    const [a, b, c, d] = await saveAt([
      { at: 1, title: '一', source: '光明网', tags: ['评论'] },
      { at: 2, title: '二', source: '《光明日报》' },
      { at: 3, title: '三', source: '文化频道', tags: ['评论'] },
      { at: 4, title: '四', source: '人民日报', tags: ['评论'] },
    ]);
    expect(await listClippingIds({ source: '光明日报' })).toEqual([b, a]);
    expect(await filteredIdsByPaper({ source: '光明日报' })).toEqual([a, b]);
    expect(await filteredIdsByPaper({ source: '光明日报', tag: '评论' })).toEqual([a]);
    // A channel chosen (an old filter value) finds itself only, never every channel.
    expect(await filteredIdsByPaper({ source: '文化频道' })).toEqual([c]);
    expect(await filteredIdsByPaper({ tag: '评论' })).toEqual([a, c, d]);
    expect(await filteredIdsByPaper({})).toBeNull();
    const { zipFile } = await import('@/lib/library/actions');
    expect((await zipFile({ filter: { source: '光明日报' } })).count).toBe(2);
    const { searchClippings } = await import('@/lib/search');
    const found = await searchClippings('正文', { source: '光明日报' });
    expect(found.hits.map((h) => h.id).sort()).toEqual([a, b].sort());
  });
});
