// Pasted text's articles, chosen and with the page details the person
// checked, → clippings. Pure; components/paste-panel.tsx renders it.
import type { ClippingInput } from '../db/types';
import { isIsoDate } from '../db/normalise';
import type { Article, PageInfo } from '../parse/types';
import type { Correction } from '../repair/corrections';

/** The page details as edited: plain strings, '' for none. */
export interface PageFields {
  source: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  pageName: string;
}

export function pageFieldsOf(page: PageInfo | undefined): PageFields {
  return { source: page?.source ?? '', date: page?.date ?? '', pageName: page?.pageName ?? '' };
}

/**
 * The chosen articles as clippings, each with the page details and the repairs
 * made to the page before saving (kept with each). Pasted text has no URL.
 */
export function pastedInputs(articles: readonly Article[], chosen: readonly boolean[], fields: PageFields, corrections: readonly Correction[] = []): ClippingInput[] {
  const date = fields.date.trim();
  return articles
    .filter((_, index) => chosen[index])
    .map((article) => ({
      ...article,
      url: null,
      source: fields.source.trim() || null,
      date: isIsoDate(date) ? date : null,
      page: fields.pageName.trim() || null,
      ...(corrections.length ? { corrections: [...corrections] } : {}),
    }));
}
