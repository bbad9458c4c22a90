// Selected or pasted text → clippings: only their addresses. The text is
// cleaned by the parser (lib/parse/clean-text.ts: a page of text becomes its
// articles, a passage its cleaned paragraphs); here each article gets the
// page it came from: the page URL with the passage as a text fragment
// (text-fragment.ts), so two passages of one page stay two clippings, and the
// page's details where the text had none. An article without a title of its
// own (a passage from the middle) is titled with the page's title, the site
// name cut off.
import type { ClippingInput } from '../db/types';
import { splitSiteSuffix } from '../extract/title';
import type { Article } from '../parse';
import { readCleanText } from '../parse/clean-text';
import { linkToPassage } from './text-fragment';

/** The page the text was selected on. */
export interface SelectionPage {
  url: string | null;
  title: string | null;
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
  const cleaned = readCleanText(text);
  const split = page.title ? splitSiteSuffix(page.title) : null;
  const pageTitle = split?.title || null;
  const { source, date, pageName } = cleaned.page;
  return cleaned.articles.map((parsedArticle) => {
    const article = { ...parsedArticle, title: parsedArticle.title ?? pageTitle };
    return { ...article, url: withLink(article, page), source: source ?? split?.site ?? null, date, page: pageName };
  });
}

/**
 * The articles of a paste into a page's field, as clippings addressed like a
 * selection of that page. The page's title names the editor, not the text, so
 * it never stands in for a missing title.
 */
export function pastedClippings(text: string, pageUrl: string | null): ClippingInput[] {
  return clippingsFromSelection(text, { url: pageUrl, title: null });
}
