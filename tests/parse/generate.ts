// A small, seeded generator of raw newspaper pages (text as copied out of a
// PDF) from clean articles, for tests/parse/generated.test.ts and the
// benchmark. It reproduces what real pages (tests/fixtures/eval) show:
//
// - hard line breaks every W columns, lines ending mid-sentence;
// - a paragraph's last line shorter than W;
// - justification spaces between the characters of some full lines
//   (`余 名 成 员 昂 首`), as a PDF copy shows a letter-spaced line;
// - optionally a blank line after every line, or only between paragraphs;
// - the title and byline before the body, or after it;
// - English text wrapped at word boundaries, sometimes hyphenated (`develop-`).
//
// The page it makes must be readable without guessing; where the layout alone
// cannot tell where a paragraph ends, the page says so in `ambiguous` and the
// tests do not use it. Rules the generator keeps, which a parser may rely on:
//
// Chinese (a CJK character is one column wide, a Latin letter or digit half a
// column, as in print):
// - a line is broken once no other CJK character fits on it, so every line
//   but a paragraph's last is at least W-1/2 columns wide and holds at least
//   W characters. Latin words and numbers (GDP, 97.73%, 2025) are never
//   broken: a run that starts on a line stays on it, and may run over W;
// - closing punctuation (，。、”》…) never starts a line: it hangs at the end of
//   the line before (W+1), and opening punctuation (“《（) never ends one;
// - a paragraph's last line is shorter than W by both measures (at most W-1
//   characters, at most W-1 columns). Where the text would fill its
//   last line exactly, the last two or more characters are pushed down to a
//   line of their own, and the line they leave (shorter than W, never ending
//   in punctuation) is letter-spaced like any stretched line when justification
//   is on;
// - with an indent, a paragraph's first line has two columns less room; when
//   the copy loses the indent, that line shows W-2 characters and is still full;
// - justification puts one space between every two characters of a line
//   (Latin runs stay whole; some lines, like the real pages, put no space after
//   full-width ，。、；：！？). Every such space touches a CJK character.
//
// English: lines hold at most W characters, filled greedily word by word, so
// the first word of a line never fits on the line before. A word of seven or
// more lower-case letters may be split with a hyphen. A paragraph break is
// unambiguous when the next paragraph's first word would have fitted on the
// last line, or when a blank line separates paragraphs.

import { seededRandom } from '../../lib/seeded-random';
import type { CleanArticle } from './articles';

export { ZH_ARTICLES, EN_ARTICLES } from './articles';
export type { CleanArticle, Lang } from './articles';

export type BlankMode = 'none' | 'paragraph' | 'every';

export interface PageOptions {
  /** Characters per line, 8–40. */
  width: number;
  seed: number;
  /** Share of full lines (0–1) that come out letter-spaced. Chinese only. */
  justify?: number;
  /** none: no blank lines; paragraph: between paragraphs and blocks; every: after every line. */
  blank?: BlankMode;
  /** Where the title and byline stand: before the body, or after it (one article only). */
  titleAt?: 'before' | 'after';
  /**
   * Chinese first-line indent of two columns: `kept` prints it as two
   * ideographic spaces; `lost` leaves the room empty but copies no character,
   * so first lines come out two characters short, as on the real pages.
   */
  indent?: 'none' | 'kept' | 'lost';
  /** English: chance (0–1) that a long word that does not fit is hyphenated. */
  hyphenate?: number;
  /** Page furniture (date line, page name and editor) at the top. */
  header?: boolean;
  eol?: '\n' | '\r\n';
}

export interface ExpectedArticle {
  title: string;
  byline: string | null;
  paragraphs: string[];
}

export interface GenLine {
  /** The line as it stands in the raw text (with any justification spaces). */
  text: string;
  kind: 'header' | 'title' | 'byline' | 'body';
  article: number;
  paragraph: number;
  /** Characters on the line, the indent counted (even a lost one), justification spaces not. */
  length: number;
  /** Print width in columns: a CJK character (or ideographic space) is 1, a Latin letter or digit 1/2. */
  columns: number;
  /** Last line of its paragraph. */
  paraEnd: boolean;
  /** A line shortened to keep a paragraph's last line short (see above). */
  stretched: boolean;
}

export interface GeneratedPage {
  /** The case's parameters, e.g. `zh3 W=17 blank=every justify=0.5 title=before seed=7`. */
  name: string;
  raw: string;
  expected: ExpectedArticle[];
  lines: GenLine[];
  /** Places where the layout does not decide a paragraph break; empty for a usable page. */
  ambiguous: string[];
}

export const HEADER_LINES = ['2025年7月1日 星期二', '第4版 要闻 责任编辑：侯小龙'];


// Same class as lib/parse/cjk.ts (and score.mjs), copied so the tests do not
// depend on the code under test.
const CJK_RE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/u;
const TOKEN_RE = /[A-Za-z0-9.%]+|……|——|[\s\S]/gu;
const CLOSING = new Set(['，', '。', '、', '；', '：', '？', '！', '”', '’', '）', '》', '」', '』', '……']);
const OPENING = new Set(['“', '‘', '（', '《', '「', '『']);
/** Full-width punctuation whose glyph carries its own space: some PDFs add none after it. */
const TIGHT_AFTER = new Set(['，', '。', '、', '；', '：', '！', '？']);
const INDENT = '\u3000\u3000';

const chars = (s: string) => [...s].length;
/** Print width in half columns: a Latin letter, digit or ASCII sign is half as wide as a CJK character. */
const halves = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);
const sum = (ts: string[], f: (t: string) => number) => ts.reduce((n, t) => n + f(t), 0);

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

interface ZhLine {
  tokens: string[];
  indent: boolean;
  stretched: boolean;
}

const lineChars = (l: ZhLine) => sum(l.tokens, chars) + (l.indent ? chars(INDENT) : 0);
const lineHalves = (l: ZhLine) => sum(l.tokens, halves) + (l.indent ? halves(INDENT) : 0);
/** Short by both measures: at most W-1 characters and at most W-1 columns. */
const isShort = (l: ZhLine, width: number) => lineChars(l) <= width - 1 && lineHalves(l) <= 2 * width - 2;

/** Wraps one Chinese paragraph at W; see the rules at the top of this file. */
export function wrapZh(paragraph: string, width: number, indent = false): { lines: ZhLine[]; ambiguous: string | null } {
  const lines: ZhLine[] = [];
  let cur: string[] = [];
  // A line is full once it leaves no room for another CJK character (width
  // W-1/2 or more); it then holds at least W characters, as every half-width
  // sign that makes it narrower adds a character.
  let used = indent ? halves(INDENT) : 0;
  let first = true;
  for (const t of tokenize(paragraph)) {
    const last = cur[cur.length - 1];
    if (used >= 2 * width - 1 && last !== undefined && !OPENING.has(last) && !CLOSING.has(t)) {
      lines.push({ tokens: cur, indent: indent && first, stretched: false });
      first = false;
      cur = [];
      used = 0;
    }
    cur.push(t);
    used += halves(t);
  }
  lines.push({ tokens: cur, indent: indent && first, stretched: false });

  const lastLine = lines[lines.length - 1];
  if (isShort(lastLine, width)) return { lines, ambiguous: null };

  // The text fills its last line: push the last characters down.
  const ts = lastLine.tokens;
  for (let k = 2; k < ts.length; k++) {
    const head: ZhLine = { tokens: ts.slice(0, ts.length - k), indent: lastLine.indent, stretched: true };
    const tail: ZhLine = { tokens: ts.slice(ts.length - k), indent: false, stretched: false };
    const h = head.tokens[head.tokens.length - 1];
    if (CLOSING.has(tail.tokens[0]) || CLOSING.has(h) || OPENING.has(h)) continue;
    if (!isShort(tail, width)) break;
    // A paragraph of a single line would leave a short unpunctuated line that
    // reads like a crosshead: say so rather than guess.
    const amb = lines.length === 1 ? `paragraph "${paragraph.slice(0, 12)}…" fills exactly one line of ${width}` : null;
    lines.splice(lines.length - 1, 1, head, tail);
    return { lines, ambiguous: amb };
  }
  return { lines, ambiguous: `paragraph "${paragraph.slice(0, 12)}…" ends on a full line of ${width}` };
}

/** Letter-spaces a line: one space between every two tokens where a space touches a CJK character. */
export function letterSpace(tokens: string[], tight: boolean): string {
  let out = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    const touchesCjk = CJK_RE.test(a.slice(-1)) || CJK_RE.test([...b][0]);
    const space = touchesCjk && !(tight && TIGHT_AFTER.has(a));
    out += (space ? ' ' : '') + b;
  }
  return out;
}

/** Wraps one English paragraph at W (greedy, word by word, optional hyphenation). */
export function wrapEn(paragraph: string, width: number, rng: () => number, hyphenate: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of paragraph.split(' ')) {
    let w = word;
    for (;;) {
      if (!cur) {
        cur = w;
        break;
      }
      if (cur.length + 1 + w.length <= width) {
        cur += ' ' + w;
        break;
      }
      const letters = /^[a-z]+/.exec(w)?.[0] ?? '';
      const room = width - cur.length - 2; // the space and the hyphen
      const k = Math.min(room, letters.length - 3);
      if (hyphenate > 0 && letters.length >= 7 && k >= 3 && rng() < hyphenate) {
        lines.push(cur + ' ' + w.slice(0, k) + '-');
        cur = '';
        w = w.slice(k);
        continue;
      }
      lines.push(cur);
      cur = '';
    }
  }
  lines.push(cur);
  return lines;
}

export function caseName(articles: CleanArticle[], o: PageOptions): string {
  const parts = [articles.map((a) => a.id + (a.byline ? '' : '(no byline)')).join('+'), `W=${o.width}`, `blank=${o.blank ?? 'none'}`];
  if (articles.some((a) => a.lang === 'zh')) parts.push(`justify=${o.justify ?? 0}`);
  if (articles.some((a) => a.lang === 'en')) parts.push(`hyphenate=${o.hyphenate ?? 0}`);
  parts.push(`title=${o.titleAt ?? 'before'}`);
  if (o.indent && o.indent !== 'none') parts.push(`indent=${o.indent}`);
  if (o.header) parts.push('header');
  if (o.eol === '\r\n') parts.push('crlf');
  parts.push(`seed=${o.seed}`);
  return parts.join(' ');
}

/** Builds one raw page holding the given articles, in order. */
export function generatePage(articles: CleanArticle[], o: PageOptions): GeneratedPage {
  const width = o.width;
  const blank = o.blank ?? 'none';
  const titleAt = o.titleAt ?? 'before';
  const justify = o.justify ?? 0;
  if (articles.length === 0) throw new Error('generatePage: no article');
  if (titleAt === 'after' && articles.length > 1) {
    // body1 title1 body2: title1 could close body1 or open body2.
    throw new Error('generatePage: titles after the body only on one-article pages');
  }
  const rng = seededRandom(o.seed);
  const ambiguous: string[] = [];
  const lines: GenLine[] = [];
  // Index in `lines` after which a blank line goes in `paragraph` mode.
  const blockEnds = new Set<number>();

  if (o.header) {
    for (const h of HEADER_LINES) lines.push({ text: h, kind: 'header', article: -1, paragraph: -1, length: chars(h), columns: halves(h) / 2, paraEnd: false, stretched: false });
    blockEnds.add(lines.length - 1);
  }

  articles.forEach((art, ai) => {
    const head: GenLine[] = [{ text: art.title, kind: 'title', article: ai, paragraph: -1, length: chars(art.title), columns: halves(art.title) / 2, paraEnd: false, stretched: false }];
    if (art.byline) head.push({ text: art.byline.raw, kind: 'byline', article: ai, paragraph: -1, length: chars(art.byline.raw), columns: halves(art.byline.raw) / 2, paraEnd: false, stretched: false });

    const body: GenLine[] = [];
    const paraLast: string[] = [];
    art.paragraphs.forEach((p, pi) => {
      if (art.lang === 'zh') {
        const { lines: zl, ambiguous: amb } = wrapZh(p, width, (o.indent ?? 'none') !== 'none');
        if (amb) ambiguous.push(`${art.id}: ${amb}`);
        zl.forEach((l, li) => {
          const isLast = li === zl.length - 1;
          const spaced = !isLast && justify > 0 && (l.stretched || rng() < justify);
          const text = (l.indent && o.indent === 'kept' ? INDENT : '') + (spaced ? letterSpace(l.tokens, rng() < 0.5) : l.tokens.join(''));
          body.push({ text, kind: 'body', article: ai, paragraph: pi, length: lineChars(l), columns: lineHalves(l) / 2, paraEnd: isLast, stretched: l.stretched });
        });
      } else {
        const el = wrapEn(p, width, rng, o.hyphenate ?? 0);
        el.forEach((t, li) => body.push({ text: t, kind: 'body', article: ai, paragraph: pi, length: t.length, columns: t.length, paraEnd: li === el.length - 1, stretched: false }));
        paraLast.push(el[el.length - 1]);
      }
    });

    if (art.lang === 'en' && blank !== 'paragraph') {
      // A break is certain only if the next paragraph's first word would have fitted.
      const observed = Math.max(...body.map((l) => l.length));
      for (let pi = 0; pi + 1 < art.paragraphs.length; pi++) {
        const next = art.paragraphs[pi + 1].split(' ')[0];
        if (paraLast[pi].length + 1 + next.length > observed) {
          ambiguous.push(`${art.id}: paragraph ${pi + 1} ends on a line that leaves no room for "${next}" (W=${width})`);
        }
      }
    }

    const add = (ls: GenLine[]) => {
      for (const l of ls) {
        lines.push(l);
        if (l.kind === 'body' && l.paraEnd) blockEnds.add(lines.length - 1);
      }
      blockEnds.add(lines.length - 1);
    };
    if (titleAt === 'before') {
      add(head);
      add(body);
    } else {
      add(body);
      add(head);
    }
  });

  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l.text);
    const last = i === lines.length - 1;
    if (!last && (blank === 'every' || (blank === 'paragraph' && blockEnds.has(i)))) out.push('');
  });
  const eol = o.eol ?? '\n';
  const raw = out.join(eol) + eol;

  const expected = articles.map((a) => ({ title: a.title, byline: a.byline ? a.byline.clean : null, paragraphs: [...a.paragraphs] }));
  return { name: caseName(articles, o), raw, expected, lines, ambiguous };
}
