import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import {
  countClippings, db, deleteClippings, mergeClippings, restoreClippings, saveClipping, setIndexer, updateClipping,
} from '../../lib/db';
import type { Indexer } from '../../lib/db';
import { article, resetDatabase } from './helpers';

beforeEach(resetDatabase);

/** A toy indexer: one term per title character. */
const toyIndexer: Indexer = {
  index: (tx, c) => tx.table('searchIndex').put({ id: c.id, terms: [...new Set(c.title ?? '')] }),
  remove: (tx, id) => tx.table('searchIndex').delete(id),
};

it('is called inside every write transaction', async () => {
  setIndexer(toyIndexer);
  const { clipping } = await saveClipping(article({ title: '甲乙' }));
  expect(await db.searchIndex.get(clipping.id)).toEqual({ id: clipping.id, terms: ['甲', '乙'] });

  await updateClipping(clipping.id, { title: '丙' });
  expect(await db.searchIndex.where('terms').equals('丙').primaryKeys()).toEqual([clipping.id]);

  const deleted = await deleteClippings([clipping.id]);
  expect(await db.searchIndex.count()).toBe(0);

  await restoreClippings(deleted);
  expect(await db.searchIndex.get(clipping.id)).toBeDefined();

  await mergeClippings([{ ...deleted[0], id: 50, url: 'other', title: '丁', updatedAt: Date.now() + 1 }]);
  expect(await db.searchIndex.get(50)).toEqual({ id: 50, terms: ['丁'] });
});

it('aborts the whole write when the indexer fails', async () => {
  setIndexer({ index: () => Promise.reject(new Error('indexer broke')), remove: () => undefined });
  await expect(saveClipping(article())).rejects.toThrow('indexer broke');
  expect(await countClippings()).toBe(0);
});

it('can be removed again', async () => {
  setIndexer(toyIndexer);
  expect(setIndexer(null)).toBe(toyIndexer);
  await saveClipping(article());
  expect(await db.searchIndex.count()).toBe(0);
});
