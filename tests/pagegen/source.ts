// Source text for generated pages: clean articles (title + paragraphs).
// Either the project's own ZH_ARTICLES (tests/parse/articles.ts, written for the
// tests) or a corpus JSON extracted from public news text by extract-corpus.ts.
// The corpus is read from a local path and is never committed.

import { readFileSync } from 'node:fs';
import { ZH_ARTICLES } from '../parse/articles';

export interface SourceArticle {
  id: string;
  title: string;
  paragraphs: string[];
  /** The article's own head lines, where the source prints them (引题, 副题 with its ——). */
  kicker?: string;
  subtitle?: string;
}

// Characters the page fonts (Noto CJK) draw and pdf.js gives back as they are:
// Han, CJK and full-width punctuation, ASCII, quotes, dashes, ellipsis, ·, %.
const PRINTABLE = /^[\p{Script=Han}\u3000-\u3007\u300a-\u303f\uff01-\uff5e\u2018-\u201d\u2014\u2026\u00b7\u2022\u00d7 -~]+$/u;

/** True if a paragraph can be typeset and read back unchanged. */
export function printable(s: string): boolean {
  return PRINTABLE.test(s);
}

/** Trims a paragraph and collapses runs of spaces; null if it cannot be used. */
export function cleanParagraph(s: string): string | null {
  const t = s.replace(/[\u00a0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (t.length < 8 || !printable(t) || !/\p{Script=Han}/u.test(t)) return null;
  return t;
}

export function builtInArticles(): SourceArticle[] {
  return ZH_ARTICLES.map((a) => ({ id: a.id, title: a.title, paragraphs: a.paragraphs.slice() }));
}

/** Reads a corpus JSON ({ articles: SourceArticle[] }) written by extract-corpus.ts. */
export function loadCorpus(path: string): SourceArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read corpus ${path}: ${(e as Error).message}`);
  }
  const list = (data as { articles?: unknown }).articles;
  if (!Array.isArray(list)) throw new Error(`corpus ${path} has no "articles" array`);
  const out: SourceArticle[] = [];
  for (const [i, a] of list.entries()) {
    const title = typeof a?.title === 'string' ? a.title.trim() : '';
    const paragraphs = Array.isArray(a?.paragraphs) ? a.paragraphs.map((p: unknown) => (typeof p === 'string' ? cleanParagraph(p) : null)).filter(Boolean) : [];
    // A title its own body repeats word for word cannot be proven by check-gold
    // (its greedy cover takes the body's copy for the title), so it is left out.
    const repeats = (s: string) => paragraphs.some((p: string) => p.replace(/\s+/g, '').includes(s.replace(/\s+/g, '')));
    if (!title || !printable(title) || paragraphs.length < 2 || repeats(title)) continue;
    const article: SourceArticle = { id: String(a.id ?? i), title, paragraphs };
    // An own head line the body repeats is dropped for the same reason.
    for (const k of ['kicker', 'subtitle'] as const) {
      const v = typeof a?.[k] === 'string' ? a[k].trim() : '';
      if (v && printable(v) && !repeats(v.replace(/^——/, ''))) article[k] = v;
    }
    out.push(article);
  }
  if (out.length < 4) throw new Error(`corpus ${path} holds ${out.length} usable articles; at least 4 are needed`);
  return out;
}
