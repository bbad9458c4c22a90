// Realistic raw pages for the bad-input tests and the benchmark: the real eval
// pages (tests/fixtures/eval/*.txt, copied out of newspaper PDFs), generated pages
// (generate.ts) when they are not.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZH_ARTICLES, generatePage } from './generate';

export const EVAL_PAGES_DIR = process.env.JIANBAO_EVAL_PAGES ?? join(import.meta.dirname, '..', 'fixtures', 'eval');

export interface Corpus {
  source: 'eval' | 'generated';
  pages: string[];
  /** Each page's name (its file's, without .txt, for the eval pages). */
  names: string[];
}

export function generatedPages(count = 8): string[] {
  const pages: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = ZH_ARTICLES[i % ZH_ARTICLES.length];
    const b = ZH_ARTICLES[(i + 3) % ZH_ARTICLES.length];
    pages.push(
      generatePage([a, b], {
        width: 15 + (i % 6) * 3,
        seed: 500 + i,
        justify: i % 2 ? 0.3 : 0,
        blank: (['none', 'paragraph', 'every'] as const)[i % 3],
        header: true,
        indent: i % 2 ? 'lost' : 'none',
      }).raw,
    );
  }
  return pages;
}

export function loadPages(): Corpus {
  try {
    if (existsSync(EVAL_PAGES_DIR)) {
      const files = readdirSync(EVAL_PAGES_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const read = files.map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(EVAL_PAGES_DIR, f), 'utf8') })).filter((p) => p.text.trim());
      if (read.length) return { source: 'eval', pages: read.map((p) => p.text), names: read.map((p) => p.name) };
    }
  } catch {
    // fall through to generated pages
  }
  const pages = generatedPages();
  return { source: 'generated', pages, names: pages.map((_, i) => `generated ${i + 1}`) };
}

/** `count` pages, cycling through the corpus, separated by a blank line. */
export function pagesText(corpus: Corpus, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(corpus.pages[i % corpus.pages.length]);
  return out.join('\n\n');
}

/** Whole pages, cycling through the corpus, until the text holds at least `bytes` bytes of UTF-8. */
export function textOfSize(corpus: Corpus, bytes: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const page = corpus.pages[i % corpus.pages.length];
    out.push(page);
    n += Buffer.byteLength(page, 'utf8') + 2;
  }
  return out.join('\n\n');
}
