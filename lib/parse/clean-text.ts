// Text to text: newspaper text pasted into a field or selected on a page,
// cleaned by the parser. What the paste prompt's Clean puts into the field
// (cleanText), and the articles a selection or a paste is saved as
// (readCleanText; lib/clip/selection.ts gives them their addresses). A thin
// layer over parsePage and articlesToPlainText: a page of text becomes its
// articles; a passage the parser does not take for an article is kept as one
// article of its cleaned paragraphs, since the person chose that text.
//
// Not re-exported by index.ts: it imports parsePage from there, and the
// re-export would close an import circle (tests/structure/imports.test.ts).
import { articlesToPlainText, cleanArticleBlocks, parsePage, type Article, type PageInfo } from './index';

/** The articles of a cleaned text, and the page details the parser read (none for a passage). */
export interface CleanedText {
  articles: Article[];
  page: PageInfo;
}

const NO_PAGE: PageInfo = { source: null, date: null, pageName: null };

/**
 * The text's paragraphs. Where it has blank lines they separate paragraphs
 * (a PDF copies hard-wrapped lines, with blank lines at most between
 * paragraphs); without any, each line is one (a web page copies one paragraph
 * per line).
 */
export function splitParagraphs(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t\u3000]*\n/.test(normal) ? normal.split(/\n[ \t\u3000]*\n/) : normal.split('\n');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The articles to keep from `text`; none when it is empty, binary or holds no paragraph. */
export function readCleanText(text: string): CleanedText {
  if (!text.trim()) return { articles: [], page: NO_PAGE };
  const parsed = parsePage(text);
  if (parsed.articles.length) return { articles: parsed.articles, page: parsed.page };
  if (parsed.warning === 'binary' || parsed.warning === 'empty') return { articles: [], page: NO_PAGE };
  const cleaned = cleanArticleBlocks(splitParagraphs(text));
  if (!cleaned.blocks.length) return { articles: [], page: NO_PAGE };
  const passage: Article = {
    column: null,
    kicker: null,
    title: null,
    subtitle: null,
    byline: cleaned.byline,
    continuation: cleaned.continuation,
    blocks: cleaned.blocks,
    captions: cleaned.captions,
  };
  return { articles: [passage], page: NO_PAGE };
}

/** `text` cleaned, as plain text (lib/parse/plain-text.ts); '' when it holds nothing to keep. */
export function cleanText(text: string): string {
  return articlesToPlainText(readCleanText(text).articles);
}
