// What the adapters without a site share (metadata, readability, density):
// the header from the metadata where there is some, and the body from the
// best of several candidates: Readability's reading, the densest block of
// prose (lib/extract/density.ts) and the publisher's JSON-LD articleBody.
// Readability is one candidate, never a gate.
import { collectBody } from './body';
import { dateFromUrl } from './dates';
import { findDensityCandidate } from './density';
import { findBylineElement, readPageMeta } from './meta';
import { runReadability } from './readable';
import { lineRuleFor, removeBoilerplateElements, type Removal } from './rules';
import { linkList } from './rules/link-list';
import { guessTitle } from './title';
import type { BodyItem, RawArticle } from './types';

const PROSE_END = /[。！？；，、”」.!?;,]/u;

/**
 * How much article text a candidate body holds: lines that read like prose
 * count for their length, short lines without punctuation (labels, menus,
 * dates) count against.
 */
export function bodyQuality(items: readonly BodyItem[]): number {
  let q = 0;
  for (const i of items) {
    if (i.kind !== 'paragraph') continue;
    const n = [...i.text].length;
    // Lines the rules drop anyway neither help nor hurt.
    if (lineRuleFor(i.text)) continue;
    if (PROSE_END.test(i.text) || n >= 40) q += n;
    else q -= n * 0.5;
  }
  return q;
}

export interface BodyCandidate {
  name: 'readability' | 'density' | 'json-ld';
  body: BodyItem[];
  quality: number;
}

/** The candidate bodies of a page, best first. `clone` is rewritten (Readability runs on it last). */
export function bodyCandidates(clone: Document, articleBody: string | null): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  const add = (name: BodyCandidate['name'], body: BodyItem[]): void => {
    if (body.length) out.push({ name, body, quality: bodyQuality(body) });
  };
  const dense = findDensityCandidate(clone);
  if (dense) add('density', collectBody(dense.element));
  if (articleBody) {
    add('json-ld', articleBody.split(/\n+/).map((text) => ({ kind: 'paragraph' as const, text })).filter((i) => i.text.trim()));
  }
  add('readability', runReadability(clone)?.body ?? []);
  // Readability keeps captions and headings apart better: it wins ties.
  const rank = (c: BodyCandidate): number => c.quality * (c.name === 'readability' ? 1.05 : 1);
  return out.sort((a, b) => rank(b) - rank(a));
}

export function extractGeneric(clone: Document, url: string): RawArticle | null {
  // Metadata first: Readability removes the <script> tags that hold JSON-LD.
  const meta = readPageMeta(clone);
  const split = guessTitle(clone, meta.title, meta.siteName ?? meta.publisher);
  const bylineElement = findBylineElement(clone);
  const readabilityTitle = clone.title;
  const removed: Removal[] = [];
  if (clone.body) removeBoilerplateElements(clone.body, removed, [linkList]);
  const [best] = bodyCandidates(clone, meta.articleBody);
  if (!best || best.quality <= 0) return null;
  return {
    title: split.title || readabilityTitle || null,
    byline: meta.author ?? bylineElement,
    date: meta.date ?? dateFromUrl(url),
    // The site's own name is the weakest source: reconcile weighs it after the page's 来源 lines.
    source: null,
    body: best.body,
    removed,
  };
}
