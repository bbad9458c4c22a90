// Articles split over several pages: …/c1001-40512345-2.html,
// …/t20240520_123456_2.htm, …/index_1.html. The pager's links are followed
// only when they lead to the same site and the same article (same path with
// another page number), at most MAX_PAGES pages, and their text is joined in
// page order. Reading another page is the caller's (fetchPage): the content
// script fetches same-origin pages, the command line reads local files.
import { extractGeneric } from './generic';
import { extractArticle } from './index';
import type { ClipArticle, ExtractResult, PageJoin, SiteAdapter } from './types';
import { ADAPTERS } from './registry';

export const MAX_PAGES = 20;

// The text of a pager link: 2, 【2】, [2], 第2页, 下一页. Links to other
// articles that happen to end in _2.html are not pager links.
const PAGER_LINK = /^\s*(?:【\s*\d{1,2}\s*】|\[\s*\d{1,2}\s*\]|\d{1,2}|第\s*\d{1,2}\s*页|下一页|上一页|首页|尾页|末页|next|prev(?:ious)?|[>»›]+|[<«‹]+)\s*$/iu;

interface PagePath {
  /** Origin + path up to the page number: the article's identity. */
  base: string;
  ext: string;
  /** The number after - or _, or null for the unnumbered first page. */
  suffix: number | null;
}

/** The article identity and page suffix of an address, or null when it has no .html-like file name. */
export function pagePath(url: string): PagePath | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const m = /^(.*?)(?:[-_](\d{1,2}))?\.(s?html?)$/i.exec(u.pathname);
  if (!m) return null;
  return { base: `${u.origin}${m[1]}`, ext: m[3].toLowerCase(), suffix: m[2] ? Number(m[2]) : null };
}

/**
 * The addresses of all pages of this article that the page links to, with
 * its own, in page order; [url] alone when it has no pager. Two numberings
 * are in use: …-2.html for the second page, and (TRS sites, index_1.html)
 * _1 for the second page after an unnumbered first; when the unnumbered
 * page and a _1 page are both among the pages, the second is meant.
 */
export function findPageUrls(doc: Document, url: string): string[] {
  const self = pagePath(url);
  if (!self) return [url];
  const search = safeSearch(url);
  const found = new Map<number | null, string>([[self.suffix, url.replace(/#.*$/, '')]]);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!PAGER_LINK.test(a.textContent ?? '')) continue;
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', url).href.replace(/#.*$/, '');
    } catch {
      continue;
    }
    const p = pagePath(href);
    if (!p || p.base !== self.base || p.ext !== self.ext || safeSearch(href) !== search) continue;
    if (!found.has(p.suffix)) found.set(p.suffix, href);
  }
  if (found.size < 2) return [url];
  const zeroBased = found.has(null) && found.has(1) && !found.has(0);
  const pages = [...found.entries()]
    .map(([suffix, href]) => ({ num: suffix === null ? 1 : zeroBased ? suffix + 1 : suffix, href }))
    .filter((p) => p.num >= 1 && p.num <= MAX_PAGES)
    .sort((a, b) => a.num - b.num);
  return pages.map((p) => p.href);
}

function safeSearch(url: string): string {
  try {
    return new URL(url).search;
  } catch {
    return '';
  }
}

/** Reads another page of the article: its HTML as a parsed document, or null when it cannot be had. */
export type PageFetcher = (url: string) => Promise<Document | null>;

/** The other pages of an article need no proof that they hold an article: the first page gave it. */
const PAGE_OF_ARTICLE: SiteAdapter = { name: 'page-of-article', canExtract: () => true, extract: extractGeneric };

/** The text of the later pages added to the first page's article. */
function appendPage(into: ClipArticle, page: ClipArticle): void {
  const seen = new Set(into.blocks.map((b) => b.text));
  for (const b of page.blocks) if (!seen.has(b.text)) into.blocks.push(b);
  for (const c of page.captions) if (!into.captions.includes(c)) into.captions.push(c);
}

/**
 * extractArticle, then the other pages of a multi-page article, joined in
 * page order. Pages that cannot be read are named in `pages.failed`, so the
 * preview can say that only some pages were saved.
 */
export async function extractArticlePages(
  doc: Document,
  url: string,
  fetchPage: PageFetcher,
  adapters: readonly SiteAdapter[] = ADAPTERS,
): Promise<ExtractResult> {
  const first = extractArticle(doc, url, adapters);
  if (!first.ok) return first;
  const urls = findPageUrls(doc, url);
  if (urls.length < 2) return first;
  const own = url.replace(/#.*$/, '');
  const article: ClipArticle = { ...first.article, blocks: [], captions: [] };
  const removed = [...(first.removed ?? [])];
  const pages: PageJoin = { total: urls.length, joined: 0, failed: [] };
  for (const pageUrl of urls) {
    if (pageUrl === own) {
      appendPage(article, first.article);
      pages.joined++;
      continue;
    }
    let result: ExtractResult | null = null;
    try {
      const other = await fetchPage(pageUrl);
      result = other ? extractArticle(other, pageUrl, [...adapters, PAGE_OF_ARTICLE]) : null;
    } catch {
      result = null;
    }
    if (result?.ok) {
      appendPage(article, result.article);
      removed.push(...(result.removed ?? []));
      pages.joined++;
    } else pages.failed.push(pageUrl);
  }
  return { ...first, article, removed, pages };
}
