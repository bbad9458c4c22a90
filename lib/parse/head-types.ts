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

export const emptyHead = (): Head => ({ column: null, kicker: null, titles: [], subtitle: null, byline: null, continuation: null });

/** One decision of the article stage, for --explain. */
export interface PageDecision {
  rule: string;
  detail: string;
}
