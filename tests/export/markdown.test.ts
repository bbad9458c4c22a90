import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clippingToMarkdown, escapeMarkdown, escapeMarkdownLine } from '../../lib/export';
import { commentary, newsReport, samples, specialText } from './samples';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/export');
const update = process.env.UPDATE_FIXTURES === '1';

function frontMatterOf(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error('no front matter');
  return parse(m[1]) as Record<string, unknown>;
}

describe('clippingToMarkdown golden files', () => {
  for (const [name, clipping] of Object.entries(samples)) {
    it(`${name}.md`, () => {
      const file = join(FIXTURES, `${name}.md`);
      const actual = clippingToMarkdown(clipping);
      if (update) {
        mkdirSync(FIXTURES, { recursive: true });
        writeFileSync(file, actual);
      }
      if (!existsSync(file)) throw new Error(`Missing golden file ${file}; run with UPDATE_FIXTURES=1 to create it`);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('clippingToMarkdown', () => {
  it('writes front matter that reads back to the clipping', () => {
    const fm = frontMatterOf(clippingToMarkdown(commentary));
    expect(fm).toMatchObject({
      title: commentary.title, kicker: commentary.kicker, subtitle: commentary.subtitle, byline: '钟华论',
      source: '人民日报', date: '2025-07-01', page: '4版 要闻', tags: ['评论'], note: commentary.note,
      clipped: '2025-07-01T01:02:03.000Z',
      citation: '钟华论. 锻造民族复兴的中流砥柱[N]. 人民日报, 2025-07-01(4).',
    });
    expect(fm).not.toHaveProperty('url');
  });

  it('quotes YAML-sensitive strings so they stay strings', () => {
    const fm = frontMatterOf(clippingToMarkdown(specialText));
    expect(fm.title).toBe(specialText.title);
    expect(fm.byline).toBe('yes');
    expect(fm.tags).toEqual(['on', '12:30']);
    const m = /^---\n([\s\S]*?)\n---\n/.exec(clippingToMarkdown(specialText))!;
    const yaml11 = parse(m[1], { version: '1.1' }) as Record<string, unknown>;
    expect(yaml11.byline).toBe('yes');
    expect(yaml11.tags).toEqual(['on', '12:30']);
  });

  it('puts kicker above and subtitle and byline below the title, headings as ##', () => {
    const md = clippingToMarkdown(commentary);
    const body = md.slice(md.indexOf('\n---\n', 4) + 5);
    expect(body.startsWith('\n热烈庆祝中国共产党成立104周年\n\n# 锻造民族复兴的中流砥柱\n\n——写在中国共产党成立104周年之际\n\n钟华论\n\n')).toBe(true);
    expect(md).toContain('\n\n## 一、坚守初心使命\n\n');
    expect(md).toContain('\n\n（本文作者为本报评论员）\n\n');
    expect(md.endsWith('\n\n---\n\n引用：钟华论. 锻造民族复兴的中流砥柱\\[N\\]. 人民日报, 2025-07-01(4).\n')).toBe(true);
  });

  it('strips direction overrides and isolates from the front matter and the head (a title that would read backwards)', () => {
    const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
    const hostile = {
      ...commentary,
      title: '\u202e锻造民族复兴\u202c的中流砥柱',
      byline: '\u2067钟华论\u2069',
      source: '人民\u202d日报',
      kicker: '\u202a热烈庆祝\u202b',
      tags: ['评\u2066论'],
      note: '笔记\u202e反向',
      url: 'https://e.cn/\u202etxt.exe',
    };
    const md = clippingToMarkdown(hostile);
    const head = /^---\n([\s\S]*?)\n---\n/.exec(md)![1];
    expect(head).not.toMatch(BIDI);
    const fm = frontMatterOf(md);
    expect(fm).toMatchObject({ title: '锻造民族复兴的中流砥柱', byline: '钟华论', source: '人民日报', kicker: '热烈庆祝', tags: ['评论'], note: '笔记反向', url: 'https://e.cn/txt.exe' });
    expect(fm.citation).toMatch(/^钟华论\. 锻造民族复兴的中流砥柱\[N\]\. 人民日报, 2025-07-01\(4\)/);
    expect(md).toContain('\n# 锻造民族复兴的中流砥柱\n');
  });

  it('ends with the citation for a report', () => {
    expect(clippingToMarkdown(newsReport)).toContain('引用：王浩, 刘温馨. 夏粮再获丰收 产量稳中有增\\[N\\]. 人民日报, 2025-07-01(1).');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['1. 第一条', '1\\. 第一条'],
    ['12) 第十二条', '12\\) 第十二条'],
    ['# 话题', '\\# 话题'],
    ['#话题', '\\#话题'],
    ['- 一是', '\\- 一是'],
    ['+ 二是', '\\+ 二是'],
    ['* 三是', '\\* 三是'],
    ['> 引文', '\\> 引文'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['_斜体_', '\\_斜体\\_'],
    ['[链接](x)', '\\[链接\\](x)'],
    ['![图](x)', '\\!\\[图\\](x)'],
    ['<b>', '\\<b>'],
    ['a\\b', 'a\\\\b'],
    ['`code`', '\\`code\\`'],
    ['~~删除~~', '\\~\\~删除\\~\\~'],
    ['a | b', 'a \\| b'],
    ['&amp; &#42; & 号', '\\&amp; \\&#42; & 号'],
    ['标题 ##', '标题 \\#\\#'],
    ['    缩进', '缩进'],
    ['行尾空格  ', '行尾空格'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it('leaves Chinese punctuation and ordinary text alone', () => {
    const text = '中文标点：＊＃【注】《书名》——破折号……～！？（括号）“引号”2025年7月1日';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes each line of multi-line text', () => {
    expect(escapeMarkdown('第一行\n# 第二行\r\n- 第三行')).toBe('第一行\n\\# 第二行\n\\- 第三行');
  });
});
