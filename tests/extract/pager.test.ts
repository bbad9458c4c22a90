// Multi-page articles: which links are the article's other pages, and joining them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticlePages, findPageUrls, MAX_PAGES } from '../../lib/extract/pager';
import { FIXTURE_DIR, parseHtml } from './fixtures';

const page = (links: string[]) => `<html><body><p>正文。</p><div class="pages">${links.map((l, i) => `<a href="${l}">${i + 1}</a>`).join('')}</div><a href="c1001-40512346-2.html">另一篇文章</a></body></html>`;

describe('findPageUrls', () => {
  it('-2.html numbering: the page itself is page 1', () => {
    const url = 'http://society.people.com.cn/n1/2024/0520/c1008-40512345.html';
    const doc = parseHtml(page(['c1008-40512345.html', 'c1008-40512345-2.html', 'c1008-40512345-3.html']), url);
    expect(findPageUrls(doc, url)).toEqual([url, url.replace('.html', '-2.html'), url.replace('.html', '-3.html')]);
  });

  it('TRS _1 numbering: _1 is the second page', () => {
    const url = 'http://news.youth.cn/sh/202405/t20240520_15300001_1.htm';
    const doc = parseHtml(page(['t20240520_15300001.htm', 't20240520_15300001_1.htm', 't20240520_15300001_2.htm']), url);
    expect(findPageUrls(doc, url).map((u) => u.split('/').pop())).toEqual(['t20240520_15300001.htm', 't20240520_15300001_1.htm', 't20240520_15300001_2.htm']);
  });

  it('index_1.html after index.html', () => {
    const url = 'https://www.example.gov.cn/zwgk/2024/index.html';
    const doc = parseHtml(page(['index.html', 'index_1.html']), url);
    expect(findPageUrls(doc, url)).toEqual([url, 'https://www.example.gov.cn/zwgk/2024/index_1.html']);
  });

  it('ignores other articles, other sites and links that are not pager links', () => {
    const url = 'https://www.example.cn/a/123.html';
    const doc = parseHtml(
      '<body><a href="https://other.example.cn/a/123-2.html">2</a><a href="/a/124-2.html">2</a><a href="/a/123-2.html">阅读下一篇：另一篇</a></body>',
      url,
    );
    expect(findPageUrls(doc, url)).toEqual([url]);
  });

  it(`follows at most ${MAX_PAGES} pages`, () => {
    const url = 'https://www.example.cn/a/123.html';
    const links = Array.from({ length: 30 }, (_, i) => `/a/123-${i + 2}.html`);
    expect(findPageUrls(parseHtml(page(links), url), url)).toHaveLength(MAX_PAGES);
  });
});

describe('extractArticlePages', () => {
  const pages = new Map<string, string>();
  for (const dir of [FIXTURE_DIR, join(FIXTURE_DIR, 'pages')]) {
    for (const f of readdirSync(dir).filter((n) => n.startsWith('youth--pager') && n.endsWith('.html'))) {
      const html = readFileSync(join(dir, f), 'utf8');
      pages.set(/^<!--\s*url:\s*(\S+)/.exec(html)![1], html);
    }
  }
  const first = 'http://news.youth.cn/sh/202405/t20240520_15300001.htm';
  const fetchFrom = (available: Map<string, string>) => async (u: string) => {
    const html = available.get(u);
    return html === undefined ? null : parseHtml(html, u);
  };

  it('joins the pages in order, each once', async () => {
    const result = await extractArticlePages(parseHtml(pages.get(first)!, first), first, fetchFrom(pages));
    if (!result.ok) throw new Error(result.message);
    expect(result.pages).toEqual({ total: 3, joined: 3, failed: [] });
    expect(result.article.blocks.map((b) => b.text.slice(0, 8))).toEqual(['5月19日，一支', '“家里的电饭煲坏', '志愿服务队负责人', '参加活动的大学生', '社区负责人表示，']);
  });

  it('says which pages could not be read', async () => {
    const some = new Map([...pages].filter(([u]) => !u.endsWith('_2.htm')));
    const result = await extractArticlePages(parseHtml(pages.get(first)!, first), first, fetchFrom(some));
    if (!result.ok) throw new Error(result.message);
    expect(result.pages).toEqual({ total: 3, joined: 2, failed: ['http://news.youth.cn/sh/202405/t20240520_15300001_2.htm'] });
    expect(result.article.blocks).toHaveLength(4);
  });
});

describe('declaredCharset', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reads the header first, then the page’s <meta>', async () => {
    const { declaredCharset } = await import('../../lib/extract/fetch-page');
    expect(declaredCharset('text/html; charset=GBK', bytes('<meta charset="utf-8">'))).toBe('GBK');
    expect(declaredCharset('text/html', bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(declaredCharset(null, bytes('<html>'))).toBeNull();
  });
});
