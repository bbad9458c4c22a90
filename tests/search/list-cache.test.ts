// A page keeps the posting lists its queries decoded, as of one state of the
// index: a second query for the same terms reads no posting rows, and any
// write (save, edit, delete) or merge makes the next query decode them again.
// It keeps the posting rows too, until a merge: a save leaves them as they are.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, deleteClippings, mergeRecent, saveClipping, updateClipping } from '@/lib/db';
import { searchClippings } from '@/lib/search';
import { article, dropMiddleware, paragraphs, resetSearch, useTableMiddleware } from './helpers';

/** Reads of the posting rows. */
let rowReads = 0;

// Counted on IndexedDB itself: a query asks for its rows on the transaction, not through Dexie.
const get = IDBObjectStore.prototype.get;

beforeEach(async () => {
  await resetSearch();
  for (const title of ['春耕', '夏收', '秋种']) await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}发展的正文。`) }));
  await mergeRecent();
  expect((await searchClippings('发展')).total).toBe(3);
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    if (this.name === 'postings') rowReads++;
    return get.call(this, key);
  };
  // A new connection: what the page kept of the query above is of the old one.
  db.close();
  await db.open();
  rowReads = 0;
});

afterEach(() => {
  IDBObjectStore.prototype.get = get;
});

describe('posting lists kept between queries', () => {
  it('answers the same terms again without reading their rows, and the same', async () => {
    const first = await searchClippings('发展');
    const reads = rowReads;
    expect(reads).toBeGreaterThan(0);
    const again = await searchClippings('发展');
    expect(rowReads).toBe(reads);
    expect(again.total).toBe(first.total);
    expect(again.hits.map((h) => h.id)).toEqual(first.hits.map((h) => h.id));
  });

  it('reads them again after a save, an edit and a delete, and counts each', async () => {
    await searchClippings('发展');
    const saved = await saveClipping(article({ url: null, title: '冬藏', blocks: paragraphs('冬藏也要发展。') }));
    expect((await searchClippings('发展')).total).toBe(4);
    await updateClipping(saved.clipping.id, { blocks: paragraphs('冬藏不提了。') });
    expect((await searchClippings('发展')).total).toBe(3);
    const reads = rowReads;
    await searchClippings('发展');
    expect(rowReads).toBe(reads);
    const [one] = (await searchClippings('春耕')).hits;
    await deleteClippings([one.id]);
    expect((await searchClippings('发展')).total).toBe(2);
    await mergeRecent();
    expect((await searchClippings('发展')).total).toBe(2);
    expect(rowReads).toBeGreaterThan(reads);
  });

  it('keeps the rows past a save (the new clipping comes from its recent row), and reads them again after a merge', async () => {
    await searchClippings('发展的正');
    const reads = rowReads;
    expect(reads).toBeGreaterThan(0);
    await saveClipping(article({ url: null, title: '冬藏', blocks: paragraphs('冬藏也要发展的正文。') }));
    expect((await searchClippings('发展的正')).total).toBe(4);
    expect(rowReads).toBe(reads);
    await mergeRecent();
    expect((await searchClippings('发展的正')).total).toBe(4);
    expect(rowReads).toBeGreaterThan(reads);
  });
});

describe('posting rows', () => {
  it('are asked for on the read transaction itself, not through Dexie (its middleware sees none of them)', async () => {
    let throughDexie = 0;
    useTableMiddleware('count-dexie-row-reads', (name, table) =>
      name !== 'postings' ? table : { ...table, get: (req) => (throughDexie++, table.get(req)), getMany: (req) => ((throughDexie += req.keys.length), table.getMany(req)) },
    );
    try {
      await db.open();
      expect((await searchClippings('发展的正')).total).toBe(3);
      expect(rowReads).toBeGreaterThan(0);
      expect(throughDexie).toBe(0);
    } finally {
      dropMiddleware('count-dexie-row-reads');
    }
  });
});
