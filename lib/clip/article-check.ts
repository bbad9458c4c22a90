// The every-page article check: page → "is there an article to clip here?".
//
// It gives the same answer as lib/extract's isProbablyArticle, but without
// loading what only extraction needs. isProbablyArticle takes the adapters
// from lib/extract/registry, and those objects carry their extract()
// functions, which bring in Readability's 90 KB parser and the text cleaner:
// 56 KB minified for a script that runs on every page. Here the same checks
// are composed from the light pieces: each site adapter's canExtract, taken
// as the function its module exports on its own (the adapter object would
// bring its extract() and the body collector with it, 8 KB), the metadata
// check, and Readability's standalone isProbablyReaderable file.
// tests/clip/article-check.test.ts checks that both answers agree on every extract
// fixture, and that each check here is its adapter's canExtract.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isFounderPage } from '@/lib/extract/adapters/founder';
import { isNewsCnPage } from '@/lib/extract/adapters/news-cn';
import { isPeopleCnPage } from '@/lib/extract/adapters/people-cn';
import { isRmrbNewPage } from '@/lib/extract/adapters/rmrb-new';
import { isRmrbOldPage } from '@/lib/extract/adapters/rmrb-old';
import { isArticleByDensity } from '@/lib/extract/density';
import { isArticleByMetadata } from '@/lib/extract/meta';
import { isMostlyCjk } from '@/lib/extract/text';
import { visibleText } from '@/lib/extract/visible';
import type { SiteAdapter } from '@/lib/extract/types';

/**
 * The site adapters' checks of lib/extract/registry.ts, in its order; the
 * registry's last three (metadata, readability, density) are checked below without their
 * extract(). tests/clip/article-check.test.ts fails when the registry gains an
 * adapter this misses.
 */
export const SITE_ADAPTERS: readonly Pick<SiteAdapter, 'name' | 'canExtract'>[] = [
  { name: 'rmrb-old', canExtract: isRmrbOldPage },
  { name: 'rmrb-new', canExtract: isRmrbNewPage },
  { name: 'founder', canExtract: isFounderPage },
  { name: 'people-cn', canExtract: isPeopleCnPage },
  { name: 'news-cn', canExtract: isNewsCnPage },
];
export const GENERIC_ADAPTER_NAMES = ['metadata', 'readability', 'density'] as const;

/**
 * Readability's cheap check with the thresholds lib/extract/readable.ts
 * (isReaderable) uses: Chinese text is about a third as long as the same
 * English text, so CJK pages need 50 characters per paragraph (English: 140)
 * and a score of 12 (English: 20). Keep in sync with isReaderable.
 */
export function isReaderableLight(doc: Document): boolean {
  if (!doc.body) return false;
  return isCjkDocumentLight(doc)
    ? isProbablyReaderable(doc, { minContentLength: 50, minScore: 12 })
    : isProbablyReaderable(doc);
}

/** CJK by the page's lang attribute, else by the text. Keep in sync with isCjkDocument (lib/extract/readable.ts). */
function isCjkDocumentLight(doc: Document): boolean {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (lang && /^(zh|ja|ko)\b/.test(lang)) return true;
  return isMostlyCjk(`${doc.title} ${doc.body ? visibleText(doc.body, 4000) : ''}`);
}

/** Cheap and read-only: does some extractor accept this page? Never throws. */
export function isProbablyArticleLight(doc: Document, url: string): boolean {
  const checks = [...SITE_ADAPTERS.map((a) => a.canExtract), (d: Document) => isArticleByMetadata(d), isReaderableLight, isArticleByDensity];
  return checks.some((check) => {
    try {
      return check(doc, url);
    } catch {
      return false;
    }
  });
}
