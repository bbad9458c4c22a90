// Selected text → clippings. The selection is cleaned by the same parser as
// pasted text: a selection of a PDF page, or of several articles, comes out as
// those articles with the page details the parser read; a passage the parser
// does not take for an article is kept as one clipping of its cleaned
// paragraphs. An article without a title of its own (a passage from the
// middle) is titled with the page's title, the site name cut off.
import type { ClippingInput } from '../db/types';
import { splitSiteSuffix } from '../extract/title';
import { cleanArticleBlocks, parsePage, type Article } from '../parse';
import { linkToPassage } from './text-fragment';

/** The page the text was selected on. */
export interface SelectionPage {
  url: string | null;
  title: string | null;
}

/**
 * The selection's paragraphs. Where it has blank lines they separate
 * paragraphs (a PDF copies hard-wrapped lines, with blank lines at most
 * between paragraphs); without any, each line is one (a web page copies one
 * paragraph per line).
 */
export function splitParagraphs(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t\u3000]*\n/.test(normal) ? normal.split(/\n[ \t\u3000]*\n/) : normal.split('\n');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The body text an article is quoted by at each end, for its link (see text-fragment.ts); the title may not be on the page. */
function ends(article: Article): [string, string] {
  const texts = article.blocks.map((b) => b.text).filter((t) => t.trim());
  return [texts[0] ?? article.title ?? '', texts.at(-1) ?? article.title ?? ''];
}

function withLink(article: Article, page: SelectionPage): string | null {
  return page.url ? linkToPassage(page.url, ...ends(article)) : null;
}

/** The clippings to save for `text` selected on `page`; empty when the selection holds no text. */
export function clippingsFromSelection(text: string, page: SelectionPage): ClippingInput[] {
  if (!text.trim()) return [];
  const parsed = parsePage(text);
  const split = page.title ? splitSiteSuffix(page.title) : null;
  const pageTitle = split?.title || null;
  if (parsed.articles.length) {
    const { source, date, pageName } = parsed.page;
    return parsed.articles.map((parsedArticle) => {
      const article = { ...parsedArticle, title: parsedArticle.title ?? pageTitle };
      return { ...article, url: withLink(article, page), source: source ?? split?.site ?? null, date, page: pageName };
    });
  }
  if (parsed.warning === 'binary' || parsed.warning === 'empty') return [];
  const cleaned = cleanArticleBlocks(splitParagraphs(text));
  if (!cleaned.blocks.length) return [];
  const article: Article = {
    column: null,
    kicker: null,
    title: pageTitle,
    subtitle: null,
    byline: cleaned.byline,
    continuation: cleaned.continuation,
    blocks: cleaned.blocks,
    captions: cleaned.captions,
  };
  return [{ ...article, url: withLink(article, page), source: split?.site ?? null, date: null, page: null }];
}
