// What a found article shows before it is opened: its first and last
// sentence and how many paragraphs it has, so a wrong split shows at a glance.
import type { Article } from '../parse/types';

export interface ArticleSummary {
  first: string | null;
  /** Null when the text is one sentence (then it is `first`). */
  last: string | null;
  paragraphs: number;
}

/** Sentences end at 。！？!? (with closing quotes or brackets after them) or at the end of a paragraph. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)]*)?/gu;

export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function summarizeText(article: Article): ArticleSummary {
  const paragraphs = article.blocks.filter((block) => block.type === 'paragraph');
  const all = paragraphs.flatMap((block) => sentences(block.text));
  return { first: all[0] ?? null, last: all.length > 1 ? all[all.length - 1] : null, paragraphs: paragraphs.length };
}
