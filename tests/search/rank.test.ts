// Result order and snippets, on a handful of clippings written for each rule.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveClipping, type ClippingInput } from '@/lib/db';
import {
  compareRanked, countBucket, makeSnippet, markTitle, rankClippings, searchClippings, SNIPPET_CONTEXT,
  type RankedClipping,
} from '@/lib/search';
import { article, paragraphs, resetSearch } from './helpers';

beforeEach(resetSearch);

let n = 0;
/** Saves a clipping and returns its id; each gets its own url so none is taken for another. */
async function clip(fields: Partial<ClippingInput>): Promise<number> {
  const { clipping } = await saveClipping(article({ url: `https://example.com/${n++}`, title: '无关标题', byline: null, ...fields }));
  return clipping.id;
}

const order = async (q: string) => (await rankClippings(q)).map((r) => r.id);

describe('ranking', () => {
  it('puts a match in the title above many in the text', async () => {
    const body = await clip({ blocks: paragraphs('湿地'.repeat(10)) });
    const title = await clip({ title: '湿地保护', blocks: paragraphs('正文不提。') });
    expect(await order('湿地')).toEqual([title, body]);
  });

  it('puts more matches first, counted by doubling', async () => {
    const one = await clip({ blocks: paragraphs('候鸟一次。') });
    const four = await clip({ blocks: paragraphs('候鸟，候鸟，候鸟，候鸟。') });
    const two = await clip({ blocks: paragraphs('候鸟，候鸟。') });
    const three = await clip({ blocks: paragraphs('候鸟，候鸟，候鸟。'), date: '2025-07-02' });
    // 2 and 3 share a bucket; the newer of them comes first.
    expect(await order('候鸟')).toEqual([four, three, two, one]);
  });

  it('puts words close together before the same words far apart', async () => {
    const far = await clip({ blocks: paragraphs(`数字${'某'.repeat(60)}经济`) });
    const near = await clip({ blocks: paragraphs(`数字经济${'某'.repeat(60)}`) });
    const split = await clip({ blocks: paragraphs('数字化。', '经济。') });
    expect(await order('数字 经济')).toEqual([near, far, split]);
  });

  it('puts newer first among equals, and undated clippings last', async () => {
    const undated = await clip({ blocks: paragraphs('雪豹。'), date: null });
    const old = await clip({ blocks: paragraphs('雪豹。'), date: '2019-03-01' });
    const recent = await clip({ blocks: paragraphs('雪豹。'), date: '2024-11-20' });
    expect(await order('雪豹')).toEqual([recent, old, undated]);
  });

  it('compares the figures in that order', () => {
    const base: RankedClipping = { id: 1, inTitle: 0, count: 4, span: 0, date: '2020-01-01', createdAt: 1 };
    const sorted = [
      { ...base, id: 2, count: 5 },
      { ...base, id: 3, inTitle: 1, count: 1 },
      { ...base, id: 4, count: 8 },
      { ...base, id: 5, date: '2021-01-01' },
    ].sort(compareRanked);
    expect(sorted.map((r) => r.id)).toEqual([3, 4, 5, 2]);
    expect([1, 2, 3, 4, 7, 8, 16].map(countBucket)).toEqual([0, 1, 1, 2, 2, 3, 4]);
  });
});

describe('snippets', () => {
  const parts = (body: string[], title = '') => ({ title, body, lead: 0 });

  it('shows the text around the first match, with every match in it marked', () => {
    const text = `${'甲'.repeat(50)}乡村振兴${'乙'.repeat(10)}振兴${'丙'.repeat(50)}`;
    const snippet = makeSnippet(parts([text]), ['振兴']);
    const start = 52 - SNIPPET_CONTEXT;
    expect(snippet.text).toBe(`…${text.slice(start, 54 + SNIPPET_CONTEXT)}…`);
    expect(snippet.marks).toEqual([
      [1 + 52 - start, 1 + 54 - start],
      [1 + 64 - start, 1 + 66 - start],
    ]);
    for (const [s, e] of snippet.marks) expect(snippet.text.slice(s, e)).toBe('振兴');
  });

  it('marks the original characters: traditional text found by a simplified query, full-width by half-width', () => {
    const snippet = makeSnippet(parts(['據報道，臺灣ＧＤＰ增長。']), ['台湾', 'gdp']);
    expect(snippet.marks.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['臺灣ＧＤＰ']);
    expect(markTitle('臺灣經濟', ['经济'])).toEqual([[2, 4]]);
  });

  it('takes the first field that matches, without an ellipsis at either end of a short one', () => {
    expect(makeSnippet(parts(['没有', '短句里的候鸟。']), ['候鸟'])).toEqual({ text: '短句里的候鸟。', marks: [[4, 6]] });
  });

  it('shows the lead when only the title matches', () => {
    const lead = '本报讯'.repeat(30);
    expect(makeSnippet({ title: '候鸟', body: ['本报记者 张三', lead], lead: 1 }, ['候鸟'])).toEqual({
      text: `${lead.slice(0, 2 * SNIPPET_CONTEXT)}…`,
      marks: [],
    });
  });

  it('come with each hit, with id, title, source and date', async () => {
    const id = await clip({ title: '湿地候鸟', source: '光明日报', date: '2025-01-02', blocks: paragraphs('今冬候鸟数量创新高。') });
    const result = await searchClippings('候鸟');
    expect(result.total).toBe(1);
    expect(result.hits).toEqual([
      {
        id,
        title: '湿地候鸟',
        source: '光明日报',
        date: '2025-01-02',
        titleMarks: [[2, 4]],
        snippet: { text: '今冬候鸟数量创新高。', marks: [[2, 4]] },
      },
    ]);
  });

  it('page through the results with limit and offset, counting them all', async () => {
    for (let i = 0; i < 5; i++) await clip({ blocks: paragraphs('潮汐。'), date: `2025-01-0${i + 1}` });
    const page = await searchClippings('潮汐', { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.hits.map((h) => h.date)).toEqual(['2025-01-04', '2025-01-03']);
  });
});
