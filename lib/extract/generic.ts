// What the two adapters without a site share: the metadata adapter (claims
// pages by JSON-LD / og:type) and the Readability one (claims pages by their
// text). Either way the header comes from the metadata where there is some,
// and the body from Readability.
import { dateFromUrl } from './dates';
import { findBylineElement, readPageMeta } from './meta';
import { runReadability } from './readable';
import { guessTitle } from './title';
import type { BodyItem, RawArticle } from './types';

const textLength = (items: BodyItem[]): number => items.reduce((n, i) => n + (i.kind === 'paragraph' ? i.text.length : 0), 0);

export function extractGeneric(clone: Document, url: string): RawArticle | null {
  // Metadata first: Readability removes the <script> tags that hold JSON-LD.
  const meta = readPageMeta(clone);
  const split = guessTitle(clone, meta.title, meta.siteName ?? meta.publisher);
  const bylineElement = findBylineElement(clone);
  const r = runReadability(clone);
  let body = r?.body ?? [];
  // Readability sometimes settles on a fragment; the publisher's own articleBody is then better.
  if (meta.articleBody && textLength(body) < meta.articleBody.replace(/\s+/g, '').length * 0.5) {
    body = meta.articleBody
      .split(/\n+/)
      .map((text) => ({ kind: 'paragraph' as const, text }))
      .filter((i) => i.text.trim());
  }
  if (!body.length) return null;
  return {
    title: split.title || r?.title || null,
    byline: meta.author ?? r?.byline ?? bylineElement,
    date: meta.date ?? r?.publishedTime ?? dateFromUrl(url),
    source: meta.publisher ?? meta.siteName ?? r?.siteName ?? split.site,
    body,
  };
}
