// What a generated page holds, known by construction: every printed string
// with the answer a careful reader gives for it (GOLD-FORMAT.md).

/** One printed string and its answer (null: printed, but not part of the answer). */
export interface Piece {
  printed: string;
  gold: string;
}

export type BlockType = 'paragraph' | 'heading' | 'note';

export interface BlockSpec extends Piece {
  type: BlockType;
}

/** Where an article's byline stands on the page. */
export type BylinePlace = 'head' | 'body-top' | 'body-end';

export interface ArticleSpec {
  column: Piece | null;
  kicker: Piece | null;
  title: Piece & { lines: string[] };
  subtitle: Piece | null;
  byline: (Piece & { place: BylinePlace }) | null;
  /** Jump marker printed before the body (上接) or after it (下转). */
  jump: (Piece & { at: 'start' | 'end' }) | null;
  blocks: BlockSpec[];
  captions: Piece[];
}

export interface PageSpec {
  paper: string;
  /** Furniture printed at the top of the page (masthead, date, folio) and at the bottom. */
  top: string[];
  bottom: string[];
  articles: ArticleSpec[];
}

export interface GoldArticle {
  column: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  continuation: string | null;
  blocks: { type: BlockType; text: string }[];
  captions: string[];
}

export interface Gold {
  source: string;
  furniture: string[];
  articles: GoldArticle[];
}
