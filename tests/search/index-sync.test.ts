// The index follows every write made through lib/db, in the same transaction.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  countClippings, db, deleteClippings, forgetIndexView, getClipping, mergeClippings, mergeRecent, putClippings, restoreClippings, saveClipping,
  StorageError, updateClipping, type PutClipping, type SearchState,
} from '@/lib/db';
import { rebuildSearchIndex, rankClippings, scanClippings, searchClippings } from '@/lib/search';
import { gramText, wordKey } from '@/lib/searchable';
import { article, dropMiddleware, paragraphs, resetSearch, useTableMiddleware } from './helpers';

beforeEach(resetSearch);

const ids = async (q: string) => (await rankClippings(q)).map((r) => r.id).sort((a, b) => a - b);

describe('keeping the index in step', () => {
  it('indexes a saved clipping in the write itself: a recent row of its grams and its Latin words (whole and by prefix)', async () => {
    const { clipping } = await saveClipping(article({ title: 'GDP增长', blocks: paragraphs('Wi-Fi覆盖全村') }));
    const recent = (await db.searchRecent.get(clipping.id))!;
    const terms = new Set(recent.grams!);
    for (const word of ['gdp', 'wi', 'fi']) expect(terms.has(wordKey(word, false)), word).toBe(true);
    for (const prefix of ['g', 'gd', 'gdp', 'w', 'wi', 'f', 'fi']) expect(terms.has(wordKey(prefix, true)), prefix).toBe(true);
    expect(terms.has(wordKey('gd', false))).toBe(false);
    expect(await db.searchIndex.count()).toBe(0); // the old words table is no longer written
    const grams = Array.from(recent.grams!.filter((g) => g < 2 ** 42), gramText);
    expect(grams).toContain('增长');
    expect(grams).toContain('全村');
    expect(grams).not.toContain('长覆'); // not across Latin or a field boundary
    expect(await ids('增长')).toEqual([clipping.id]);
    expect(await ids('gdp')).toEqual([clipping.id]);
  });

  it('merges recent rows into a segment, and a delete leaves a tombstone until the next merge', async () => {
    const a = (await saveClipping(article({ url: 'https://example.com/a', title: '春耕', blocks: paragraphs('拖拉机下地。') }))).clipping;
    const b = (await saveClipping(article({ url: 'https://example.com/b', title: '夏收', blocks: paragraphs('收割机下地。') }))).clipping;
    expect(await ids('下地')).toEqual([a.id, b.id]); // the first search builds the index
    expect(await db.searchRecent.count()).toBe(0);
    const c = (await saveClipping(article({ url: 'https://example.com/c', title: '秋种', blocks: paragraphs('播种机下地。') }))).clipping;
    expect(await db.searchRecent.count()).toBe(1);
    expect(await ids('下地')).toEqual([a.id, b.id, c.id]);
    await mergeRecent();
    expect(await db.searchRecent.count()).toBe(0);
    expect(((await db.searchMeta.get('state')) as SearchState).segments).toHaveLength(2);
    await deleteClippings([a.id]);
    expect(await db.searchRecent.get(a.id)).toMatchObject({ deleted: true });
    expect(await ids('下地')).toEqual([b.id, c.id]);
    expect((await searchClippings('下地')).total).toBe(2);
    await mergeRecent();
    expect(await ids('下地')).toEqual([b.id, c.id]);
  });

  it('follows save, edit, delete, restore and import', async () => {
    const { clipping } = await saveClipping(article({ title: '春耕备耕', blocks: paragraphs('农机手忙着检修拖拉机。') }));
    expect(await ids('拖拉机')).toEqual([clipping.id]);

    await updateClipping(clipping.id, { blocks: paragraphs('无人机飞防作业。'), tags: ['农业'] });
    expect(await ids('拖拉机')).toEqual([]);
    expect(await ids('无人机')).toEqual([clipping.id]);
    expect(await ids('农业')).toEqual([clipping.id]);

    // A clipped-again article (same url and title) updates the stored one.
    await saveClipping(article({ title: '春耕备耕', blocks: paragraphs('插秧机下田。') }));
    expect(await ids('无人机')).toEqual([]);
    expect(await ids('插秧机')).toEqual([clipping.id]);

    const deleted = await deleteClippings([clipping.id]);
    expect(await ids('插秧机')).toEqual([]);
    expect(await db.searchRecent.get(clipping.id)).toMatchObject({ deleted: true });

    await restoreClippings(deleted);
    expect(await ids('插秧机')).toEqual([clipping.id]);

    const now = Date.now() + 1000;
    const result = await mergeClippings([
      { ...deleted[0], id: 40, url: 'https://example.com/b', title: '夏粮丰收', blocks: paragraphs('麦浪滚滚。'), contentHash: undefined, createdAt: now, updatedAt: now } as never,
    ]);
    expect(result.added).toBe(1);
    expect(await ids('麦浪')).toEqual([40]);
    expect(await db.searchRecent.count()).toBe(await countClippings());
  });

  it('aborts the save when the index write fails, leaving nothing half-written', async () => {
    const { clipping } = await saveClipping(article({ title: '原来的标题' }));
    useTableMiddleware('fail-search-index', (name, table) =>
      name !== 'searchRecent' ? table : { ...table, mutate: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')) },
    );
    try {
      await db.open();
      const failed = saveClipping(article({ url: 'https://example.com/other', title: '新文章', blocks: paragraphs('新的正文。') }));
      await expect(failed).rejects.toBeInstanceOf(StorageError);
      await expect(failed).rejects.toMatchObject({ code: 'quota' });
      expect(await countClippings()).toBe(1);

      await expect(updateClipping(clipping.id, { title: '改过的标题' })).rejects.toMatchObject({ code: 'quota' });
      expect((await getClipping(clipping.id))?.title).toBe('原来的标题');
    } finally {
      dropMiddleware('fail-search-index');
      await db.open();
    }
    expect(await ids('原来')).toEqual([clipping.id]);
    expect(await ids('新文章')).toEqual([]);
  });
});

describe('old data', () => {
  it('indexes clippings saved before the index existed (no state), on the first search', async () => {
    for (const title of ['甲午战争', '乙巳年', '丙午马年']) await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}的正文。`) }));
    // As a database from before v4: clippings, and no index.
    await db.transaction('rw', [db.postings, db.searchRecent, db.searchMeta, db.searchIndex], async () => {
      await Promise.all([db.postings.clear(), db.searchRecent.clear(), db.searchMeta.clear(), db.searchIndex.clear()]);
    });
    forgetIndexView();
    expect((await searchClippings('午')).total).toBe(2);
    expect(((await db.searchMeta.get('state')) as SearchState).built).toBe(true);
    expect(((await db.searchMeta.get('state')) as SearchState).segments.reduce((n, seg) => n + seg.n, 0)).toBe(3);
  });

  it('rebuilds with progress, and leaves out what has no clipping (the old words table emptied)', async () => {
    for (let i = 0; i < 7; i++) await saveClipping(article({ url: null, title: `第${i}篇`, blocks: paragraphs(`正文${i}。`) }));
    await db.searchIndex.put({ id: 999, terms: ['orphan'] });
    const progress: Array<[number, number]> = [];
    expect(await rebuildSearchIndex((done, total) => progress.push([done, total]))).toBe(7);
    expect(progress[0]).toEqual([0, 7]);
    expect(progress.at(-1)).toEqual([7, 7]);
    expect(await db.searchIndex.get(999)).toBeUndefined();
    expect((await searchClippings('正文')).total).toBe(7);
    expect(await db.searchRecent.count()).toBe(0);
  });

  it('builds again an index of an older format', async () => {
    const { clipping } = await saveClipping(article({ title: '旧格式' }));
    expect(await ids('格式')).toEqual([clipping.id]);
    const state = (await db.searchMeta.get('state')) as SearchState;
    await db.searchMeta.put({ ...state, format: state.format - 1 });
    await db.postings.clear();
    forgetIndexView();
    expect(await ids('格式')).toEqual([clipping.id]);
    expect(((await db.searchMeta.get('state')) as SearchState).format).toBe(state.format);
  });
});

/** A page opening afresh: a new connection, so search loads everything again. */
async function resetCaches(): Promise<void> {
  db.close();
  await db.open();
}

describe('what search keeps in memory', () => {
  it('reads again only the recent rows written since its last search, and drops merged ones', async () => {
    const saved = [];
    for (const title of ['春雨', '夏雨', '秋雨']) saved.push((await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}绵绵。`) }))).clipping);
    expect(await ids('绵绵')).toEqual(saved.map((c) => c.id)); // builds, merges them: no recent rows
    const read: number[] = [];
    const count = (row: { id: number }) => {
      read.push(row.id);
      return row;
    };
    db.searchRecent.hook('reading', count);
    try {
      const winter = (await saveClipping(article({ url: null, title: '冬雨', blocks: paragraphs('冬雨绵绵。') }))).clipping;
      expect(await ids('绵绵')).toEqual([...saved.map((c) => c.id), winter.id]);
      expect(read).toEqual([winter.id]);
      const state = (await db.searchMeta.get('state')) as SearchState;
      expect([...state.recent.keys()]).toEqual([winter.id]);

      read.length = 0;
      await updateClipping(saved[0].id, { blocks: paragraphs('春雨贵如油。') });
      await deleteClippings([saved[1].id]);
      expect(await ids('绵绵')).toEqual([saved[2].id, winter.id]);
      expect(read.sort((a, b) => a - b)).toEqual([saved[0].id, saved[1].id]); // not winter's again
      read.length = 0;
      expect(await ids('贵如油')).toEqual([saved[0].id]);
      expect(read).toEqual([]); // nothing written since

      await mergeRecent();
      expect(((await db.searchMeta.get('state')) as SearchState).recent.size).toBe(0);
      expect(await ids('绵绵')).toEqual([saved[2].id, winter.id]);
      expect(await ids('雨')).toEqual([saved[0].id, saved[2].id, winter.id]);
    } finally {
      db.searchRecent.hook('reading').unsubscribe(count);
    }
  });

  it('keeps an edit made while a merge builds its segment: the newer recent row stays', async () => {
    const a = (await saveClipping(article({ url: null, title: '初稿', blocks: paragraphs('旧的内容写的是稻田。') }))).clipping;
    expect(await ids('稻田')).toEqual([a.id]);
    await updateClipping(a.id, { blocks: paragraphs('中间的内容写的是麦田。') });
    const b = (await saveClipping(article({ url: null, title: '另一篇', blocks: paragraphs('麦田边的水渠。') }))).clipping;
    const merging = mergeRecent();
    await updateClipping(a.id, { blocks: paragraphs('新的内容写的是茶园。') });
    expect(await merging).toBe(1); // b only: a was written again meanwhile
    const state = (await db.searchMeta.get('state')) as SearchState;
    expect([...state.recent.keys()]).toEqual([a.id]);
    expect(await ids('麦田')).toEqual([b.id]);
    expect(await ids('稻田')).toEqual([]);
    expect(await ids('茶园')).toEqual([a.id]);
    await mergeRecent();
    expect(await ids('麦田')).toEqual([b.id]);
    expect(await ids('茶园')).toEqual([a.id]);
  });

  it('keeps the docs in shards of ids, and a merge rewrites only the shards of what it merged', async () => {
    const now = Date.now();
    const record = (id: number, title: string, date: string) => ({
      ...article({ url: null, title, blocks: paragraphs(`${title}的消息。`) }),
      id, url: null, source: null, date, page: null, tags: [], note: '', createdAt: now + id, updatedAt: now + id,
    }) as PutClipping;
    await putClippings([record(5, '甲地', '2024-01-05'), record(3000, '乙地', '2024-03-01'), record(3001, '丙地', '2024-02-01')]);
    expect((await searchClippings('消息')).hits.map((h) => h.id)).toEqual([3000, 3001, 5]); // newest first: the dates are read
    const shard = async (n: number) => (await db.searchMeta.get(`docs:${n}`)) as { ids: Int32Array; dates: Int32Array } | undefined;
    expect(Array.from((await shard(0))!.ids)).toEqual([5]);
    expect(Array.from((await shard(1))!.ids)).toEqual([3000, 3001]);

    await putClippings([record(9000, '丁地', '2024-04-01')]);
    await deleteClippings([5]);
    const written: string[] = [];
    const note = (key: unknown) => void written.push(String(key));
    const onCreate = (key: unknown) => note(key);
    const onUpdate = (_changes: object, key: unknown) => note(key);
    db.searchMeta.hook('creating', onCreate);
    db.searchMeta.hook('updating', onUpdate);
    try {
      await mergeRecent();
    } finally {
      db.searchMeta.hook('creating').unsubscribe(onCreate);
      db.searchMeta.hook('updating').unsubscribe(onUpdate);
    }
    expect(written.filter((k) => k.startsWith('docs')).sort()).toEqual(['docs:4']); // not docs:1
    expect(await shard(0)).toBeUndefined(); // its one clipping deleted
    expect(Array.from((await shard(1))!.ids)).toEqual([3000, 3001]);
    expect(Array.from((await shard(4))!.ids)).toEqual([9000]);
    expect(Array.from((await shard(4))!.dates)).toEqual([20240401]);
    forgetIndexView();
    expect((await searchClippings('消息')).hits.map((h) => h.id)).toEqual([9000, 3000, 3001]);
  });

  it('builds again when another page changed the format under it', async () => {
    const { clipping } = await saveClipping(article({ title: '旧格式' }));
    expect(await ids('格式')).toEqual([clipping.id]);
    const state = (await db.searchMeta.get('state')) as SearchState;
    await db.searchMeta.put({ ...state, format: state.format - 1 });
    await db.postings.clear();
    expect(await ids('格式')).toEqual([clipping.id]); // without forgetting: the read finds it not built
    expect(((await db.searchMeta.get('state')) as SearchState).format).toBe(state.format);
  });

  it('never answers from an old text after an edit', async () => {
    const { clipping } = await saveClipping(article({ blocks: paragraphs('第一稿写的是荷花。') }));
    expect(await ids('荷花')).toEqual([clipping.id]);
    await updateClipping(clipping.id, { blocks: paragraphs('第二稿改成了梅花。') });
    expect(await ids('荷花')).toEqual([]);
    expect(await ids('梅花')).toEqual([clipping.id]);
    expect(await scanClippings('梅花')).toEqual([clipping.id]);
  });
});
