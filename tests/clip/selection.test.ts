// Selected text → clippings: parsed like pasted text, with page details and a
// link to the passage; short passages kept as one clipping titled by the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippingsFromSelection, pastedClippings } from '../../lib/clip/selection';
import { COLUMN_TEXT } from '../paste/dom';
import { parsePage } from '../../lib/parse';

const EVAL_PAGES = path.resolve(import.meta.dirname, '../fixtures/eval');
const PAGE_URL = 'https://epaper.example.cn/2021-10/22/page1.html';

describe('clippingsFromSelection', () => {
  it('saves the articles the parser finds in a selected newspaper page, with the page details it read', () => {
    const text = readFileSync(path.join(EVAL_PAGES, '003_0078cb0db730c42f.txt'), 'utf8');
    const parsed = parsePage(text);
    const inputs = clippingsFromSelection(text, { url: PAGE_URL, title: '辽源日报数字报' });

    expect(inputs.map((i) => i.title)).toEqual(parsed.articles.map((a) => a.title));
    for (const input of inputs) {
      expect(input).toMatchObject({ source: '辽源日报', date: '2021-10-22', page: null });
      expect(input.url!.startsWith(`${PAGE_URL}#:~:text=`)).toBe(true);
    }
    // Each article links to its own passage, so the database keeps them apart.
    expect(new Set(inputs.map((i) => i.url)).size).toBe(inputs.length);
  });

  it('keeps a short passage as one clipping of its cleaned paragraphs, titled with the page title', () => {
    const text = '近年来，当地 持续 推进 老旧小区改造，\n加装电梯 120 部。\n\n居民说，出门方便多了。';
    const [input, ...rest] = clippingsFromSelection(text, { url: PAGE_URL, title: '老旧小区焕新颜 - 人民网' });
    expect(rest).toEqual([]);
    expect(input.title).toBe('老旧小区焕新颜');
    expect(input.source).toBe('人民网');
    // The justification spaces between Chinese characters are gone, wrapped lines joined.
    expect(input.blocks.map((b) => b.text)).toEqual(['近年来，当地持续推进老旧小区改造，加装电梯120部。', '居民说，出门方便多了。']);
    expect(input.url).toBe(`${PAGE_URL}#:~:text=${encodeURIComponent('近年来，当地持续推进老旧')},${encodeURIComponent('居民说，出门方便多了。')}`);
  });

  it('saves a selection the parser reads as page furniture only, since the person chose it', () => {
    const text = '第4版 要闻';
    expect(parsePage(text).articles).toEqual([]);
    const [input] = clippingsFromSelection(text, { url: PAGE_URL, title: '要闻版' });
    expect(input).toMatchObject({ title: '要闻版', blocks: [{ type: 'paragraph', text: '第4版要闻' }] });
  });

  it('keeps no URL when the page has none, and no title when the page has none', () => {
    const [input] = clippingsFromSelection('居民说，出门方便多了。', { url: null, title: null });
    expect(input).toMatchObject({ url: null, title: null, source: null });
    expect(input.blocks).toEqual([{ type: 'paragraph', text: '居民说，出门方便多了。' }]);
  });

  it('gives nothing for an empty or binary selection', () => {
    expect(clippingsFromSelection('', { url: PAGE_URL, title: 'x' })).toEqual([]);
    expect(clippingsFromSelection(' \n\t ', { url: PAGE_URL, title: 'x' })).toEqual([]);
    expect(clippingsFromSelection('\ufffd\u0001\u0002'.repeat(50), { url: PAGE_URL, title: 'x' })).toEqual([]);
  });
});

describe('pastedClippings', () => {
  const PAGE = 'https://bbs.example.com/post/new?draft=1';

  it('addresses each article by the page it was pasted on, with the passage as a text fragment', () => {
    const clippings = pastedClippings(readFileSync(path.join(EVAL_PAGES, '000_60b3bf5215603b1f.txt'), 'utf8'), PAGE);
    expect(clippings.length).toBeGreaterThan(0);
    for (const c of clippings) expect(c.url).toMatch(/^https:\/\/bbs\.example\.com\/post\/new\?draft=1#:~:text=/);
    // Two passages pasted on one page stay two clippings (lib/db/dedupe.ts matches equal URLs).
    expect(new Set(clippings.map((c) => c.url)).size).toBe(clippings.length);
  });

  it('never takes the page’s title for the text’s: a passage without a title stays untitled', () => {
    const [clipping] = pastedClippings('入夏以来，我市多地持续高温少雨，部分乡镇出现不同程度旱情。\n市农业农村局第一时间启动抗旱应急响应。', PAGE);
    expect(clipping.title).toBeNull();
    expect(clipping.source).toBeNull();
  });

  it('has no address without a page', () => {
    expect(pastedClippings(COLUMN_TEXT, null).every((c) => c.url === null)).toBe(true);
  });
});
