// The side panel reads the docs (every clipping's version and dates) as it
// opens, so its first search does not: prepareSearch warms the index view,
// and a search made meanwhile waits for that read instead of making its own.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, foregroundIdle, forgetIndexView, saveClipping } from '@/lib/db';
import { prepareSearch, searchClippings } from '@/lib/search';
import { article, dropMiddleware, paragraphs, resetSearch, useTableMiddleware } from './helpers';

/** Range reads of searchMeta (the docs shards are read so; the state row by key). */
let docsReads = 0;

beforeEach(async () => {
  await resetSearch();
  for (const title of ['春耕', '夏收', '秋种']) await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}的正文。`) }));
  expect((await searchClippings('正文')).total).toBe(3); // builds the index
  useTableMiddleware('count-docs-reads', (name, table) => (name !== 'searchMeta' ? table : { ...table, query: (req) => (docsReads++, table.query(req)) }));
  await db.open();
  forgetIndexView(); // a page just opened
  docsReads = 0;
});

afterEach(async () => {
  dropMiddleware('count-docs-reads');
  await db.open();
});

describe('prepareSearch', () => {
  it('reads the docs once, before the first search, which then reads none', async () => {
    await prepareSearch();
    expect(docsReads).toBe(1);
    expect((await searchClippings('春耕')).total).toBe(1);
    expect(docsReads).toBe(1);
  });

  it('makes a search typed while it reads wait for it rather than read the docs again', async () => {
    const preparing = prepareSearch();
    const found = await searchClippings('夏收');
    await preparing;
    expect(found.total).toBe(1);
    expect(docsReads).toBe(1);
  });

  it('reads as a foreground read: background reads (the library list\'s parts) hold back until it ends', async () => {
    let idle = false;
    const preparing = prepareSearch();
    const waited = foregroundIdle(10_000).then(() => (idle = true));
    // A few turns of the microtask queue (no read of IndexedDB completes in them): with no foreground read it resolves at once.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(idle).toBe(false);
    await preparing;
    await waited;
    expect(idle).toBe(true);
    expect(docsReads).toBe(1);
  });

  it('without it, the first search reads the docs itself (what the count above would miss)', async () => {
    expect((await searchClippings('秋种')).total).toBe(1);
    expect(docsReads).toBe(1);
  });
});
