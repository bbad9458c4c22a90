// Pages generated from clean articles (generate.ts): the parser must give back
// exactly the clean articles, whatever the line width, justification spaces,
// blank lines, indent, line endings or the place of the title. Each case is
// named by its parameters, e.g.
//   zh3 W=17 blank=every justify=0.4 title=after indent=lost seed=1017
// so a failure says which layout broke.

import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/parse';
import type { ParsedPage } from '../../lib/parse';
import {
  EN_ARTICLES,
  HEADER_LINES,
  ZH_ARTICLES,
  generatePage,
  type BlankMode,
  type CleanArticle,
  type GeneratedPage,
  type PageOptions,
} from './generate';

const BLANKS: BlankMode[] = ['none', 'paragraph', 'every'];

/** The first page, from `candidates` in turn, whose layout decides every paragraph break. */
function firstUsable(candidates: CleanArticle[][], o: PageOptions): GeneratedPage {
  for (const arts of candidates) {
    const page = generatePage(arts, o);
    if (page.ambiguous.length === 0) return page;
  }
  throw new Error(`no usable page for ${JSON.stringify(o)}`);
}

const rotate = (start: number): CleanArticle[][] => ZH_ARTICLES.map((_, i) => [ZH_ARTICLES[(start + i) % ZH_ARTICLES.length]]);

// 1. Every width 8..40, the options rotating: one Chinese article, title before.
const sweep: GeneratedPage[] = [];
for (let w = 8; w <= 40; w++) {
  sweep.push(
    firstUsable(rotate(w % 8), {
      width: w,
      seed: 1000 + w,
      justify: [0, 0.4, 1][Math.floor(w / 3) % 3],
      blank: BLANKS[w % 3],
      titleAt: 'before',
      indent: (['none', 'kept', 'none', 'lost'] as const)[w % 4],
      header: w % 5 === 2,
      eol: w % 7 === 3 ? '\r\n' : '\n',
    }),
  );
}

// 2. A full cross of blank mode × justification × title place at five widths.
const matrix: GeneratedPage[] = [];
{
  let k = 0;
  for (const w of [10, 17, 25, 33, 40])
    for (const blank of BLANKS)
      for (const justify of [0, 0.5])
        for (const titleAt of ['before', 'after'] as const) {
          matrix.push(firstUsable(rotate(k), { width: w, seed: 2000 + k, justify, blank, titleAt, indent: (['none', 'lost', 'kept'] as const)[k % 3] }));
          k++;
        }
}

// 3. Two articles on one page: title1 byline1 body1 title2 [byline2] body2.
const twoArticles: GeneratedPage[] = [];
{
  let k = 0;
  for (const w of [12, 18, 24, 30, 36])
    for (const blank of BLANKS)
      for (const byline2 of [true, false]) {
        const pairs: CleanArticle[][] = ZH_ARTICLES.map((_, i) => {
          const a = ZH_ARTICLES[(k + i) % 8];
          const b = ZH_ARTICLES[(k + i + 3) % 8];
          return [a, byline2 ? b : { ...b, byline: null }];
        });
        twoArticles.push(firstUsable(pairs, { width: w, seed: 3000 + k, justify: k % 2 ? 0.5 : 0, blank, titleAt: 'before', header: k % 4 === 1, indent: k % 3 === 0 ? 'lost' : 'none' }));
        k++;
      }
}

// 4. English: word wrap with soft hyphens. Where a paragraph's last line
// leaves no room for the next word, only a blank line can mark the break, so
// the seeds are searched (deterministically) for a hyphenation that leaves
// every break readable; a layout with none is left out and counted.
const english: GeneratedPage[] = [];
const englishSkipped: string[] = [];
for (const art of EN_ARTICLES)
  for (const blank of ['none', 'paragraph'] as const)
    for (const w of blank === 'none' ? [24, 26, 28, 30, 32, 34, 36, 38, 40] : [24, 28, 32, 36, 40])
      for (const titleAt of w === 40 ? (['before', 'after'] as const) : (['before'] as const)) {
        let found: GeneratedPage | null = null;
        for (let s = 0; s < 40 && !found; s++) {
          const page = generatePage([art], { width: w, seed: 4000 + w * 100 + s, blank, titleAt, hyphenate: 0.6 });
          if (page.ambiguous.length === 0) found = page;
        }
        if (found) english.push(found);
        else englishSkipped.push(`${art.id} W=${w} blank=${blank} title=${titleAt}`);
      }

const allCases = [...sweep, ...matrix, ...twoArticles, ...english];

/**
 * Known limitation, kept visible: a short monospaced page (12 running lines)
 * whose full lines hang a closing mark past the edge. The parser reads widths
 * as squeezed print (as the real PDF pages are), where a line one column short
 * is not yet short, so it misses one paragraph break here. `it.fails` turns
 * red the day the parser gets it right, so the case can become an ordinary one.
 */
const KNOWN_LIMITS = new Set(['zh4 W=27 blank=none justify=0 title=before indent=lost header seed=1027']);
const caseTest = (c: GeneratedPage) => (KNOWN_LIMITS.has(c.name) ? it.fails(c.name, () => check(c)) : it(c.name, () => check(c)));

/** What the parser found, in the shape of the expectation; a non-paragraph block shows its type. */
function found(parsed: ParsedPage) {
  return parsed.articles.map((a) => ({
    title: a.title,
    byline: a.byline,
    paragraphs: a.blocks.map((b) => (b.type === 'paragraph' ? b.text : `[${b.type}] ${b.text}`)),
  }));
}

function check(page: GeneratedPage) {
  let parsed: ParsedPage | undefined;
  expect(() => {
    parsed = parsePage(page.raw);
  }).not.toThrow();
  expect(found(parsed!), page.name).toEqual(page.expected);
  expect(parsed!.warning, page.name).toBeUndefined();
}

describe('generator (sanity: these pass with any parser)', () => {
  it('builds enough distinct, usable cases', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
    for (const c of allCases) expect(c.ambiguous, c.name).toEqual([]);
    expect(english.length, `skipped: ${englishSkipped.join('; ')}`).toBeGreaterThanOrEqual(16);
    expect(english.filter((c) => c.name.includes('blank=none')).length).toBeGreaterThanOrEqual(6);
    // most English pages carry at least one soft hyphen at a line end
    expect(english.filter((c) => /[a-z]-\r?\n[a-z]/.test(c.raw)).length).toBeGreaterThanOrEqual(english.length / 2);
    expect(sweep.map((c) => c.name.match(/W=(\d+)/)![1]).join(',')).toBe(Array.from({ length: 33 }, (_, i) => i + 8).join(','));
  });

  it('is deterministic', () => {
    const o: PageOptions = { width: 13, seed: 99, justify: 0.7, blank: 'every', indent: 'kept' };
    expect(generatePage([ZH_ARTICLES[2]], o).raw).toBe(generatePage([ZH_ARTICLES[2]], o).raw);
    const e: PageOptions = { width: 30, seed: 5, hyphenate: 1 };
    expect(generatePage([EN_ARTICLES[0]], e).raw).toBe(generatePage([EN_ARTICLES[0]], e).raw);
  });

  it('keeps every character of the clean text, in order', () => {
    for (const c of [...sweep, ...matrix, ...twoArticles]) {
      const raw = c.raw.replace(/\s+/gu, '');
      const header = c.name.includes(' header') ? HEADER_LINES.join('').replace(/\s+/g, '') : '';
      const after = c.name.includes('title=after');
      const parts = c.expected.map((a, i) => {
        const arts = c.lines.filter((l) => l.article === i);
        const head = arts.filter((l) => l.kind !== 'body').map((l) => l.text).join('');
        const body = a.paragraphs.join('');
        return after ? body + head : head + body;
      });
      expect(raw, c.name).toBe((header + parts.join('')).replace(/\s+/gu, ''));
      // and the byline as printed reduces to the expected byline
      for (const [i, a] of c.expected.entries()) {
        const printed = c.lines.find((l) => l.article === i && l.kind === 'byline')?.text ?? null;
        expect(printed === null ? null : printed.replace(/^[■●◆]\s*/u, '').replace(/\s+/g, ' '), c.name).toBe(a.byline);
      }
    }
  });

  it('breaks Chinese lines at W: full lines at least W long, last lines shorter', () => {
    for (const c of [...sweep, ...matrix, ...twoArticles]) {
      const w = Number(c.name.match(/W=(\d+)/)![1]);
      for (const l of c.lines.filter((x) => x.kind === 'body')) {
        const what = `${c.name}: ${l.text}`;
        if (l.paraEnd) {
          expect(l.length, what).toBeLessThanOrEqual(w - 1);
          expect(l.columns, what).toBeLessThanOrEqual(w - 1);
        } else if (l.stretched) {
          expect(l.text, what).not.toMatch(/[，。、；：？！”’）》…“‘（《]$/u);
        } else {
          expect(l.length, what).toBeGreaterThanOrEqual(w);
          expect(l.columns, what).toBeGreaterThanOrEqual(w - 0.5);
        }
      }
    }
  });

  it('letter-spaces only where a space touches a CJK character', () => {
    const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';
    const lone = new RegExp(`[^${cjk}\\s] +[^${cjk}\\s]`, 'u');
    for (const c of [...sweep, ...matrix, ...twoArticles]) {
      for (const l of c.lines.filter((x) => x.kind === 'body')) expect(l.text, c.name).not.toMatch(lone);
    }
  });
});

describe('parsePage on generated pages', () => {
  describe(`every width 8..40, one article (${sweep.length} cases)`, () => {
    for (const c of sweep) caseTest(c);
  });
  describe(`blank × justify × title before/after (${matrix.length} cases)`, () => {
    for (const c of matrix) caseTest(c);
  });
  describe(`two articles on a page (${twoArticles.length} cases)`, () => {
    for (const c of twoArticles) caseTest(c);
  });
  describe(`English, word wrap and soft hyphens (${english.length} cases)`, () => {
    for (const c of english) caseTest(c);
  });
});
