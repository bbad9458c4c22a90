// Article extraction from web pages (content script and tests; DOM only).
//
//   extractArticle(document, location.href) → ClipArticle, via the first
//   adapter in ADAPTERS that accepts the page; isProbablyArticle is the cheap
//   check to run on every page before offering to clip.
//
// Each adapter reads a copy of the page from which the boilerplate element
// rules (lib/extract/rules) have taken hidden text, comments, recommendation
// lists and button bars; buildArticle then drops leftover lines by the line
// rules and settles the header fields from every source (lib/extract/reconcile).
import { buildArticle } from './build';
import { readEvidence, type PageEvidence } from './evidence';
import { ADAPTERS } from './registry';
import { removeBoilerplateElements, type Removal } from './rules';
import type { ExtractResult, SiteAdapter } from './types';

export type { BodyItem, ClipArticle, ExtractFailureReason, ExtractResult, PageJoin, RawArticle, SiteAdapter } from './types';
export type { Removal } from './rules';
export { ADAPTERS } from './registry';

/** Cheap, read-only: does some adapter accept this page (site pattern, article metadata, or readable text)? */
export function isProbablyArticle(doc: Document, url: string, adapters: readonly SiteAdapter[] = ADAPTERS): boolean {
  return adapters.some((a) => safe(() => a.canExtract(doc, url), false));
}

/** A copy of the page without the elements the boilerplate rules name. */
function cleanCopy(doc: Document, removals: Removal[]): Document {
  const clone = doc.cloneNode(true) as Document;
  if (clone.body) removeBoilerplateElements(clone.body, removals);
  return clone;
}

/**
 * Extracts the article of a page. The live document is never changed: each
 * adapter that accepts the page gets its own clone (Readability rewrites
 * what it is given).
 */
export function extractArticle(doc: Document, url: string, adapters: readonly SiteAdapter[] = ADAPTERS): ExtractResult {
  const claimed: string[] = [];
  const errors: string[] = [];
  let evidence: PageEvidence | null = null;
  for (const adapter of adapters) {
    if (!safe(() => adapter.canExtract(doc, url), false)) continue;
    claimed.push(adapter.name);
    try {
      const removed: Removal[] = [];
      const raw = adapter.extract(cleanCopy(doc, removed), url);
      if (!raw) continue;
      removed.push(...(raw.removed ?? []));
      evidence ??= readEvidence(doc);
      const article = buildArticle(raw, url, { evidence, removals: removed });
      if (article) return { ok: true, article, via: adapter.name, removed };
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
