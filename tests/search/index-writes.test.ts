// How the index writes its rows: once, never over (a merge writes under a
// fresh key, then deletes what it replaced in small transactions), so
// Chromium keeps no undo log of old rows for its next open to read again
// (lib/db/postings/merge.ts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, mergeRecent, tidySegments } from '@/lib/db';
import { rebuildSearchIndex, scanClippings } from '@/lib/search';
import { contentHash, type Clipping } from '@/lib/db';
import { rankedIds, resetSearch, saveSome, searchState } from './helpers';
import { sampleClipping, seededRandom } from './sample-corpus';

beforeEach(resetSearch);

/** Posting rows written over (an existing key put again) and deleted, per transaction. */
function watchPostings() {
  const overwritten: unknown[] = [];
  const deletes = new Map<unknown, number>();
  const onUpdate = (_changes: object, key: unknown) => void overwritten.push(key);
  const onDelete = (_key: unknown, _row: unknown, tx: unknown) => void deletes.set(tx, (deletes.get(tx) ?? 0) + 1);
  db.postings.hook('updating', onUpdate);
  db.postings.hook('deleting', onDelete);
  stop = () => {
    db.postings.hook('updating').unsubscribe(onUpdate);
    db.postings.hook('deleting').unsubscribe(onDelete);
  };
  return { overwritten, deletes };
}
let stop = () => undefined as void;
afterEach(() => stop());

const state = searchState;
const rowKeys = async () => new Set((await db.postings.toCollection().primaryKeys()).map(([seg]) => seg));
const ids = rankedIds;


describe('writing the index rows once', () => {
  it('folds segments into rows under a fresh key, then deletes the old rows; nothing written over', async () => {
    const first = await saveSome(3);
    expect(await ids('春耕')).toEqual(first); // builds the index: one segment
    const more = await saveSome(2, 3);
    await mergeRecent();
    const before = await state();
    expect(before.segments).toHaveLength(2);
    const oldKeys = new Set(before.segments.map((s) => s.key ?? s.lo));

    const { overwritten, deletes } = watchPostings();
    await tidySegments(); // the small one holds more than an eighth of the main one: folded in
    expect(overwritten).toEqual([]);
    const after = await state();
    expect(after.segments).toHaveLength(1);
    const [merged] = after.segments;
    expect(oldKeys.has(merged.key!)).toBe(false);
    expect(merged.bytes).toBeGreaterThan(0);
    expect(await rowKeys()).toEqual(new Set([merged.key]));
    expect(deletes.size).toBeGreaterThan(0);

    expect(await ids('春耕')).toEqual([...first, ...more]);
    expect(await ids('检修')).toEqual(await scanClippings('检修'));
  });

  it('deletes the recent rows it merged after the switch, and drops rows no longer listed in the state', async () => {
    const first = await saveSome(2);
    await ids('春耕');
    const [a, b] = await saveSome(2, 2);
    // A recent row the state does not list (merged by a page that closed before deleting it): never merged again.
    await db.searchRecent.put({ id: 999, v: 1, grams: new Float64Array([0x6625]), codes: new Uint8Array([0]), date: 0, created: 0 });
    expect(await mergeRecent()).toBe(2);
    expect(await db.searchRecent.count()).toBe(0);
    expect((await state()).recent.size).toBe(0);
    expect(await ids('春耕')).toEqual([...first, a, b]);
    expect(await ids('春')).toEqual([...first, a, b]);
  });

  it('rebuilds over an existing index without writing a row over', async () => {
    const all = await saveSome(4);
    await ids('春耕');
    const oldKeys = await rowKeys();
    const { overwritten } = watchPostings();
    expect(await rebuildSearchIndex()).toBe(4);
    expect(overwritten).toEqual([]);
    const keys = await rowKeys();
    const segs = (await state()).segments;
    expect(keys).toEqual(new Set(segs.map((s) => s.key ?? s.lo)));
    for (const key of keys) expect(oldKeys.has(key)).toBe(false);
    expect(await ids('拖拉机')).toEqual(all);
  });

  it('builds a library of several chunks as one segment, each row written once, its scratch gone after', async () => {
    const random = seededRandom(7);
    const now = Date.now();
    const rows = Array.from({ length: 2300 }, (_, i) => {
      const input = sampleClipping(random, { chars: 80 });
      return {
        ...input, url: null, source: null, date: input.date ?? null, page: null, tags: [], note: '',
        createdAt: now + i, updatedAt: now + i, contentHash: contentHash(input.title, input.blocks),
      } as Omit<Clipping, 'id'>;
    });
    await db.clippings.bulkAdd(rows as Clipping[]); // unindexed, as data from before the index
    const { overwritten, deletes } = watchPostings();
    expect(await rebuildSearchIndex()).toBe(2300);
    expect(overwritten).toEqual([]);
    expect(deletes.size).toBe(0);
    const [segment, ...more] = (await state()).segments;
    expect(more).toEqual([]);
    expect(segment.n).toBe(2300);
    expect(await rowKeys()).toEqual(new Set([segment.key ?? segment.lo]));
    expect(await db.searchMeta.where('key').startsWith('build:').count()).toBe(0);
    for (const q of ['发展', '经济', '中国人民', '建设', 'gdp']) expect(await ids(q)).toEqual(await scanClippings(q));
  }, 60_000);
});
