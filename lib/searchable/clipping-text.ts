// Which parts of a clipping are searched, in reading order, and their folded
// form. The index (terms.ts) and the text check read the same folded text, so
// what one finds the other confirms.
import { foldText } from './fold';

/**
 * Joins the folded fields. A line break never survives folding (white space
 * becomes a space or goes), so no query can match across two fields.
 */
export const FIELD_SEPARATOR = '\n';

/** The searched text of a clipping: the title apart (it ranks higher), the rest in reading order. */
export interface ClippingParts {
  title: string;
  body: string[];
  /** Index in `body` of the first paragraph: the lead, shown when only the title matches. */
  lead: number;
}

/** The fields of a clipping that are searched (lib/db's Clipping has them all). */
export interface SearchedFields {
  title: string | null;
  kicker?: string | null;
  subtitle?: string | null;
  byline?: string | null;
  blocks?: ReadonlyArray<{ text: string }>;
  captions?: readonly string[];
  source?: string | null;
  tags?: readonly string[];
  note?: string | null;
}

export function clippingParts(c: SearchedFields): ClippingParts {
  const body: string[] = [];
  const push = (s: string | null | undefined) => {
    if (s) body.push(s);
  };
  push(c.kicker);
  push(c.subtitle);
  push(c.byline);
  const lead = body.length;
  for (const b of c.blocks ?? []) push(b.text);
  for (const caption of c.captions ?? []) push(caption);
  push(c.source);
  for (const tag of c.tags ?? []) push(tag);
  push(c.note);
  return { title: c.title ?? '', body, lead: lead < body.length ? lead : 0 };
}

/** What a match is checked against: folded title and folded body (fields joined by FIELD_SEPARATOR). */
export interface FoldedClipping {
  title: string;
  body: string;
}

export function foldParts(parts: ClippingParts): FoldedClipping {
  return { title: foldText(parts.title), body: parts.body.map(foldText).join(FIELD_SEPARATOR) };
}

export function foldClipping(c: Parameters<typeof clippingParts>[0]): FoldedClipping {
  return foldParts(clippingParts(c));
}
