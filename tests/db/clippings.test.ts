import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  countClippings, db, deleteClippings, getClipping, listClippings, restoreClippings, saveClipping, updateClipping,
} from '../../lib/db';
import { repairClipping } from '../../lib/library/repair-clipping';
import { article, resetDatabase } from './helpers';

beforeEach(resetDatabase);

describe('saveClipping', () => {
  it('adds a new clipping with managed fields', async () => {
    const { clipping, status } = await saveClipping(article({ tags: [' 党史 ', '党史', ''] }));
    expect(status).toBe('added');
    expect(clipping.id).toBeTypeOf('number');
    expect(clipping.tags).toEqual(['党史']);
    expect(clipping.note).toBe('');
    expect(clipping.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(clipping.updatedAt).toBe(clipping.createdAt);
    expect(await getClipping(clipping.id)).toEqual(clipping);
  });

  it('updates the same url instead of duplicating, keeping id, createdAt, tags and note', async () => {
    const first = (await saveClipping(article({ tags: ['评论'], note: '重读' }))).clipping;
    const again = await saveClipping(article({ blocks: [{ type: 'paragraph', text: '改过的正文。' }], page: null }));
    expect(again.status).toBe('updated');
    expect(again.clipping.id).toBe(first.id);
    expect(again.clipping.createdAt).toBe(first.createdAt);
    expect(again.clipping.tags).toEqual(['评论']);
    expect(again.clipping.note).toBe('重读');
    expect(again.clipping.page).toBe('4版 要闻'); // the new clip lacked it
    expect(again.clipping.blocks).toEqual([{ type: 'paragraph', text: '改过的正文。' }]);
    expect(again.clipping.contentHash).not.toBe(first.contentHash);
    expect(await countClippings()).toBe(1);
  });

  it('replaces tags and note when the input gives them', async () => {
    await saveClipping(article({ tags: ['旧'], note: '旧注' }));
    const { clipping } = await saveClipping(article({ tags: ['新'], note: '' }));
    expect(clipping.tags).toEqual(['新']);
    expect(clipping.note).toBe('');
  });

  it('keeps another article printed on the same page url apart', async () => {
    await saveClipping(article());
    const other = await saveClipping(article({ title: '另一篇文章', blocks: [{ type: 'paragraph', text: '别的内容。' }] }));
    expect(other.status).toBe('added');
    expect(await countClippings()).toBe(2);
  });

  it('matches pasted text (no url) by content hash', async () => {
    const first = await saveClipping(article({ url: null }));
    const again = await saveClipping(article({ url: null, blocks: article().blocks.map((b) => ({ ...b, text: ` ${b.text}\u3000` })) }));
    expect(again.status).toBe('updated');
    expect(again.clipping.id).toBe(first.clipping.id);
    // Clipping the web page later keeps both: the paste and the web version are two clippings (issue 12, 6).
    const fromPage = await saveClipping(article());
    expect(fromPage.status).toBe('added');
    expect(fromPage.clipping.url).toBe(article().url);
    expect((await db.clippings.get(first.clipping.id))!.url).toBeNull();
    expect(await countClippings()).toBe(2);
    // And a paste of the same article after the web clipping does not replace the web version's body.
    const web = (await db.clippings.get(fromPage.clipping.id))!;
    const pastedAgain = await saveClipping(article({ url: null, byline: null, blocks: [{ type: 'paragraph', text: web.blocks.map((b) => b.text).join('') }] }));
    expect(pastedAgain.clipping.id).not.toBe(web.id);
    expect((await db.clippings.get(web.id))!.blocks).toEqual(web.blocks);
  });

  it('clipping the page again never undoes a repair made in the reader: the new text goes beside it, once', async () => {
    const { clipping: web } = await saveClipping(article({ tags: ['评论'] }));
    // The reader's repair (as library-actions writes it): a kicker the extraction missed.
    const repair = repairClipping(web, { op: 'editHead', article: 0, field: 'kicker', value: '补上的引题' })!;
    const repaired = (await updateClipping(web.id, repair, web.updatedAt))!;
    expect(repaired).toMatchObject({ kicker: '补上的引题', corrections: [expect.anything()] });

    const again = await saveClipping(article());
    expect(again.status).toBe('added');
    expect(await getClipping(web.id)).toEqual(repaired);
    expect(again.clipping).toMatchObject({ kicker: null, url: web.url, conflictOf: web.id });
    // A third clip of the same page updates that copy; the repaired clipping stays as it is.
    const third = await saveClipping(article({ page: '5版' }));
    expect(third).toMatchObject({ status: 'updated', clipping: { id: again.clipping.id, page: '5版' } });
    expect(await getClipping(web.id)).toEqual(repaired);
    expect(await countClippings()).toBe(2);
    // Clipped text the same as the repaired one updates it as before.
    const same = await saveClipping({ ...article(), kicker: '补上的引题' });
    expect(same).toMatchObject({ status: 'updated', clipping: { id: web.id, kicker: '补上的引题' } });
  });

  it('strips direction controls (RLO and the like) from titles and names', async () => {
    const { clipping } = await saveClipping(article({ title: '标题\u202egnp.exe', byline: '\u2066记者\u2069 李明', source: '人民\u200f日报', tags: ['\u202a评论'] }));
    expect([clipping.title, clipping.byline, clipping.source, clipping.tags]).toEqual(['标题gnp.exe', '记者 李明', '人民日报', ['评论']]);
  });

  it('keeps a reprint of the same text at another url apart', async () => {
    await saveClipping(article());
    const reprint = await saveClipping(article({ url: 'https://www.xinhuanet.com/20250701/a.html', source: '新华网' }));
    expect(reprint.status).toBe('added');
  });

  it('rejects an empty article and a malformed date, writing nothing', async () => {
    await expect(saveClipping(article({ title: ' ', blocks: [] }))).rejects.toThrow(TypeError);
    await expect(saveClipping(article({ date: '2025-02-30' }))).rejects.toThrow(/YYYY-MM-DD/);
    expect(await countClippings()).toBe(0);
  });

  it('stores only the model fields', async () => {
    const input = { ...article(), extra: () => 1 } as ReturnType<typeof article>;
    const { clipping } = await saveClipping(input);
    expect(Object.keys(await db.clippings.get(clipping.id) ?? {}).sort()).toEqual([
      'blocks', 'byline', 'captions', 'column', 'contentHash', 'continuation', 'createdAt', 'date', 'id', 'kicker',
      'note', 'page', 'source', 'subtitle', 'tags', 'title', 'updatedAt', 'url',
    ]);
  });
});

describe('updateClipping', () => {
  it('applies a patch and recomputes the hash, keeping id and createdAt', async () => {
    const { clipping } = await saveClipping(article());
    const next = await updateClipping(clipping.id, { title: '新标题', tags: ['甲', '甲', '乙'], note: '笔记' });
    expect(next).toMatchObject({ id: clipping.id, createdAt: clipping.createdAt, title: '新标题', tags: ['甲', '乙'], note: '笔记' });
    expect(next!.contentHash).not.toBe(clipping.contentHash);
    expect(next!.updatedAt).toBeGreaterThanOrEqual(clipping.updatedAt);
    expect(await getClipping(clipping.id)).toEqual(next);
  });

  it('ignores attempts to change managed fields', async () => {
    const { clipping } = await saveClipping(article());
    const next = await updateClipping(clipping.id, { id: 99, createdAt: 1 } as never);
    expect(next).toMatchObject({ id: clipping.id, createdAt: clipping.createdAt });
  });

  it('rejects a malformed date and leaves the record alone', async () => {
    const { clipping } = await saveClipping(article());
    await expect(updateClipping(clipping.id, { date: '2025-02-30', note: 'x' })).rejects.toThrow(TypeError);
    expect(await getClipping(clipping.id)).toEqual(clipping);
  });

  it('resolves undefined for a missing id', async () => {
    expect(await updateClipping(42, { note: 'x' })).toBeUndefined();
  });
});

describe('deleteClippings / restoreClippings', () => {
  it('returns the deleted records and restores them identically', async () => {
    const a = (await saveClipping(article())).clipping;
    const b = (await saveClipping(article({ url: null, title: '第二篇', tags: ['t'] }))).clipping;
    const deleted = await deleteClippings([a.id, b.id, 999]);
    expect(deleted).toEqual([a, b]);
    expect(await countClippings()).toBe(0);
    expect(await restoreClippings(deleted)).toBe(2);
    expect(await getClipping(a.id)).toEqual(a);
    expect(await getClipping(b.id)).toEqual(b);
  });
});

describe('listClippings / countClippings', () => {
  beforeEach(async () => {
    let t = 1_000;
    const save = async (o: Parameters<typeof article>[0]) => {
      const { clipping } = await saveClipping(article(o));
      await db.clippings.update(clipping.id, { createdAt: (t += 1_000) });
    };
    await save({ url: 'u1', title: '一', source: '人民日报', date: '2025-06-01', tags: ['经济'] });
    await save({ url: 'u2', title: '二', source: '光明日报', date: '2025-06-15', tags: ['文化'] });
    await save({ url: 'u3', title: '三', source: '人民日报', date: '2025-07-01', tags: ['经济', '文化'] });
    await save({ url: 'u4', title: '四', source: '人民日报', date: null, tags: [] });
  });

  const titles = (list: { title: string | null }[]) => list.map((c) => c.title);

  it('lists newest first with limit and offset', async () => {
    expect(titles(await listClippings())).toEqual(['四', '三', '二', '一']);
    expect(titles(await listClippings({ limit: 2, offset: 1 }))).toEqual(['三', '二']);
  });

  it('filters by source, tag and date range, alone and combined', async () => {
    expect(titles(await listClippings({ source: '人民日报' }))).toEqual(['四', '三', '一']);
    expect(titles(await listClippings({ tag: '文化' }))).toEqual(['三', '二']);
    expect(titles(await listClippings({ from: '2025-06-10' }))).toEqual(['三', '二']);
    expect(titles(await listClippings({ to: '2025-06-15' }))).toEqual(['二', '一']);
    expect(titles(await listClippings({ tag: '经济', source: '人民日报', from: '2025-06-02' }))).toEqual(['三']);
    expect(titles(await listClippings({ source: '人民日报', limit: 1, offset: 1 }))).toEqual(['三']);
  });

  it('counts with the same filters', async () => {
    expect(await countClippings()).toBe(4);
    expect(await countClippings({ source: '人民日报' })).toBe(3);
    expect(await countClippings({ tag: '经济', to: '2025-06-30' })).toBe(1);
    expect(await countClippings({ source: '新华社' })).toBe(0);
  });
});
