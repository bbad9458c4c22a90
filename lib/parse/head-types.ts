// The shapes the article stage passes around: a head (the display lines that
// name an article) and the items of its body.

export type BodyItem =
  | { kind: 'paragraph'; text: string; line?: number }
  | { kind: 'heading'; text: string; line?: number }
  | { kind: 'note'; text: string; line?: number }
  | { kind: 'caption'; text: string; line?: number }
  | { kind: 'jump-out'; text: string; line?: number }
  /** A byline or jump marker standing in the text where the heads are listed
   *  elsewhere: it opens the article it names (listed reading only). */
  | { kind: 'byline'; text: string; line?: number }
  | { kind: 'jump-in'; text: string; line?: number };

export interface Head {
  column: string | null;
  kicker: string | null;
  titles: string[];
  subtitle: string | null;
  byline: string | null;
  continuation: string | null;
}

/**
 * Marks where a title line that reached its column's edge was joined to the
 * next line (a wrapped title, or two titles that happen to fill the column):
 * the listed reading may still cut there. Never in output (toArticle strips
 * it), never in input (normalize drops U+2060).
 */
export const SOFT_JOIN = '\u2060';
// (most texts hold no join: asked first, as replaceAll looks its pattern's replace method up at every call)
export const withoutSoftJoins = (text: string) => (text.includes(SOFT_JOIN) ? text.replaceAll(SOFT_JOIN, '') : text);

export const emptyHead = (): Head => ({ column: null, kicker: null, titles: [], subtitle: null, byline: null, continuation: null });

/** A head that names something: a title, subtitle, byline or jump marker. */
export const namesSomething = (h: Head) => !!(h.titles.length || h.subtitle || h.byline || h.continuation);

/** One decision of the article stage, for --explain. */
export interface PageDecision {
  rule: string;
  detail: string;
}
