import type { ParsedPage } from './types';
export type { Article, Block, BlockType, PageInfo, ParsedPage } from './types';

/** Parses raw newspaper text (copied out of a PDF or e-paper page) into articles. */
export function parsePage(text: string): ParsedPage {
  const clean = text.trim();
  if (!clean) return { furniture: [], articles: [], page: { source: null, date: null, pageName: null }, warning: 'empty' };
  const paragraphs = clean.split(/\n\s*\n/).map((p) => p.replace(/\n/g, ''));
  return {
    furniture: [],
    page: { source: null, date: null, pageName: null },
    articles: [{ column: null, kicker: null, title: null, subtitle: null, byline: null, continuation: null, captions: [], blocks: paragraphs.map((t) => ({ type: 'paragraph', text: t })) }],
  };
}
