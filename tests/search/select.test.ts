// searchClippings ranks only what it shows (select.ts) and describes it from
// the text cache (snippet.ts, unfold.ts). Here, over generated clippings with
// many ties (few dates, common words, words in titles), every page it returns
// must be exactly that stretch of the full ranking, and the full ranking must
// order the figures of the original, straightforward measure (written out
// below) by the rules of rank.ts; every hit must look as if read from the database.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, mergeClippings, saveClipping, type Clipping, type ImportedClipping } from '@/lib/db';
import {
  clippingParts, compareRanked, foldClipping, makeSnippet, markTitle, parseQuery, rankClippings, searchClippings,
  type RankedClipping,
} from '@/lib/search';
import type { FoldedClipping } from '@/lib/search/clipping-text';
import { findMatches, MAX_COUNTED } from '@/lib/search/match';
import { COMMON_WORDS, sampleClipping, seededRandom } from './sample-corpus';
import { article, paragraphs, resetSearch } from './helpers';

const random = seededRandom(2024);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** measureMatch as first written: arrays, a sort, and field starts; the yardstick for the fast one. */
function referenceFigures(doc: FoldedClipping, words: readonly string[]) {
  let inTitle = 0;
  let count = 0;
  const offset = doc.title.length + 1;
  const events: Array<[number, number]> = [];
  for (let w = 0; w < words.length; w++) {
    const t = findMatches(doc.title, words[w], MAX_COUNTED);
    const b = findMatches(doc.body, words[w], MAX_COUNTED - t.length);
    if (t.length === 0 && b.length === 0) return null;
    if (t.length > 0) inTitle++;
    count += t.length + b.length;
    for (const p of t) events.push([p, w]);
    for (const p of b) events.push([p + offset, w]);
  }
  if (words.length === 1) return { inTitle, count, span: 0 };
  const starts = [0, offset];
  for (let at = doc.body.indexOf('\n'); at >= 0; at = doc.body.indexOf('\n', at + 1)) starts.push(offset + at + 1);
  const fieldOf = (p: number) => {
    let f = 0;
    while (f + 1 < starts.length && starts[f + 1] <= p) f++;
    return f;
  };
  events.sort((a, b) => a[0] - b[0]);
  const have = new Array<number>(words.length).fill(0);
  let covered = 0;
  let span = Infinity;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    if (have[events[right][1]]++ === 0) covered++;
    while (covered === words.length) {
      const start = events[left][0];
      let end = 0;
      for (let k = left; k <= right; k++) end = Math.max(end, events[k][0] + words[events[k][1]].length);
      if (end - start < span && fieldOf(start) === fieldOf(end - 1)) span = end - start;
      if (--have[events[left][1]] === 0) covered--;
      left++;
    }
  }
  return { inTitle, count, span };
}

let stored = new Map<number, Clipping>();

async function seed(): Promise<void> {
  const dates = ['2024-01-01', '2024-06-30', '2025-03-15', null];
  for (let i = 0; i < 240; i++) {
    const input = sampleClipping(random, { chars: 150 + Math.floor(random() * 900), traditional: random() < 0.15, date: pick(dates) });
    input.url = `https://example.com/${i}`;
    // Common words in titles, so the title groups are big and tie.
    if (random() < 0.3) input.title = `${pick(COMMON_WORDS.slice(0, 6))}${input.title}`;
    if (random() < 0.2) input.blocks.push({ type: 'paragraph', text: '　臺灣 ＧＤＰ，發展經濟。  ' });
    await saveClipping(input);
  }
  stored = new Map((await db.clippings.toArray()).map((c) => [c.id, c]));
}

function queries(): string[] {
  const out = ['的', '中', '发', '发展', '经济', '中国', '人民', '发展 经济', '中国 人民 发展', '经济 -发展', '台湾 gdp', 'gdp', '，', '年 月'];
  for (let i = 0; i < 25; i++) {
    const c = pick([...stored.values()]);
    const text = pick(c.blocks).text;
    const at = Math.floor(random() * Math.max(1, text.length - 3));
    const word = text.slice(at, at + 1 + Math.floor(random() * 3)).replace(/\s/gu, '');
    if (word && !/^[-－"＂“「『]/u.test(word)) out.push(random() < 0.3 ? `${word} ${pick(COMMON_WORDS.slice(0, 10))}` : word);
  }
  return out;
}

describe('the page of results', () => {
  beforeAll(async () => {
    await resetSearch();
    await seed();
  });

  it('ranks every hit as the original figures and rules say', async () => {
    for (const q of queries()) {
      const words = parseQuery(q).include.map((w) => w.text);
      const ranked = await rankClippings(q);
      const expected: RankedClipping[] = ranked.map((r) => {
        const c = stored.get(r.id)!;
        return { id: c.id, ...referenceFigures(foldClipping(c), words)!, date: c.date, createdAt: c.createdAt };
      });
      expect(ranked, q).toEqual(expected);
      expect(ranked.map((r) => r.id), q).toEqual([...expected].sort(compareRanked).map((r) => r.id));
    }
  });

  it('is exactly that stretch of the full ranking, for any limit and offset', async () => {
    let straddled = 0;
    for (const q of queries()) {
      const full = (await rankClippings(q)).map((r) => r.id);
      for (const [limit, offset] of [[20, 0], [1, 0], [5, 3], [7, 40], [50, 10], [20, Math.max(0, full.length - 5)], [0, 0]]) {
        const page = await searchClippings(q, { limit, offset });
        expect(page.total, q).toBe(full.length);
        expect(page.hits.map((h) => h.id), `${q} ${limit}@${offset}`).toEqual(full.slice(offset, offset + limit));
        if (full.length > offset + limit) straddled++;
      }
    }
    // The cases that matter: pages that end inside a long list.
    expect(straddled).toBeGreaterThan(50);
  });

  it('describes each hit as the stored clipping says: title, source, date, marks and snippet', async () => {
    for (const q of queries()) {
      const words = parseQuery(q).include.map((w) => w.text);
      const { hits } = await searchClippings(q, { limit: 30 });
      for (const hit of hits) {
        const c = stored.get(hit.id)!;
        expect(hit, q).toEqual({
          id: c.id,
          title: c.title,
          source: c.source,
          date: c.date,
          titleMarks: markTitle(c.title ?? '', words),
          snippet: makeSnippet(clippingParts(c), words),
        });
      }
    }
  });
});

describe('stopping early', () => {
  // Same date, many matches each, and clipping times that do not follow the ids
  // (imported from a backup): only the clipping time tells them apart.
  beforeAll(async () => {
    await resetSearch();
    const order = seededRandom(5);
    const records: ImportedClipping[] = [];
    for (let i = 0; i < 60; i++) {
      const near = i % 3 === 0;
      const text = near ? '数字经济。'.repeat(20) : `数字${'某'.repeat(3 + (i % 5))}经济。`.repeat(20);
      const time = 1_700_000_000_000 + Math.floor(order() * 1e9);
      records.push({
        ...article({ url: `https://example.com/s${i}`, title: `第${i}篇`, blocks: paragraphs(text), date: '2025-05-05' }),
        id: i + 1, tags: [], note: '', createdAt: time, updatedAt: time,
      } as ImportedClipping);
    }
    await mergeClippings(records);
  });

  it('never stops before a hit that belongs in the page', async () => {
    for (const q of ['数字', '经济', '数字 经济', '经济 数字']) {
      const full = (await rankClippings(q)).map((r) => r.id);
      expect(full).toHaveLength(60);
      for (const limit of [1, 3, 10, 25]) {
        const page = await searchClippings(q, { limit });
        expect(page.hits.map((h) => h.id), `${q} ${limit}`).toEqual(full.slice(0, limit));
      }
    }
  });
});
