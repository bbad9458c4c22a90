// A long phrase whose rarest pairs are common anyway (全国人民代表大会: 7
// pairs, each in most clippings) has its other pairs spared (spare-terms
// test); the index keeps each segment's common terms with their sizes, so a
// query knows before it reads which those are and does not read their rows.
// A term left unread and needed after all (a filter leaves few candidates)
// is read then; an index without the sizes (built before they were kept)
// reads every row, as before, until the next background merge counts them.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMissingSizes, db, ensureIndexBuilt, forgetIndexView, mergeRecent, saveClipping, tidySegments } from '@/lib/db';
import { termBucket } from '@/lib/db/postings/codec';
import { rowKey } from '@/lib/db/postings/types';
import { gramKeyOf } from '@/lib/searchable';
import { matchingIds, scanClippings, searchClippings, type SearchPhases } from '@/lib/search';
import { CHECKED_TERMS } from '@/lib/search/search';
import { article, paragraphs, resetSearch, searchState } from './helpers';

const PHRASE = '全国人民代表大会';
const pairs = Array.from({ length: PHRASE.length - 1 }, (_, i) => gramKeyOf(PHRASE.slice(i, i + 2)));
/** Characters no pair of the phrase has, for filler text (many terms: many rows, so pairs fall in different ones). */
const FILLER = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北山川河湖江海风雨雷电梅兰竹菊琴棋书画金木水火土';
const CLIPPINGS = 400;

/** The postings keys asked for through IndexedDB (a query reads its rows straight from the object store). */
const asked: Array<[number, number]> = [];
const get = IDBObjectStore.prototype.get;
IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
  if (this.name === 'postings' && Array.isArray(key)) asked.push(key as [number, number]);
  return get.call(this, key);
} as IDBObjectStore['get'];
afterEach(() => {
  asked.length = 0;
});

let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const filler = (n: number) => Array.from({ length: n }, () => FILLER[next() % FILLER.length]).join('');

/** Pairs of the phrase whose rows were asked for, of the one segment: a pair sharing its row with a pair read counts as read. */
async function pairsAsked(): Promise<number> {
  const [seg] = (await searchState()).segments;
  const rows = new Set(asked.filter(([k]) => k === rowKey(seg)).map(([, b]) => b));
  return pairs.filter((g) => rows.has(termBucket(g, seg.buckets))).length;
}

async function search(q: string, filter: { source?: string } = {}) {
  const phases: SearchPhases = {};
  const first = await searchClippings(q, { limit: 10, ...filter }, phases);
  const exact = first.complete ? await first.complete() : first;
  return { first, exact, lists: phases.lists };
}

describe('the commonest pairs of a long phrase', () => {
  const holding: number[] = [];
  const local: number[] = [];
  beforeAll(async () => {
    await resetSearch();
    for (let i = 0; i < CLIPPINGS; i++) {
      // The phrase in most; its pairs also apart in the rest (each pair common, the phrase not in all).
      const text = i % 5 ? `${filler(60)}${PHRASE}${filler(60)}` : `全国${filler(9)}国人${filler(9)}人民代表${filler(9)}表大会`;
      const source = i % 50 === 0 ? '江城日报' : '人民日报';
      const { clipping } = await saveClipping(article({ url: `https://example.com/${i}`, title: `第${i}篇`, byline: null, source, blocks: paragraphs(text) }));
      if (i % 5) holding.push(clipping.id);
      if (source === '江城日报' && i % 5) local.push(clipping.id);
    }
    await ensureIndexBuilt(); // built from every clipping (rebuildIndex): one segment
  }, 120_000);

  it('are not read when its rarest pairs will leave many candidates anyway; the same results', async () => {
    const [seg] = (await searchState()).segments;
    expect(new Set(pairs.map((g) => termBucket(g, seg.buckets))).size).toBeGreaterThan(CHECKED_TERMS + 1);
    forgetIndexView();
    const { first, exact, lists } = await search(PHRASE);
    expect(lists).toBe(CHECKED_TERMS);
    // Rows of its rarest pairs only (a left-out pair whose row is shared with one of those excepted).
    expect(await pairsAsked()).toBeLessThan(pairs.length);
    expect(first.hits).toHaveLength(10);
    expect(exact.total).toBe(holding.length);
    expect(exact.approximate).toBeFalsy();
    expect((await scanClippings(PHRASE)).sort((a, b) => a - b)).toEqual(holding);
    for (const hit of exact.hits) expect(holding).toContain(hit.id);
  });

  it('are read after all when a filter leaves few candidates: counted at once', async () => {
    forgetIndexView();
    const { first, lists } = await search(PHRASE, { source: '江城日报' });
    expect(lists).toBe(pairs.length);
    expect(first.approximate).toBeFalsy();
    expect(first.total).toBe(local.length);
    expect(first.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(local);
  });

  it('find what a plain scan finds, with other words, exclusions and a filter', { timeout: 120_000 }, async () => {
    const cases: Array<[string, { source?: string }]> = [
      ...[PHRASE, `${PHRASE} -第1`, `${PHRASE} -甲乙`, `人民代表大会 全国`, `${PHRASE} 大会`, `"${PHRASE}"`, `中华${PHRASE}`, `国人民代表大`].map((q) => [q, {}] as [string, { source?: string }]),
      [`${PHRASE} -第1`, { source: '江城日报' }],
      [`人民代表大会 全国`, { source: '人民日报' }],
    ];
    for (const [q, filter] of cases) {
      forgetIndexView();
      const want = (await scanClippings(q, filter)).sort((a, b) => a - b);
      expect(await matchingIds(q, filter), `${q} ${JSON.stringify(filter)}`).toEqual(want);
      const first = await searchClippings(q, { limit: 10, ...filter });
      const exact = first.complete ? await first.complete() : first;
      expect(exact.total, `${q} ${JSON.stringify(filter)}`).toBe(want.length);
    }
  });

  it('are read, every row, from an index without the sizes (built before they were kept), until a merge adds them', async () => {
    const sizes = await db.searchMeta.where('key').startsWith('sizes:').toArray();
    expect(sizes.length).toBe(1);
    await db.searchMeta.bulkDelete(sizes.map((row) => row.key));
    forgetIndexView();
    const before = await search(PHRASE);
    expect(before.lists).toBe(CHECKED_TERMS);
    expect(await pairsAsked()).toBe(pairs.length);
    expect(before.exact.total).toBe(holding.length);
    // Counted again from the stored rows (runMerges does this after its merge): the same as the build wrote.
    await addMissingSizes();
    expect(await db.searchMeta.where('key').startsWith('sizes:').toArray()).toEqual(sizes);
    asked.length = 0;
    forgetIndexView();
    const after = await search(PHRASE);
    expect(await pairsAsked()).toBeLessThan(pairs.length);
    expect(after.exact.total).toBe(holding.length);
  });

  it('are known again after a rebuild, a merge and a fold: a sizes row for each segment, none for those gone', async () => {
    const keys = async () => (await db.searchMeta.where('key').startsWith('sizes:').primaryKeys()).sort();
    const segmentKeys = async () => (await searchState()).segments.map((s) => `sizes:${rowKey(s)}`).sort();
    expect(await keys()).toEqual(await segmentKeys());
    for (let i = 0; i < 60; i++) await saveClipping(article({ url: `https://example.com/more/${i}`, title: null, byline: null, blocks: paragraphs(`${filler(20)}${PHRASE}`) }));
    await mergeRecent();
    expect((await searchState()).segments).toHaveLength(2);
    expect(await keys()).toEqual(await segmentKeys());
    await tidySegments(); // more than an eighth of the main segment: folded in
    expect((await searchState()).segments).toHaveLength(1);
    expect(await keys()).toEqual(await segmentKeys());
    forgetIndexView();
    const { exact } = await search(PHRASE);
    expect(await pairsAsked()).toBeLessThan(pairs.length);
    expect(exact.total).toBe(holding.length + 60);
  });
});
