// What the background gives the paste prompt: the clean text (lib/paste/
// clean-text.ts, lib/parse/plain-text.ts) and the clippings to save, on the
// eval pages (raw text copied from newspaper PDFs) and on small cases.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, parsePage, type Article } from '../../lib/parse';
import { cleanPastedText, pastedClippings } from '../../lib/paste/clean-text';
import { looksLikeNewspaperText } from '../../lib/paste/paste-check';
import { COLUMN_TEXT } from './dom';

const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');
const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (file: string) => readFileSync(join(PAGES_DIR, file), 'utf8');

describe('cleanPastedText on the eval pages', () => {
  it.each(pages)('%s: every article, head lines kept, one blank line between paragraphs, no hard wraps', (file) => {
    const raw = read(file);
    const clean = cleanPastedText(raw);
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
    expect(looksLikeNewspaperText(cleanPastedText(read(file))).wrapped).toBe(false);
  });

  it('joins the hard-wrapped lines of a column', () => {
    const clean = cleanPastedText(COLUMN_TEXT);
    expect(clean.startsWith('抗旱保秋粮\n\n本报记者 李明\n\n入夏以来，我市多地持续高温少雨，部分乡镇出现不同程度旱情。')).toBe(true);
  });

  it('is empty for text with nothing to keep', () => {
    expect(cleanPastedText('')).toBe('');
    expect(cleanPastedText(' \n\t ')).toBe('');
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

describe('pastedClippings', () => {
  const PAGE = 'https://bbs.example.com/post/new?draft=1';

  it('addresses each article by the page it was pasted on, with the passage as a text fragment', () => {
    const clippings = pastedClippings(read(pages[0]), PAGE);
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
