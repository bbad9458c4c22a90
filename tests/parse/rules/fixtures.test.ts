// Rule fixtures for parsePage: tiny synthetic raw pages, each fixing ONE
// typographic rule in place, like Readability's synthetic test pages
// (`replace-brs`, `normalize-spaces`). A failing case names the rule it breaks.
//
//   tests/fixtures/parse/<area>--<case>.txt            raw text, as copied out of a page
//   tests/fixtures/parse/<area>--<case>.expected.json  the right answer, gold shape:
//       { furniture: string[], articles: Article[], page?: {source, date, pageName}, warning? }
//
// Areas: spaces (justification spaces), wrap (line and paragraph breaks),
// furniture (mastheads, headers, footers, page info), heads (title, kicker,
// subtitle, column, byline), body (headings, notes, jump markers, captions,
// news leads, English), bad (input that is not a clean page).
//
// What is compared:
//   - articles: exactly, every field (column, kicker, title, subtitle, byline,
//     continuation, blocks in order with their types, captions);
//   - furniture: every expected line is in the parser's furniture (runs of
//     spaces folded) and in no article's text; the parser may drop more;
//   - page: only the keys the expected file gives;
//   - warning: always (none expected when the file gives none).
//
// To add a case:
//   1. Write tests/fixtures/parse/<area>--<case>.txt with your own prose (never
//      text copied from a real page), hard-wrapped like a newspaper column:
//      14–24 characters a line, the first line of each paragraph two
//      characters short (the copy lost the indent), a paragraph's last line
//      clearly short unless that is the rule under test. One rule per file.
//   2. Write <area>--<case>.expected.json by hand, following the text rules of
//      tests/fixtures/eval/GOLD-FORMAT.md (spaces touching CJK removed, blocks
//      typed, notes and captions moved out, …). To bootstrap it, run
//        UPDATE_FIXTURES=1 npx vitest run tests/parse/rules
//      which writes the parser's output for cases that have no expected file
//      (it never overwrites one). Then check every field against
//      GOLD-FORMAT.md and correct it: an expected file says what is right,
//      not what the parser does today. A failing case is a useful report.
//   3. Run `npx vitest run tests/parse/rules`. The "expected files" block
//      checks that the answer itself keeps the gold text rules.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/parse';
import type { Article, PageInfo } from '../../../lib/parse';

const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/parse');
const update = process.env.UPDATE_FIXTURES === '1';

interface Expected {
  furniture: string[];
  articles: Article[];
  page?: Partial<PageInfo>;
  warning?: string;
}

const ARTICLE_FIELDS = ['column', 'kicker', 'title', 'subtitle', 'byline', 'continuation', 'blocks', 'captions'] as const;
const BLOCK_TYPES = ['paragraph', 'heading', 'note'];
/** CJK characters and punctuation, as in GOLD-FORMAT.md and score.mjs. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';
const SPACE_NEXT_TO_CJK = new RegExp(`[${CJK}]\\s|\\s[${CJK}]`, 'u');

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const bare = (s: string) => s.replace(/\s+/g, '');

/** Every string an article shows a reader: head fields, blocks and captions. */
function articleStrings(a: Article): string[] {
  const head = [a.column, a.kicker, a.title, a.subtitle, a.byline, a.continuation].filter((s): s is string => typeof s === 'string');
  return [...head, ...a.blocks.map((b) => b.text), ...a.captions];
}

const cases = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/, '');
    return { name, raw: readFileSync(join(FIXTURE_DIR, f), 'utf8'), expectedPath: join(FIXTURE_DIR, `${name}.expected.json`) };
  });

function readExpected(path: string): Expected {
  return JSON.parse(readFileSync(path, 'utf8')) as Expected;
}

describe('parse rule fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.name, () => {
      const actual = parsePage(c.raw);
      if (!existsSync(c.expectedPath)) {
        if (!update) throw new Error(`Missing ${c.expectedPath}; run with UPDATE_FIXTURES=1 to write the parser's output, then hand-check it against GOLD-FORMAT.md`);
        const out: Expected = { furniture: actual.furniture, articles: actual.articles, page: actual.page };
        if (actual.warning) out.warning = actual.warning;
        writeFileSync(c.expectedPath, JSON.stringify(out, null, 2) + '\n');
        console.warn(`wrote ${c.expectedPath}: hand-check every field against GOLD-FORMAT.md before trusting it`);
        return;
      }
      const expected = readExpected(c.expectedPath);

      // Furniture: dropped, and never part of an article.
      const got = new Set(actual.furniture.map(fold));
      const texts = actual.articles.flatMap(articleStrings).map(bare);
      for (const line of expected.furniture) {
        expect.soft(got.has(fold(line)), `furniture line not in the parser's furniture: ${line}`).toBe(true);
        const inText = texts.find((t) => t.includes(bare(line)));
        expect.soft(inText, `furniture line inside an article: ${line}`).toBeUndefined();
      }
      if (expected.page) {
        const page = Object.fromEntries(Object.keys(expected.page).map((k) => [k, actual.page[k as keyof PageInfo]]));
        expect.soft(page, 'page info').toEqual(expected.page);
      }
      expect.soft(actual.warning ?? null, 'warning').toBe(expected.warning ?? null);
      expect(actual.articles, 'articles').toEqual(expected.articles);
    });
  }
});

/** The answers themselves must keep the gold text rules, or a pass means nothing. */
describe('expected files follow GOLD-FORMAT.md', () => {
  for (const c of cases) {
    if (!existsSync(c.expectedPath)) continue;
    it(c.name, () => {
      const e = readExpected(c.expectedPath);
      expect(Array.isArray(e.furniture), 'furniture is a list').toBe(true);
      expect(Array.isArray(e.articles), 'articles is a list').toBe(true);
      if (!e.articles.length) expect(e.warning, 'a page with no article expects a warning').toBe('no-article');
      const raw = bare(c.raw);
      for (const line of e.furniture) expect(raw.includes(bare(line)), `furniture line not in the raw text: ${line}`).toBe(true);
      e.articles.forEach((a, i) => {
        const at = `article ${i}`;
        expect(Object.keys(a).sort(), `${at}: fields`).toEqual([...ARTICLE_FIELDS].sort());
        for (const f of ['column', 'kicker', 'title', 'subtitle', 'byline', 'continuation'] as const) {
          const v = a[f];
          expect(v === null || (typeof v === 'string' && v.trim() === v && v.length > 0), `${at}: ${f} is null or trimmed text`).toBe(true);
          if (v) expect(v, `${at}: ${f} on one line`).not.toMatch(/\n/);
        }
        if (a.byline) expect(a.byline, `${at}: byline without decoration or double spaces`).not.toMatch(/^[■●◆▲]|\s{2}/u);
        if (a.continuation) expect(a.continuation, `${at}: continuation without brackets or spaces`).not.toMatch(/[（）()\s]/u);
        expect(a.blocks.length, `${at}: has blocks`).toBeGreaterThan(0);
        for (const b of a.blocks) {
          expect(BLOCK_TYPES, `${at}: block type`).toContain(b.type);
          expect(b.text, `${at}: block on one line`).not.toMatch(/\n/);
          expect(b.text.trim(), `${at}: block trimmed`).toBe(b.text);
          if (b.type === 'paragraph') expect(SPACE_NEXT_TO_CJK.test(b.text), `${at}: space next to CJK in "${b.text.slice(0, 20)}…"`).toBe(false);
          if (a.continuation) expect(bare(b.text).includes(a.continuation), `${at}: jump marker left in a block`).toBe(false);
        }
        for (const cap of a.captions) expect(SPACE_NEXT_TO_CJK.test(cap), `${at}: space next to CJK in caption`).toBe(false);
      });
    });
  }
});
