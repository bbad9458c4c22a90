import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, expect, it } from 'vitest';
import { contentHash, countClippings, db, DB_NAME, getClipping, listClippings, saveClipping } from '../../lib/db';
import { SCHEMA_V1 } from '../../lib/db/db';
import { article, resetDatabase } from './helpers';

beforeEach(resetDatabase);

/** Writes records the way the v1 code did, then closes that connection. */
async function createV1(records: object[]): Promise<void> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('clippings').bulkAdd(records);
  v1.close();
}

const v1Record = {
  url: 'http://paper.people.com.cn/a.html', source: '人民日报', date: '2025-07-01', page: '4版 要闻',
  column: null, kicker: null, title: '锻造民族复兴的中流砥柱', subtitle: null, byline: '钟华论', continuation: null,
  blocks: [{ type: 'paragraph', text: '正文。' }], captions: [],
  tags: '党史, 评论，要闻、 ,党史', createdAt: 1_700_000_000_000,
};

it('upgrades v1 records: tags to an array, note, updatedAt and contentHash filled', async () => {
  await createV1([v1Record, { ...v1Record, url: null, title: '无标签', tags: '', createdAt: 1_700_000_100_000 }]);
  await db.open();
  expect(db.verno).toBe(5);
  const first = await getClipping(1);
  expect(first).toMatchObject({
    id: 1, tags: ['党史', '评论', '要闻'], note: '', updatedAt: 1_700_000_000_000, createdAt: 1_700_000_000_000,
    contentHash: contentHash('锻造民族复兴的中流砥柱', [{ text: '正文。' }]),
  });
  expect((await getClipping(2))?.tags).toEqual([]);
  // The new indexes work on upgraded data.
  expect((await listClippings({ tag: '评论' })).map((c) => c.id)).toEqual([1]);
  expect(await db.clippings.where('contentHash').equals(first!.contentHash).count()).toBe(1);
  expect(db.tables.map((t) => t.name).sort()).toEqual(['clippings', 'postings', 'quarantine', 'searchIndex', 'searchMeta', 'searchRecent']);
  expect(await db.postings.count()).toBe(0);
});

it('recognises an upgraded record as the same article when clipped again', async () => {
  await createV1([{ ...v1Record, url: null }]);
  const { status, clipping } = await saveClipping(article({ url: null, title: v1Record.title, blocks: [{ type: 'paragraph', text: '正 文。' }] }));
  expect(status).toBe('updated');
  expect(clipping.id).toBe(1);
  expect(clipping.tags).toEqual(['党史', '评论', '要闻']);
  expect(await countClippings()).toBe(1);
});
