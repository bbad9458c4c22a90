// Article extraction from web pages (content script and tests; DOM only).
//
//   extractArticle(document, location.href) → ClipArticle, via the first
//   adapter in ADAPTERS that accepts the page; isProbablyArticle is the cheap
//   check to run on every page before offering to clip.
import { buildArticle } from './build';
import { ADAPTERS } from './registry';
import type { ExtractResult, SiteAdapter } from './types';

export type { BodyItem, ClipArticle, ExtractFailureReason, ExtractResult, RawArticle, SiteAdapter } from './types';
export { ADAPTERS } from './registry';

/** Cheap, read-only: does some adapter accept this page (site pattern, article metadata, or readable text)? */
export function isProbablyArticle(doc: Document, url: string, adapters: readonly SiteAdapter[] = ADAPTERS): boolean {
  return adapters.some((a) => safe(() => a.canExtract(doc, url), false));
}

/**
 * Extracts the article of a page. The live document is never changed: each
 * adapter that accepts the page gets its own clone (Readability rewrites
 * what it is given).
 */
export function extractArticle(doc: Document, url: string, adapters: readonly SiteAdapter[] = ADAPTERS): ExtractResult {
  const claimed: string[] = [];
  const errors: string[] = [];
  for (const adapter of adapters) {
    if (!safe(() => adapter.canExtract(doc, url), false)) continue;
    claimed.push(adapter.name);
    try {
      const raw = adapter.extract(doc.cloneNode(true) as Document, url);
      const article = raw && buildArticle(raw, url);
      if (article) return { ok: true, article, via: adapter.name };
    } catch (e) {
      errors.push(`${adapter.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!claimed.length) return { ok: false, reason: 'not-article', message: 'No article found on this page.' };
  if (errors.length) return { ok: false, reason: 'error', message: `Extraction failed (${errors.join('; ')}).` };
  return { ok: false, reason: 'empty', message: `The article has no text (tried ${claimed.join(', ')}).` };
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
