// Search against a plain substring scan: for a few hundred generated queries
// over a few hundred generated clippings, the results must be exactly the
// clippings whose folded text contains every word (and no excluded one): no
// false hits, no misses. The scan here is written out on its own, sharing
// only foldText with the code under test.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, saveClipping, type Clipping, type ClippingFilter } from '@/lib/db';
import { cacheBudget, clearSearchCache, prepareSearch, foldText, MAX_CACHED_CHARS, MIN_CACHED_CHARS, rankClippings, scanClippings, searchCacheStats, searchClippings, warmSearchCache } from '@/lib/search';
import { setCheckBatch } from '@/lib/search/search';
import { setCacheBudget } from '@/lib/search/text-cache';
import { sampleClipping, seededRandom, toTraditional } from './sample-corpus';
import { resetSearch } from './helpers';

const CLIPPINGS = 300;
const random = seededRandom(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** Letters and digits outside CJK: a query word starting with one must start a word in the text. */
const LATIN_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isLatinWordChar = (ch: string | undefined) => ch !== undefined && LATIN_WORD.test(ch) && !CJK.test(ch);

/** Each searched field folded on its own, so no match runs from one field into the next. */
function foldedFields(c: Clipping): string[] {
  const fields = [c.title, c.kicker, c.subtitle, c.byline, ...c.blocks.map((b) => b.text), ...c.captions, c.source, ...c.tags, c.note];
  return fields.filter((f): f is string => !!f).map(foldText);
}

function occursIn(fields: readonly string[], raw: string): boolean {
  const word = foldText(raw);
  return fields.some((field) => {
    for (let at = field.indexOf(word); at >= 0; at = field.indexOf(word, at + 1)) {
      const before = Array.from(field.slice(0, at)).at(-1);
      if (!isLatinWordChar(Array.from(word)[0]) || !isLatinWordChar(before)) return true;
    }
    return false;
  });
}

function passes(c: Clipping, f: ClippingFilter): boolean {
  return (
    (f.source === undefined || c.source === f.source) &&
    (f.tag === undefined || c.tags.includes(f.tag)) &&
    (f.from === undefined || (c.date !== null && c.date >= f.from)) &&
    (f.to === undefined || (c.date !== null && c.date <= f.to))
  );
}

interface Case {
  query: string;
  include: string[];
  exclude: string[];
  filter: ClippingFilter;
}

let stored: Clipping[] = [];
let folded = new Map<number, string[]>();

function expected(c: Case): number[] {
  return stored
    .filter((clip) => {
      const fields = folded.get(clip.id)!;
      return passes(clip, c.filter) && c.include.every((w) => occursIn(fields, w)) && !c.exclude.some((w) => occursIn(fields, w));
    })
    .map((clip) => clip.id);
}

/** A random stretch of 1–8 characters of some field of some clipping, usable as one query word. */
function substring(): string {
  for (;;) {
    const c = pick(stored);
    const text = pick([c.title ?? '', ...c.blocks.map((b) => b.text), ...c.captions, c.byline ?? '']);
    const chars = Array.from(text);
    const length = 1 + Math.floor(random() * 8);
    const at = Math.floor(random() * Math.max(1, chars.length - length));
    const word = chars.slice(at, at + length).join('');
    // A word must survive query parsing as written: no spaces, no leading minus or quote.
    if (word && !/\s/u.test(word) && !/^[-－"＂“「『]/u.test(word)) return word;
  }
}

/** Clippings with the awkward cases mixed in: traditional script, full-width Latin, letter-spaced lines. */
async function seed(): Promise<void> {
  for (let i = 0; i < CLIPPINGS; i++) {
    const input = sampleClipping(random, { chars: 100 + Math.floor(random() * 500), traditional: random() < 0.15, date: random() < 0.1 ? null : undefined });
    input.url = `https://example.com/${i}`;
    if (random() < 0.1) input.blocks.push({ type: 'paragraph', text: Array.from(input.blocks[0].text.slice(0, 12)).join(' ') });
    if (random() < 0.1) input.blocks.push({ type: 'paragraph', text: 'ＧＤＰ同比增长５．２％，NEW YORK与New Energy' });
    await saveClipping(input);
  }
  stored = await db.clippings.toArray();
  folded = new Map(stored.map((c) => [c.id, foldedFields(c)]));
}

function makeCases(): Case[] {
  const cases: Case[] = [];
  const add = (query: string, include: string[], exclude: string[] = [], filter: ClippingFilter = {}) =>
    cases.push({ query, include, exclude, filter });
  for (let i = 0; i < 200; i++) {
    const w = substring();
    add(w, [w]);
  }
  for (let i = 0; i < 60; i++) {
    const words = [substring(), substring(), ...(random() < 0.3 ? [substring()] : [])];
    add(words.join(' '), words);
  }
  // Traditional spellings of simplified text, and simplified spellings of traditional text.
  for (let i = 0; i < 50; i++) {
    const w = substring();
    const variant = random() < 0.5 ? toTraditional(w, random) : foldText(w);
    if (variant.trim() && !/\s|^[-－]/u.test(variant)) add(variant, [variant]);
  }
  for (let i = 0; i < 40; i++) {
    const a = substring();
    const b = substring();
    add(`"${a} ${b}"`, [`${a} ${b}`]);
    add(`“${a}${b.slice(0, 2)}”`, [`${a}${b.slice(0, 2)}`]);
  }
  for (let i = 0; i < 50; i++) {
    const w = pick(['发展', '经济', '中国', '建设', '的', '人民', substring()]);
    const x = substring();
    add(`${w} -${x}`, [w], [x]);
  }
  for (let i = 0; i < 40; i++) {
    const w = substring();
    const filter: ClippingFilter = pick<ClippingFilter>([
      { source: pick(['人民日报', '光明日报', '经济日报']) },
      { tag: pick(['经济', '收藏', '科技']) },
      { from: '2015-01-01' },
      { from: '2012-01-01', to: '2019-12-31' },
    ]);
    add(w, [w], [], filter);
  }
  for (const w of ['gdp', 'GD', 'ｎｅｗ', 'new york', '"new energy"', '5', '2', 'york', 'ork', '，', '。', '、经济']) {
    add(w, [w.replace(/^"|"$/g, '')]);
  }
  return cases;
}

describe('search finds exactly what a plain scan finds', () => {
  let cases: Case[] = [];
  beforeAll(async () => {
    await resetSearch();
    await seed();
    cases = makeCases();
  });

  it('for hundreds of generated queries', async () => {
    expect(cases.length).toBeGreaterThan(400);
    let withHits = 0;
    for (const c of cases) {
      const want = expected(c);
      const got = (await rankClippings(c.query, c.filter)).map((r) => r.id).sort((a, b) => a - b);
      expect(got, `query ${JSON.stringify(c.query)} ${JSON.stringify(c.filter)}`).toEqual(want);
      if (want.length > 0) withHits++;
    }
    // The queries are worth something: most find a clipping, and some find none.
    expect(withHits).toBeGreaterThan(cases.length * 0.5);
    expect(withHits).toBeLessThan(cases.length);
  });

  it('agrees with the scan the benchmark compares against', async () => {
    for (const c of cases.slice(0, 60)) {
      expect(await scanClippings(c.query, c.filter), c.query).toEqual(expected(c));
    }
  });

  it('when the text cache holds only some of the clippings (the rest read from IndexedDB)', async () => {
    const previous = setCacheBudget(40_000);
    try {
      clearSearchCache();
      const kept = await warmSearchCache();
      expect(kept).toBeGreaterThan(10);
      expect(kept).toBeLessThan(stored.length / 2);
      for (const c of cases.slice(0, 150)) {
        const got = (await rankClippings(c.query, c.filter)).map((r) => r.id).sort((a, b) => a - b);
        expect(got, `query ${JSON.stringify(c.query)}`).toEqual(expected(c));
      }
      // Reads past the budget are used for the query, not kept.
      expect(searchCacheStats().chars).toBeLessThanOrEqual(40_000);
    } finally {
      setCacheBudget(previous);
      clearSearchCache();
    }
  });

  it('in batches, when many clippings are read: the same total and the same first page as one pass', async () => {
    const queries = ['发展', '的', '经济 建设', '中国 -发展', ...cases.slice(0, 40).map((c) => c.query)];
    // One pass, everything in memory.
    clearSearchCache();
    await warmSearchCache();
    const whole = [];
    for (const q of queries) whole.push(await searchClippings(q, { limit: 7 }));
    // Batches of 23 from a cache that holds a few clippings.
    const previousBudget = setCacheBudget(20_000);
    const previousBatch = setCheckBatch(23);
    try {
      clearSearchCache();
      await warmSearchCache();
      let batched = 0;
      for (const [i, q] of queries.entries()) {
        const progress: Array<[number, number]> = [];
        const got = await searchClippings(q, { limit: 7, onProgress: (done, total) => progress.push([done, total]) });
        expect(got.total, q).toBe(whole[i].total);
        expect(got.hits.map((h) => h.id), q).toEqual(whole[i].hits.map((h) => h.id));
        expect(got.hits.map((h) => h.snippet), q).toEqual(whole[i].hits.map((h) => h.snippet));
        if (progress.length > 1) {
          batched++;
          expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
          expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
        }
      }
      // The common words went through the batches.
      expect(batched).toBeGreaterThanOrEqual(3);
    } finally {
      setCacheBudget(previousBudget);
      setCheckBatch(previousBatch);
      clearSearchCache();
    }
    // While the panel warms the cache, a search that needs many waits for it, saying how far it is.
    const previous = setCheckBatch(5);
    try {
      clearSearchCache();
      const warming = prepareSearch();
      const loaded: number[] = [];
      const got = await searchClippings(queries[0], { limit: 7, onProgress: (_done, total, held) => held !== undefined && loaded.push(held, total) });
      expect(got.total).toBe(whole[0].total);
      expect(got.hits.map((h) => h.id)).toEqual(whole[0].hits.map((h) => h.id));
      expect(loaded.length).toBeGreaterThan(0);
      expect(loaded.at(-1)).toBe(stored.length);
      expect(await warming).toBe(stored.length);
    } finally {
      setCheckBatch(previous);
    }
  });
});

describe('the text cache budget', () => {
  it('is 5% of the memory the browser reports, within its bounds', () => {
    expect(cacheBudget(undefined)).toBe(MIN_CACHED_CHARS);
    expect(cacheBudget(0.5)).toBe(MIN_CACHED_CHARS);
    expect(cacheBudget(4)).toBe(Math.floor((4 * 1024 ** 3 * 0.05) / 2));
    expect(cacheBudget(4)).toBeLessThan(cacheBudget(8));
    // 8 GB and more: room for 50,000 clippings of 3,000 characters (~3,650 units each), and no more than the cap.
    expect(cacheBudget(8)).toBeGreaterThan(50_000 * 3_650);
    expect(cacheBudget(16)).toBe(MAX_CACHED_CHARS);
  });
});
