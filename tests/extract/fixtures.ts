// Loads the HTML fixtures of tests/fixtures/extract: each file names its page
// URL in a leading comment (<!-- url: … -->) and has <name>.expected.json beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Block } from '../../lib/parse/types';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/extract');

/** Assertion groups that depend on the parser's cleanArticleBlocks, not on extraction. */
export type ParserDependent = 'blocks' | 'byline' | 'continuation' | 'captions';

export interface Expected {
  isProbablyArticle: boolean;
  ok: boolean;
  via?: string;
  reason?: string;
  /** Assertions that test the shared cleaning rather than extraction, with what they need from it. */
  needsParser?: Partial<Record<ParserDependent, string>>;
  article?: {
    column: string | null;
    kicker: string | null;
    title: string | null;
    subtitle: string | null;
    byline: string | null;
    continuation: string | null;
    source: string | null;
    date: string | null;
    page: string | null;
    blocks: Block[];
    captions: string[];
  };
}

export interface Fixture {
  name: string;
  url: string;
  html: string;
  expected: Expected;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(join(FIXTURE_DIR, f), 'utf8');
      const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      if (!url) throw new Error(`${f}: no <!-- url: … --> comment at the top`);
      const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, f.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      return { name: f.replace(/\.html$/, ''), url, html, expected };
    });
}

/** A document as the browser would have it at `url`. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
