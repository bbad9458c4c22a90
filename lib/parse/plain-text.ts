// One article as plain text: what "Clean" puts into a text field in place of
// the pasted PDF text. The head lines a reader sees above the body (kicker,
// title, subtitle, byline) stay, each on its own; the standing column label
// and the jump marker (上接1版) are page navigation and go, like furniture.
// Captions, which the parser moves out of the body, follow it. Every unit is
// a paragraph, and paragraphs are separated by one blank line.

import type { Article } from './types';

/** The article's paragraphs as plain text, head first; empty ones left out. */
export function articleParagraphs(a: Article): string[] {
  const head = [a.kicker, a.title, a.subtitle, a.byline];
  const body = a.blocks.map((b) => b.text);
  return [...head, ...body, ...a.captions].map((p) => p?.trim() ?? '').filter(Boolean);
}

/** Articles as plain text: one blank line between paragraphs, and between articles. */
export function articlesToPlainText(articles: readonly Article[]): string {
  return articles.flatMap(articleParagraphs).join('\n\n');
}
