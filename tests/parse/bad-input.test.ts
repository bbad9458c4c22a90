// parsePage on input that is not a clean newspaper page: nothing, whitespace,
// far too much, one endless line, binary junk, HTML source, a page of
// furniture only. Whatever it gets, the parser must not throw, must finish in
// about a second per MB (asserted generously: under 3 s per MB, at least 3 s),
// and must say clearly what it found: a `warning` when there is nothing to
// read, and no markup or junk in any article.

import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/parse';
import type { Article, ParsedPage } from '../../lib/parse';
import { seededRandom } from '../../lib/seeded-random';
import { ZH_ARTICLES } from './generate';
import { loadPages, textOfSize } from './corpus';

const MB = 1024 * 1024;
const MS_PER_MB = 3000;
const BLOCK_TYPES = ['paragraph', 'heading', 'note'];

const limitMs = (bytes: number) => MS_PER_MB * Math.max(1, bytes / MB);

/** Parses `text`, checking the time it took and the shape of the result. */
function parseTimed(text: string): ParsedPage {
  const bytes = Buffer.byteLength(text, 'utf8');
  const t0 = performance.now();
  const result = parsePage(text); // a throw fails the test with the parser's own stack
  const ms = performance.now() - t0;
  const limit = limitMs(bytes);
  expect(ms, `took ${ms.toFixed(0)} ms for ${(bytes / MB).toFixed(2)} MB (limit ${limit.toFixed(0)} ms)`).toBeLessThan(limit);
  expectShape(result);
  return result;
}

function expectShape(p: ParsedPage) {
  expect(p).toBeTypeOf('object');
  expect(Array.isArray(p.furniture)).toBe(true);
  for (const f of p.furniture) expect(f).toBeTypeOf('string');
  expect(Array.isArray(p.articles)).toBe(true);
  expect(p.page).toBeTypeOf('object');
  for (const k of ['source', 'date', 'pageName'] as const) expect(p.page[k] === null || typeof p.page[k] === 'string', `page.${k}`).toBe(true);
  if (p.warning !== undefined) expect(p.warning).toBeTypeOf('string');
  for (const a of p.articles) {
    expect(Array.isArray(a.blocks)).toBe(true);
    for (const b of a.blocks) {
      expect(BLOCK_TYPES).toContain(b.type);
      expect(b.text).toBeTypeOf('string');
    }
    expect(Array.isArray(a.captions)).toBe(true);
  }
}

/** Every piece of text the articles carry. */
function articleTexts(a: Article): string[] {
  return [a.column, a.kicker, a.title, a.subtitle, a.byline, a.continuation, ...a.blocks.map((b) => b.text), ...a.captions].filter(
    (t): t is string => typeof t === 'string',
  );
}
const allArticleText = (p: ParsedPage) => p.articles.flatMap(articleTexts).join('\n');

/** Nothing to read: a warning that says so, and no article. */
function expectWarningNoArticles(p: ParsedPage) {
  expect(p.warning, 'warning').toBeTypeOf('string');
  expect(p.warning!.trim().length, 'warning is not empty').toBeGreaterThan(0);
  expect(p.articles).toEqual([]);
}

/** Something was read, or the parser says why not. */
function expectClearResult(p: ParsedPage) {
  const ok = p.articles.length > 0 || (typeof p.warning === 'string' && p.warning.trim().length > 0);
  expect(ok, 'articles found, or a warning').toBe(true);
}

function randomBytes(n: number, seed: number): Uint8Array {
  const rng = seededRandom(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * 256);
  return out;
}

const corpus = loadPages();

describe('empty and blank input', () => {
  it('empty string: a warning, no article', () => {
    expectWarningNoArticles(parseTimed(''));
  });

  for (const [name, text] of [
    ['spaces', '     '],
    ['newlines', '\n\n\n\n'],
    ['CRLF and tabs', '\r\n\t\r\n\t\t\r\n'],
    ['ideographic and no-break spaces', ' \u3000\u3000\n\u00a0\n\u3000 \t\n'],
  ] as const) {
    it(`whitespace only (${name}): a warning, no article`, () => {
      expectWarningNoArticles(parseTimed(text));
    });
  }
});

describe('very large input', () => {
  it(
    '20 MB of newspaper text: no throw, under 3 s per MB, articles or a warning',
    () => {
      const text = textOfSize(corpus, 20 * MB);
      expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThanOrEqual(20 * MB);
      const p = parseTimed(text);
      expectClearResult(p);
    },
    MS_PER_MB * 20 + 60_000,
  );

  it(
    'one line of 1 MB (no line break at all): no throw, under 3 s, articles or a warning',
    () => {
      const prose = ZH_ARTICLES.flatMap((a) => a.paragraphs).join('');
      let line = '';
      while (Buffer.byteLength(line, 'utf8') < MB) line += prose;
      expect(line).not.toMatch(/\n/);
      const p = parseTimed(line);
      expectClearResult(p);
      for (const t of p.articles.flatMap(articleTexts)) expect(t).not.toMatch(/\n/);
    },
    30_000,
  );
});

describe('text without punctuation', () => {
  it('1 MB wrapped in 20-character lines with no punctuation at all: every character stays in an article', () => {
    const prose = ZH_ARTICLES.flatMap((a) => a.paragraphs).join('').replace(/[\p{P}\s]/gu, '');
    let text = '';
    while (Buffer.byteLength(text, 'utf8') < MB) text += prose;
    const lines = text.match(/[^]{1,20}/gu)!;
    const p = parseTimed(lines.join('\n'));
    const kept = p.articles.map((a) => articleTexts(a).join('')).join('').replace(/\s/g, '');
    expect(kept.length).toBe(text.length);
  }, 30_000);
});

describe('binary junk', () => {
  const bytes = randomBytes(MB, 20250701);
  const cases: [string, string][] = [
    ['random bytes read as latin1', Buffer.from(bytes).toString('latin1')],
    ['random bytes read as UTF-8 (replacement characters)', new TextDecoder('utf-8').decode(bytes)],
    ['1 MB of NUL bytes', '\0'.repeat(MB)],
    ['a few NUL bytes', '\0\0\0\0'],
    ['a PDF file pasted as text', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 5120 /Filter /FlateDecode >>\nstream\n' + Buffer.from(randomBytes(64 * 1024, 7)).toString('latin1') + '\nendstream\nendobj\n'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: no throw, a warning, no article`, () => {
      expectWarningNoArticles(parseTimed(text));
    });
  }

  it('a real page with NUL bytes scattered in it: no NUL reaches the output', () => {
    const page = corpus.pages[0];
    const rng = seededRandom(42);
    const dirty = [...page].map((c) => (rng() < 0.02 ? c + '\0' : c)).join('');
    const p = parseTimed(dirty);
    expectClearResult(p);
    expect(allArticleText(p)).not.toMatch(/\0/);
    for (const f of p.furniture) expect(f).not.toMatch(/\0/);
  });
});

describe('HTML pasted as text', () => {
  const art = ZH_ARTICLES[0];
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${art.title} - 某某日报</title>`,
    '<link rel="stylesheet" href="/static/css/main.css">',
    '<style>body{font-family:"SimSun",serif;margin:0}.byline{color:#666}</style>',
    '<script type="text/javascript">window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>',
    '</head>',
    '<body class="article-page">',
    '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/epaper/">数字报</a></div>',
    '<article>',
    `<h1 class="title">${art.title}</h1>`,
    `<p class="byline">${art.byline!.raw}</p>`,
    ...art.paragraphs.map((p, i) => (i === 0 ? `<p><strong>${p.slice(0, 9)}</strong>${p.slice(9)}</p>` : `<p>${p}</p>`)),
    '</article>',
    '<footer><p>版权所有&nbsp;&copy;&nbsp;2025 某某日报社 &amp; 某某网</p><p>ICP备案号：京ICP备00000000号</p></footer>',
    '<script>document.querySelectorAll("a").forEach(function(a){a.target="_blank";});</script>',
    '</body>',
    '</html>',
  ].join('\n');

  it('no tag, script or style reaches the articles; the text does', () => {
    const p = parseTimed(html);
    const text = allArticleText(p);
    expect(text).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
    expect(text).not.toMatch(/<!DOCTYPE/i);
    expect(text).not.toMatch(/dataLayer|querySelectorAll|font-family/);
    expect(p.articles.length, 'the article in the HTML').toBeGreaterThan(0);
    const body = p.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
    expect(body).toContain(art.paragraphs[1]);
  });
});

describe('a page with no article', () => {
  const furniture = [
    '2025年7月1日 星期二',
    '第4版 要闻',
    '责任编辑：侯小龙  美编：乔艳艳  校对：许喆',
    '地址：呼和浩特市金桥开发区世纪七路传媒大厦  邮编：010020',
    '电话：0471-6564020  传真：0471-6564041',
    '新闻热线：0437-3249118',
    'E-mail: news@example.com.cn',
    'http://www.example.com.cn',
    '国内统一刊号：CN15-0001  邮发代号：15-1',
    '总第8381期  今日8版',
  ].join('\n');

  it('only furniture (dates, 电话, E-mail, URLs): a warning, no article', () => {
    const p = parseTimed(furniture);
    expectWarningNoArticles(p);
  });
});
