// @mozilla/readability, tuned for Chinese. Its thresholds count characters,
// and Chinese text is about a third as long as the same English text, so CJK
// pages get lower ones: a paragraph counts from 50 characters (English: 140)
// and a score of 12 is enough (English: 20), i.e. about four news paragraphs.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { CAPTION_MARK, CENTER_MARK, collectBody, isCaptionElement, isCentered, isNoise } from './body';
import { isMostlyCjk } from './text';
import { visibleText } from './visible';
import type { BodyItem } from './types';

function prune(el: Element): void {
  for (const c of Array.from(el.children)) {
    if (isNoise(c) && c.getAttribute('type') !== 'application/ld+json' && !c.querySelector('h1, article')) c.remove();
    else prune(c);
  }
}

/** CJK by the page's lang attribute, else by the text itself: the visible
 *  text, since many portals open <body> with kilobytes of inline script. */
export function isCjkDocument(doc: Document): boolean {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (lang && /^(zh|ja|ko)\b/.test(lang)) return true;
  const text = `${doc.title} ${doc.body ? visibleText(doc.body, 4000) : ''}`;
  // A page marked lang="en" (a CMS default) that is written in Chinese is Chinese.
  return isMostlyCjk(text);
}

/** Cheap and read-only: the content script may run it on every page. */
export function isReaderable(doc: Document): boolean {
  if (!doc.body) return false;
  return isCjkDocument(doc)
    ? isProbablyReaderable(doc, { minContentLength: 50, minScore: 12 })
    : isProbablyReaderable(doc);
}

export interface ReadableResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  body: BodyItem[];
}

/**
 * Runs Readability on `clone` (it rewrites the document it is given, so this
 * must be a copy). Readability strips style and class attributes, so centered
 * lines and caption classes are marked first, for caption detection later.
 */
export function runReadability(clone: Document): ReadableResult | null {
  // Readability keeps some ad and share boxes and drops the classes that
  // identify them, so furniture goes first (not a box that holds the article).
  if (clone.body) prune(clone.body);
  for (const el of Array.from(clone.querySelectorAll('p, div, span, td'))) {
    if (isCentered(el)) el.classList.add(CENTER_MARK);
    if (isCaptionElement(el)) el.classList.add(CAPTION_MARK);
  }
  const cjk = isCjkDocument(clone);
  const parsed = new Readability<Element>(clone, {
    charThreshold: cjk ? 200 : 500,
    classesToPreserve: [CENTER_MARK, CAPTION_MARK],
    serializer: (n) => n as Element,
  }).parse();
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    body: collectBody(parsed.content),
  };
}
