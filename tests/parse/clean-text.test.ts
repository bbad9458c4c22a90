// Pasted or selected text cleaned (lib/parse/clean-text.ts, lib/parse/plain-text.ts):
// what the background gives the paste prompt's Clean, and the articles a
// selection or a paste is saved as, on the eval pages (raw text copied from
// newspaper PDFs) and on small cases.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, parsePage, type Article } from '../../lib/parse';
import { cleanText, readCleanText, splitParagraphs } from '../../lib/parse/clean-text';
import { looksLikeNewspaperText } from '../../lib/paste/paste-check';
import { COLUMN_TEXT } from '../paste/dom';

const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');
const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (file: string) => readFileSync(join(PAGES_DIR, file), 'utf8');

describe('cleanText on the eval pages', () => {
  it.each(pages)('%s: every article, head lines kept, one blank line between paragraphs, no hard wraps', (file) => {
    const raw = read(file);
    const clean = cleanText(raw);
    const { articles, furniture } = parsePage(raw);
    expect(articles.length).toBeGreaterThan(0);
    const paragraphs = clean.split('\n\n');
    expect(paragraphs).toEqual(articles.flatMap(articleParagraphs));
    // One blank line, never more; no paragraph broken over lines; nothing blank.
    expect(clean).not.toMatch(/\n\n\n|^\s|\s$/);
    for (const p of paragraphs) expect(p).toMatch(/^\S(?:.*\S)?$/);
    for (const a of articles) {
      if (a.title) expect(paragraphs).toContain(a.title);
      if (a.byline) expect(paragraphs).toContain(a.byline);
    }
    // The page furniture (mastheads, editor credits, footers) is gone.
    for (const line of furniture) expect(paragraphs).not.toContain(line.trim());
  });

  it.each(pages)('%s: the clean text pasted again gets no prompt', (file) => {
    expect(looksLikeNewspaperText(cleanText(read(file))).wrapped).toBe(false);
  });

  it('joins the hard-wrapped lines of a column', () => {
    const clean = cleanText(COLUMN_TEXT);
    expect(clean.startsWith('抗旱保秋粮\n\n本报记者 李明\n\n入夏以来，我市多地持续高温少雨，部分乡镇出现不同程度旱情。')).toBe(true);
  });

  it('is empty for text with nothing to keep', () => {
    expect(cleanText('')).toBe('');
    expect(cleanText(' \n\t ')).toBe('');
  });
});

describe('articleParagraphs', () => {
  const article: Article = {
    column: '理论学苑',
    kicker: '牢记嘱托 感恩奋进',
    title: '坚定不移推动高质量发展',
    subtitle: '——写在建党104周年之际',
    byline: '本报评论员',
    continuation: '上接1版',
    blocks: [
      { type: 'paragraph', text: '发展是第一要务。' },
      { type: 'heading', text: '（一）' },
      { type: 'note', text: '（新华社北京6月30日电）' },
    ],
    captions: ['图为市民参加活动。本报记者张三摄'],
  };

  it('keeps kicker, title, subtitle and byline above the body, captions after it; drops the column label and jump marker', () => {
    expect(articleParagraphs(article)).toEqual([
      '牢记嘱托 感恩奋进',
      '坚定不移推动高质量发展',
      '——写在建党104周年之际',
      '本报评论员',
      '发展是第一要务。',
      '（一）',
      '（新华社北京6月30日电）',
      '图为市民参加活动。本报记者张三摄',
    ]);
  });

  it('leaves out what the article lacks', () => {
    expect(articleParagraphs({ ...article, kicker: null, subtitle: '  ', byline: null, blocks: [], captions: [] })).toEqual(['坚定不移推动高质量发展']);
  });
});

describe('readCleanText', () => {
  it('gives a page of text as the parser’s articles, with the page details it read', () => {
    const raw = read(pages[0]);
    const parsed = parsePage(raw);
    expect(readCleanText(raw)).toEqual({ articles: parsed.articles, page: parsed.page });
  });

  it('keeps text the parser takes for page furniture only as one untitled article of its cleaned paragraphs, with no page details', () => {
    const text = '第4版 要闻';
    const parsed = parsePage(text);
    expect(parsed.articles).toEqual([]);
    expect(parsed.furniture.length).toBeGreaterThan(0);
    const { articles, page } = readCleanText(text);
    expect(page).toEqual({ source: null, date: null, pageName: null });
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBeNull();
    expect(articles[0].blocks.length).toBeGreaterThan(0);
    expect(cleanText(text)).toBe(articles[0].blocks.map((b) => b.text).join('\n\n'));
  });

  it('keeps nothing of empty or binary text', () => {
    expect(readCleanText(' \n ').articles).toEqual([]);
    expect(readCleanText('\u0000\u0001\ufffd'.repeat(200)).articles).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines when there are any (hard-wrapped PDF text)', () => {
    expect(splitParagraphs('第一行\n第二行\n\n  \n第二段\r\n')).toEqual(['第一行\n第二行', '第二段']);
  });

  it('takes each line as a paragraph when there is no blank line (web page text)', () => {
    expect(splitParagraphs('第一段\n第二段\r\n第三段')).toEqual(['第一段', '第二段', '第三段']);
  });
});
