// Search against a plain substring scan: for a few hundred generated queries
// over a few hundred generated clippings, the results must be exactly the
// clippings whose folded text contains every word (and no excluded one): no
// false hits, no misses. The scan here is written out on its own, sharing
// only foldText with the code under test.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, deleteClippings, mergeRecent, saveClipping, tidySegments, updateClipping, type Clipping, type ClippingFilter, type SearchState } from '@/lib/db';
import { foldText, matchingIds, rankClippings, scanClippings, searchClippings } from '@/lib/search';
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
    // Words the index keys by a hash (not a–z and digits, or longer than 9), and a word cut at 24 characters.
    if (random() < 0.1) input.blocks.push({ type: 'paragraph', text: 'Café与Москва，2025年supercalifragilisticexpialidocious，international合作' });
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
  for (const w of [
    'gdp', 'GD', 'ｎｅｗ', 'new york', '"new energy"', '5', '2', 'york', 'ork', '，', '。', '、经济',
    'café', 'caf', 'CAFÉ与', 'москва', 'моск', '2025年', 'supercalifragilisticexpialidocious', 'supercalifragilisticexpialidociousness',
    'supercal', 'international', 'internationa', 'internationalist', 'gdp同比',
  ]) {
    add(w, [w.replace(/^"|"$/g, '')]);
  }
  // Latin words left out: exactly by the lists (gdp), or by the text (café, hashed).
  add('发展 -gdp', ['发展'], ['gdp']);
  add('的 -café', ['的'], ['café']);
  add('的 -supercalifragilisticexpialidocious', ['的'], ['supercalifragilisticexpialidocious']);
  return cases;
}

describe('search finds exactly what a plain scan finds', () => {
  let cases: Case[] = [];
  beforeAll(async () => {
    await resetSearch();
    await seed();
    cases = makeCases();
  }, 180_000);

  it('for hundreds of generated queries', async () => {
    expect(cases.length).toBeGreaterThan(400);
    let withHits = 0;
    for (const c of cases) {
      const want = expected(c);
      const got = await matchingIds(c.query, c.filter);
      expect(got, `query ${JSON.stringify(c.query)} ${JSON.stringify(c.filter)}`).toEqual(want);
      if (want.length > 0) withHits++;
    }
    // The queries are worth something: most find a clipping, and some find none.
    expect(withHits).toBeGreaterThan(cases.length * 0.5);
    expect(withHits).toBeLessThan(cases.length);
  }, 120_000);

  it('agrees with the scan the benchmark compares against', async () => {
    for (const c of cases.slice(0, 60)) {
      expect(await scanClippings(c.query, c.filter), c.query).toEqual(expected(c));
    }
  });

  it('searchClippings: the same total and the same first page as the full ranking, exact at once or after complete()', { timeout: 120_000 }, async () => {
    let estimated = 0;
    for (const c of cases.slice(0, 60)) {
      const want = expected(c);
      const ranked = await rankClippings(c.query, c.filter);
      let got = await searchClippings(c.query, { ...c.filter, limit: 7 });
      if (got.approximate) estimated++;
      if (got.complete) got = await got.complete();
      expect(got.total, c.query).toBe(want.length);
      expect(got.hits.map((h) => h.id), c.query).toEqual(ranked.slice(0, 7).map((r) => r.id));
    }
    // Common phrases over 300 clippings are cheap enough to check at once: estimates are rare here.
    expect(estimated).toBeLessThan(30);
  });

  it('gives an estimate for a phrase with more candidates than the first page reads, and the exact count after', async () => {
    const got = await searchClippings('发展经济', { limit: 5 });
    const want = expected({ query: '发展经济', include: ['发展经济'], exclude: [], filter: {} }).length;
    if (got.approximate) {
      expect(got.complete).toBeDefined();
      expect((await got.complete!()).total).toBe(want);
    } else {
      expect(got.total).toBe(want);
    }
    // A one- or two-character word is counted exactly from the lists, never estimated.
    for (const w of ['的', '发展', '经济']) {
      const r = await searchClippings(w, { limit: 5 });
      expect(r.approximate ?? false, w).toBe(false);
      expect(r.total, w).toBe(expected({ query: w, include: [w], exclude: [], filter: {} }).length);
    }
  });

  it('after edits and deletes (tombstones), merges into segments and folds into the main one', { timeout: 120_000 }, async () => {
    const random2 = seededRandom(7);
    // Edit some, delete some, add some: recent rows over the main segment.
    const edited = stored.slice(0, 12);
    for (const c of edited) await updateClipping(c.id, { blocks: [{ type: 'paragraph', text: sampleClipping(random2, { chars: 200 }).blocks[0].text }] });
    await deleteClippings(stored.slice(12, 20).map((c) => c.id));
    for (let i = 0; i < 10; i++) await saveClipping({ ...sampleClipping(random2, { chars: 300 }), url: `https://example.com/new/${i}` });
    const refresh = async () => {
      stored = await db.clippings.toArray();
      folded = new Map(stored.map((c) => [c.id, foldedFields(c)]));
    };
    await refresh();
    const check = async (label: string) => {
      for (const c of [...cases.slice(0, 80), ...cases.slice(-60)]) {
        const got = await matchingIds(c.query, c.filter);
        expect(got, `${label}: ${JSON.stringify(c.query)}`).toEqual(expected(c));
      }
    };
    await check('recent rows and tombstones');
    // Into small segments, one merge after each batch of writes.
    for (let round = 0; round < 8; round++) {
      await mergeRecent();
      for (let i = 0; i < 3; i++) await saveClipping({ ...sampleClipping(random2, { chars: 150 }), url: `https://example.com/r${round}/${i}` });
      await updateClipping(stored[30 + round].id, { note: `第${round}次修改的备注` });
    }
    await mergeRecent();
    await refresh();
    const state = (await db.searchMeta.get('state')) as SearchState;
    expect(state.segments.length).toBeGreaterThan(2);
    expect(await db.searchRecent.count()).toBe(0);
    await check('several segments');
    // Tidied: the small segments merged, and folded into the main one.
    await tidySegments();
    await check('tidied');
    const after = (await db.searchMeta.get('state')) as SearchState;
    expect(after.segments.length).toBeLessThan(state.segments.length);
  });
});
