// Articles split over several pages: …/c1001-40512345-2.html,
// …/t20240520_123456_2.htm, …/index_1.html. The pager's links are followed
// only when they lead to the same site and the same article (same path with
// another page number), at most MAX_PAGES pages, and their text is joined in
// page order. Reading another page is the caller's (fetchPage): the content
// script fetches same-origin pages, the command line reads local files.
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
  /** 1 for the first page (no suffix). */
  num: number;
  /** index_1.html counts from 0: index.html is page 1, index_1.html page 2. */
  zeroBased: boolean;
}

/** The article identity and page number of an address, or null when it has no .html-like file name. */
export function pagePath(url: string): PagePath | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const m = /^(.*?)(?:([-_])(\d{1,2}))?\.(s?html?)$/i.exec(u.pathname);
  if (!m) return null;
  const zeroBased = /(?:^|\/)index$/i.test(m[1]);
  const n = m[3] ? Number(m[3]) : 0;
  return { base: `${u.origin}${m[1]}`, ext: m[4].toLowerCase(), num: m[3] ? (zeroBased ? n + 1 : n) : 1, zeroBased };
}

/**
 * The addresses of all pages of this article that the page links to, with
 * its own, in page order; [url] alone when it has no pager.
 */
export function findPageUrls(doc: Document, url: string): string[] {
  const self = pagePath(url);
  if (!self) return [url];
  const pages = new Map<number, string>([[self.num, url.replace(/#.*$/, '')]]);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!PAGER_LINK.test(a.textContent ?? '')) continue;
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', url).href.replace(/#.*$/, '');
    } catch {
      continue;
    }
    const p = pagePath(href);
    if (!p || p.base !== self.base || p.ext !== self.ext || new URL(href).search !== new URL(url).search) continue;
    if (!pages.has(p.num) && p.num >= 1 && p.num <= MAX_PAGES) pages.set(p.num, href);
  }
  if (pages.size < 2) return [url];
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([, href]) => href);
}

/** Reads another page of the article: its HTML as a parsed document, or null when it cannot be had. */
export type PageFetcher = (url: string) => Promise<Document | null>;

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
      result = other ? extractArticle(other, pageUrl, adapters) : null;
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
