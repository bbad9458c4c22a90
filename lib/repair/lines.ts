// An article seen as lines: its head fields, then its blocks, then its
// captions, each with the role it has now.
import type { Article } from '../parse/types';
import { HEAD_FIELDS, type Head, type Line, type LineRef } from './types';

export function articleLines(article: Article): Line[] {
  const lines: Line[] = [];
  for (const field of HEAD_FIELDS) {
    const text = article[field];
    if (text) lines.push({ ref: { kind: 'head', field }, role: field, text });
  }
  article.blocks.forEach((block, index) => lines.push({ ref: { kind: 'block', index }, role: block.type, text: block.text }));
  article.captions.forEach((text, index) => lines.push({ ref: { kind: 'caption', index }, role: 'caption', text }));
  return lines;
}

/** The text of a line, or null when the article has no such line. */
export function lineText(article: Article, ref: LineRef): string | null {
  if (ref.kind === 'head') return article[ref.field] || null;
  if (ref.kind === 'block') return article.blocks[ref.index]?.text ?? null;
  return article.captions[ref.index] ?? null;
}

export function headOf(article: Article): Head {
  return { column: article.column, kicker: article.kicker, title: article.title, subtitle: article.subtitle, byline: article.byline };
}

export const EMPTY_HEAD: Head = { column: null, kicker: null, title: null, subtitle: null, byline: null };

export const isEmptyHead = (head: Head): boolean => HEAD_FIELDS.every((field) => !head[field]);

/** True when an article holds nothing at all (a repair can leave one behind; it is dropped). */
export const isEmptyArticle = (article: Article): boolean =>
  isEmptyHead(headOf(article)) && article.blocks.length === 0 && article.captions.length === 0 && !article.continuation;

export function cloneArticle(article: Article): Article {
  return { ...article, blocks: article.blocks.map((block) => ({ ...block })), captions: [...article.captions] };
}

export const sameRef = (a: LineRef, b: LineRef): boolean =>
  a.kind === b.kind && (a.kind === 'head' ? a.field === (b as typeof a).field : a.index === (b as { index: number }).index);
