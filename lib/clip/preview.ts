// The clip preview's model: an extracted article plus the person's edits
// (title, tags) → what to save. Pure; components/clip-preview.tsx renders it.
import type { ClippingInput } from '../db/types';
import { isIsoDate, normaliseTags } from '../db/normalise';
import type { ClipArticle } from '../extract/types';
import type { Article } from '../parse/types';

/** Paragraphs the preview shows: enough to recognise the article, few enough to fit the popup. */
export const PREVIEW_PARAGRAPHS = 3;

export interface ClipEdits {
  title: string;
  /** As typed: tags separated by commas (ASCII or full-width), 、 or semicolons. Left empty, an earlier clip's tags stay. */
  tags: string;
  /** The person confirmed saving without a title (the page gave none and none was typed). */
  untitledConfirmed?: boolean;
}

/** A clipping is never saved without a title unless the person confirmed it. */
export function canSave(edits: ClipEdits): boolean {
  return !!edits.title.trim() || edits.untitledConfirmed === true;
}

/** The first `n` body paragraphs (headings and notes are skipped). */
export function leadParagraphs(article: Pick<Article, 'blocks'>, n = PREVIEW_PARAGRAPHS): string[] {
  return article.blocks
    .filter((b) => b.type === 'paragraph' && b.text.trim())
    .slice(0, n)
    .map((b) => b.text);
}

/** How many body paragraphs the article has, for "… N paragraphs in all". */
export function paragraphCount(article: Pick<Article, 'blocks'>): number {
  return article.blocks.filter((b) => b.type === 'paragraph' && b.text.trim()).length;
}

/** Tags as typed → tags. Spaces stay inside a tag (English tags have them); commas, 、 and semicolons separate. */
export function parseTags(text: string): string[] {
  return normaliseTags(text.split(/[,，、;；\n]+/));
}

/** The edits a fresh preview starts with. */
export function initialEdits(article: ClipArticle): ClipEdits {
  return { title: article.title ?? '', tags: '', untitledConfirmed: false };
}

/**
 * The article with the person's edits, ready for saveClipping. A date the
 * database would refuse is dropped. No tags typed means "leave them": saving
 * again must not wipe the tags given when the article was first clipped.
 */
export function draftToInput(article: ClipArticle, edits: ClipEdits): ClippingInput {
  const tags = parseTags(edits.tags);
  return {
    column: article.column,
    kicker: article.kicker,
    title: edits.title.replace(/\s+/g, ' ').trim() || null,
    subtitle: article.subtitle,
    byline: article.byline,
    continuation: article.continuation,
    blocks: article.blocks,
    captions: article.captions,
    url: article.url,
    source: article.source,
    date: article.date && isIsoDate(article.date) ? article.date : null,
    page: article.page,
    tags: tags.length ? tags : undefined,
  };
}

/** An extracted article saved as it is (the keyboard shortcut's path: no preview, no edits). */
export function articleToInput(article: ClipArticle): ClippingInput {
  return draftToInput(article, initialEdits(article));
}
