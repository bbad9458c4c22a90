// Upgrades never stop on old data that does not fit (issue 12, item 5). Each
// test builds a real old database (Dexie at the old version and schema, the
// records written as that version could hold them), closes it, and opens it
// with the current code: the upgrade completes, good records are intact and
// searchable, records that can be coerced are, and the rest are in the
// quarantine table with the reason.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentHash, countClippings, countQuarantined, db, DB_NAME, getClipping, listQuarantined, POSTINGS_FORMAT } from '../../lib/db';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../lib/db/db';
import { EARLIEST_TIME } from '../../lib/db/validate';
import { makeQuarantineExport, QUARANTINE_FORMAT_NAME } from '../../lib/export';
import { matchingIds } from '../../lib/search';
import { resetDatabase } from './helpers';

beforeEach(resetDatabase);

const OLD_SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4];

/** The database as version `version` of the code left it: its schema chain, these rows, then closed. */
async function createOld(version: 1 | 2 | 3 | 4, records: object[], extra?: (old: Dexie) => Promise<void>): Promise<void> {
  await db.delete();
  db.close();
  const old = new Dexie(DB_NAME);
  for (let v = 1; v <= version; v++) old.version(v).stores(OLD_SCHEMAS[v - 1]);
  await old.open();
  // put, not add: some rows carry an explicit key of their own (a string id).
  // A copy each: Dexie writes the new key into the object it is given.
  for (const r of records) await old.table('clippings').put(structuredClone(r));
  await extra?.(old);
  old.close();
}

/** Opens with the current code (upgrading), as the side panel would. */
async function openCurrent(): Promise<void> {
  await db.open();
  expect(db.verno).toBe(5);
}

const body = (text: string) => [{ type: 'paragraph', text }];
const T0 = 1_700_000_000_000;
const good = {
  url: 'http://paper.people.com.cn/good.html', source: '人民日报', date: '2025-07-01', page: '4版 要闻',
  column: null, kicker: null, title: '锻造民族复兴的中流砥柱', subtitle: null, byline: '钟华论', continuation: null,
  blocks: body('一百零四年来，中国共产党团结带领中国人民，创造了彪炳史册的伟大成就。'), captions: [],
  tags: '党史, 评论', createdAt: T0,
};

describe('v1 → v5', () => {
  it('blocks as bare strings, a string body, an impossible time and odd tags are repaired; empty records set aside; the rest intact and searchable', async () => {
    await createV1Library();
    await openCurrent();

    expect(await countClippings()).toBe(5);
    expect(await countQuarantined()).toBe(2);

    // The good record: exactly what the v2 step made of it.
    expect(await getClipping(1)).toMatchObject({
      title: good.title, tags: ['党史', '评论'], note: '', createdAt: T0, updatedAt: T0, blocks: good.blocks,
      contentHash: contentHash(good.title, good.blocks),
    });
    // blocks: ["text"] (what made the v2 upgrade throw) becomes a paragraph.
    expect(await getClipping(2)).toMatchObject({ title: '乡村振兴新画卷', blocks: body('浙江安吉余村的绿水青山。') });
    // A body stored as one string: split into paragraphs, not dropped.
    expect((await getClipping(3))?.blocks).toEqual(body('第一段黄河治理。').concat(body('第二段。')));
    // A time in the year 318,857 is clamped to now; one before 1990 falls back to createdAt.
    const future = await getClipping(4);
    expect(future!.createdAt).toBeLessThanOrEqual(Date.now());
    expect(future!.createdAt).toBeGreaterThan(Date.now() - 60_000);
    expect(future!.updatedAt).toBeGreaterThanOrEqual(EARLIEST_TIME);
    expect(() => new Date(future!.updatedAt).toISOString()).not.toThrow();
    // Tags of odd kinds: text kept, the rest gone; a number for a source becomes its text.
    expect(await getClipping(5)).toMatchObject({ tags: ['评论', '2025'], source: '123', date: '2025-07-03' });

    const rows = await listQuarantined();
    expect(rows.map((r) => r.key).sort()).toEqual([6, 7]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get(6)!.reason).toMatch(/no title and no text/);
    // The raw record exactly as it was stored: nothing lost.
    expect(byKey.get(7)!.record).toMatchObject({ id: 7, title: null, blocks: [{ foo: 1 }], note: '私人笔记' });
    expect(byKey.get(7)!.reason).toMatch(/no title and no text/);
    expect(await db.clippings.get(6)).toBeUndefined();

    // Searchable, the repaired ones too: the index (built on the first search) reads what is stored now.
    expect(await matchingIds('中流砥柱')).toEqual([1]);
    expect(await matchingIds('余村')).toEqual([2]);
    expect(await matchingIds('黄河')).toEqual([3]);
    expect(await matchingIds('私人笔记')).toEqual([]);
  });

  it('the set-aside records export as JSON with their reasons and raw fields', async () => {
    await createV1Library();
    await openCurrent();
    const file = JSON.parse(makeQuarantineExport(await listQuarantined(), new Date(T0)));
    expect(file).toMatchObject({ formatName: QUARANTINE_FORMAT_NAME, count: 2 });
    const seven = file.records.find((r: { key: number }) => r.key === 7);
    expect(seven.reason).toMatch(/no title and no text/);
    expect(seven.record).toMatchObject({ id: 7, note: '私人笔记', blocks: [{ foo: 1 }] });
    expect(typeof seven.setAsideAt).toBe('string');
  });

  it('a library of only good records upgrades with nothing set aside', async () => {
    await createOld(1, [good, { ...good, url: null, title: '第二篇', tags: '' }]);
    await openCurrent();
    expect(await countClippings()).toBe(2);
    expect(await countQuarantined()).toBe(0);
    expect((await getClipping(2))?.tags).toEqual([]);
  });
});

async function createV1Library(): Promise<void> {
  await createOld(1, [
    good,
    { ...good, url: 'https://e.cn/2', title: '乡村振兴新画卷', blocks: ['浙江安吉余村的绿水青山。'], createdAt: T0 + 1 },
    { ...good, url: 'https://e.cn/3', title: '黄河', blocks: '第一段黄河治理。\n\n第二段。', createdAt: T0 + 2 },
    { ...good, url: 'https://e.cn/4', title: '来自未来', createdAt: 1e16, updatedAt: 5 },
    { ...good, url: 'https://e.cn/5', title: '杂项', source: 123, tags: ['评论', { x: 1 }, 2025], date: '2025/7/3', createdAt: T0 + 4 },
    { ...good, url: 'https://e.cn/6', title: '', blocks: [], createdAt: T0 + 5 },
    { ...good, url: 'https://e.cn/7', title: null, blocks: [{ foo: 1 }], note: '私人笔记', createdAt: T0 + 6 },
  ]);
}

describe('v3 and v4 → v5', () => {
  it('v3: source: 123 and no blocks is repaired when it has a title, set aside when it has nothing', async () => {
    await createOld(3, [
      { ...good, tags: ['党史'], note: '', updatedAt: T0, contentHash: contentHash(good.title, good.blocks) },
      { url: 'https://e.cn/n', source: 123, title: '只有标题', createdAt: T0, updatedAt: T0, tags: [] },
      { url: 'https://e.cn/m', source: 123, createdAt: T0, updatedAt: T0, tags: [] },
    ]);
    await openCurrent();
    expect(await countClippings()).toBe(2);
    expect(await getClipping(2)).toMatchObject({ source: '123', blocks: [], title: '只有标题', captions: [], note: '' });
    const [row] = await listQuarantined();
    expect(row).toMatchObject({ key: 3, record: { source: 123 } });
    expect(row.reason).toMatch(/no title and no text/);
    expect(db.tables.map((t) => t.name)).not.toContain('searchTexts');
    expect(await matchingIds('只有标题')).toEqual([2]);
  });

  it('v4: a record under a key that is no id is set aside; a built index is kept when nothing changed, built again when something did', async () => {
    const sentinel = { seg: 1, bucket: 0, terms: [], offsets: new Uint32Array(1), data: new Uint8Array(0) };
    const builtState = { key: 'state', format: POSTINGS_FORMAT, version: 7, gen: 9, merged: 3, built: true, segments: [], recent: new Map() };
    const fine = { ...good, tags: ['党史'], note: '', updatedAt: T0, contentHash: contentHash(good.title, good.blocks) };
    await createOld(4, [fine], async (old) => {
      await old.table('postings').put(sentinel);
      await old.table('searchMeta').put(builtState);
    });
    await openCurrent();
    expect(await countQuarantined()).toBe(0);
    expect(await db.postings.count()).toBe(1);
    expect(await db.searchMeta.get('state')).toMatchObject({ built: true, version: 7 });

    await createOld(4, [fine, { ...fine, id: 'abc', url: 'https://e.cn/k', title: '键不是编号' }], async (old) => {
      await old.table('postings').put(sentinel);
      await old.table('searchMeta').put(builtState);
    });
    await openCurrent();
    expect(await countClippings()).toBe(1);
    const [row] = await listQuarantined();
    expect(row.key).toBe('abc');
    expect(row.reason).toMatch(/"id" must be a positive integer/);
    // The index no longer matches the clippings: gone, its counters moving on, built again on the first search.
    expect(await db.postings.count()).toBe(0);
    expect(await db.searchMeta.get('state')).toMatchObject({ built: false, version: 7, gen: 10, merged: 4 });
    expect(await matchingIds('中流砥柱')).toEqual([1]);
    expect(await matchingIds('键不是编号')).toEqual([]);
  });
});
