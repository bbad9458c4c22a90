// The shared newspaper-text parser. Pasted text, web pages and the command
// line all end here, in the same ParsedPage/Article model.
//
//   raw text → normalizeInput → toLines (measure) → readItems (paragraphs,
//   display lines, notes, captions, markers, furniture) → buildArticles

import { buildArticles, type PageDecision } from './articles';
import { readPageInfo } from './furniture';
import { readItems, type Item } from './items';
import { toLines } from './lines';
import { normalizeInput } from './normalize';
import type { ParsedPage } from './types';

export type { Article, Block, BlockType, PageInfo, ParsedPage } from './types';
export { articleToMarkdown } from './article-markdown';
export { articleParagraphs, articlesToPlainText } from './plain-text';
export { cleanArticleBlocks, type CleanedBody } from './clean-blocks';

export const PARSE_WARNINGS = {
  empty: { zh: '没有可处理的文字。', en: 'There is no text to parse.' },
  binary: { zh: '这不是文字：内容看起来是二进制文件。', en: 'This is not text: the input looks like a binary file.' },
  'no-article': { zh: '没有找到文章：文字里只有版面信息或太短。', en: 'No article found: the text holds only page furniture or is too short.' },
} as const;
export type ParseWarning = keyof typeof PARSE_WARNINGS;

const noPage = () => ({ source: null, date: null, pageName: null });

/** Parses raw newspaper text (copied out of a PDF or an e-paper page) into articles. */
export function parsePage(input: string): ParsedPage {
  return parsePageExplained(input).page;
}

/** What the parser read each raw line as, and the page-level decisions it made (--explain). */
export interface ParseExplanation {
  page: ParsedPage;
  items: Item[];
  decisions: PageDecision[];
}

export function parsePageExplained(input: string): ParseExplanation {
  const { text, problem } = normalizeInput(input);
  if (problem) return { page: { furniture: [], articles: [], page: noPage(), warning: problem }, items: [], decisions: [] };
  const furniture: string[] = [];
  const decisions: PageDecision[] = [];
  const items = readItems(toLines(text));
  const articles = buildArticles(items, furniture, decisions);
  const page = readPageInfo(furniture);
  const result: ParsedPage = { furniture, articles, page };
  if (!articles.length) result.warning = 'no-article';
  return { page: result, items, decisions };
}
