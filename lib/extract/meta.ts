// Structured metadata: JSON-LD (schema.org NewsArticle/Article) and
// <meta property="og:…"> / article:… / name="author" tags. Read-only.
import { decodeEntities, spacedText, squash } from './text';

export interface PageMeta {
  /** JSON-LD says this is an article, or og:type is article. */
  isArticle: boolean;
  title: string | null;
  author: string | null;
  date: string | null;
  publisher: string | null;
  siteName: string | null;
  /** JSON-LD articleBody: plain text, paragraphs separated by newlines. */
  articleBody: string | null;
  section: string | null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return squash(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value']);
  return null;
};

function isArticleNode(o: Json): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** All JSON-LD objects of the page, @graph flattened. Broken scripts are skipped. */
function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ((v as Json)['@graph']) add((v as Json)['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      // Sites ship broken JSON-LD; it is only a hint.
    }
  }
  return out;
}

/** The article node of the page's JSON-LD, if any. */
export function findJsonLdArticle(doc: Document): Json | null {
  return jsonLdNodes(doc).find(isArticleNode) ?? null;
}

function metaContent(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el ? str(el.getAttribute('content')) : null;
    if (v) return v;
  }
  return null;
}

function authors(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map(str).filter((s): s is string => !!s && !/^https?:/.test(s));
  if (!list.length) return null;
  // Chinese names are listed with 、, others with a comma.
  return list.join(list.some((s) => /\p{Script=Han}/u.test(s)) ? '、' : ', ');
}

/**
 * Cheap check for the metadata adapter: JSON-LD article, or og:type=article.
 * og:type is read as written, trimmed: a type name needs no entity decoding
 * (metaContent's), which kept 0.6 KB in the every-page script (lib/clip/article-check.ts).
 */
export function isArticleByMetadata(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"], meta[itemprop="og:type"]')?.getAttribute('content');
  return /^\s*article\s*$/i.test(ogType ?? '') || findJsonLdArticle(doc) !== null;
}

export function readPageMeta(doc: Document): PageMeta {
  const ld = findJsonLdArticle(doc);
  const ogType = metaContent(doc, 'og:type');
  const metaAuthor = metaContent(doc, 'author', 'article:author', 'byline', 'dc.creator');
  return {
    isArticle: !!ld || /^article$/i.test(ogType ?? ''),
    title: str(ld?.headline) ?? str(ld?.name) ?? metaContent(doc, 'og:title', 'twitter:title'),
    author: authors(ld?.author) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null),
    date:
      str(ld?.datePublished) ??
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'dc.date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    publisher: str(ld?.publisher),
    siteName: metaContent(doc, 'og:site_name', 'application-name'),
    articleBody: typeof ld?.articleBody === 'string' ? decodeEntities(ld.articleBody) : null,
    section: str(ld?.articleSection) ?? metaContent(doc, 'article:section'),
  };
}

// Elements that name the author. Readability finds these only when their
// container survives its first pass (it drops <header class="entry-header">).
const BYLINE_SELECTORS = '[rel="author"], [itemprop~="author"], .byline, .author, .writer, .article-author, .post-author';

/** The text of the page's author element, if short enough to be a name line. */
export function findBylineElement(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTORS))) {
    const named = el.querySelector('[itemprop~="name"]') ?? el;
    const t = spacedText(named) ?? '';
    if (t && [...t].length <= 60) return t;
  }
  return null;
}
