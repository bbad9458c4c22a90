import { describe, expect, it } from 'vitest';
import { pageFieldsOf, pastedInputs } from '../../lib/clip/pasted-page';
import type { Article } from '../../lib/parse';

const article = (title: string): Article => ({
  column: null, kicker: null, title, subtitle: null, byline: null, continuation: null,
  blocks: [{ type: 'paragraph', text: `${title}的正文。` }], captions: [],
});

describe('pastedInputs', () => {
  const articles = [article('甲'), article('乙'), article('丙')];

  it('keeps only the chosen articles, each with the page details and no URL', () => {
    const inputs = pastedInputs(articles, [true, false, true], { source: ' 辽源日报 ', date: '2021-10-22', pageName: '第1版' });
    expect(inputs.map((i) => i.title)).toEqual(['甲', '丙']);
    for (const i of inputs) expect(i).toMatchObject({ url: null, source: '辽源日报', date: '2021-10-22', page: '第1版' });
  });

  it('saves blank fields as none, and a malformed date as none', () => {
    const [input] = pastedInputs(articles, [true], { source: '  ', date: '2021-13-01', pageName: '' });
    expect(input).toMatchObject({ source: null, date: null, page: null });
  });

  it('gives nothing when nothing is chosen', () => {
    expect(pastedInputs(articles, [false, false, false], pageFieldsOf(undefined))).toEqual([]);
  });
});

describe('pageFieldsOf', () => {
  it('fills the fields from what the parser read, blanks for what it did not', () => {
    expect(pageFieldsOf({ source: null, date: '2025-07-01', pageName: '4版 要闻' })).toEqual({ source: '', date: '2025-07-01', pageName: '4版 要闻' });
  });
});
