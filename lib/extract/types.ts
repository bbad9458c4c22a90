import type { Article } from '../parse/types';
import type { Removal } from './rules/types';

/** An article clipped from a web page: the shared model plus where it came from. */
export interface ClipArticle extends Article {
  url: string;
  /** Paper or site name, e.g. 人民日报, 新华网. */
  source: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  /** 版次/版名, e.g. '04版 要闻'. */
  page: string | null;
}

export type ExtractFailureReason =
  /** Nothing on the page looks like an article (a home page, a list of links). */
  | 'not-article'
  /** Something claimed the page but found no body text in it. */
  | 'empty'
  /** An extractor threw; the message says which. */
  | 'error';

export type ExtractResult =
  | {
      ok: true;
      article: ClipArticle;
      via: string;
      /** What the boilerplate rules took out, and why. */
      removed?: Removal[];
      /** A multi-page article: how many pages the page links to, and how many were joined. */
      pages?: PageJoin;
    }
  | { ok: false; reason: ExtractFailureReason; message: string };

/** One piece of body text as the page laid it out, before the shared cleaning. */
export interface BodyItem {
  kind: 'paragraph' | 'heading' | 'caption';
  text: string;
}

/** What an adapter reads off a page. Text fields are plain text, not yet tidied. */
export interface RawArticle {
  column?: string | null;
  kicker?: string | null;
  title?: string | null;
  subtitle?: string | null;
  byline?: string | null;
  source?: string | null;
  date?: string | null;
  page?: string | null;
  body: BodyItem[];
  /** What the adapter's own boilerplate rules removed (the generic adapters remove menus). */
  removed?: Removal[];
}

/**
 * A site adapter. `canExtract` must be cheap and read-only: the content script
 * runs it on every page (see isProbablyArticle). `extract` receives a clone
 * of the document, so it may remove nodes; it returns null when the page
 * turns out not to have the expected structure, and the next adapter is tried.
 */
export interface SiteAdapter {
  name: string;
  canExtract(doc: Document, url: string): boolean;
  extract(doc: Document, url: string): RawArticle | null;
}

/** The pages of an article split over several pages (…-2.html, _2.htm, index_1.html). */
export interface PageJoin {
  /** Pages the pager links to, this one included. */
  total: number;
  /** Pages whose text is in the clipping (1: only this page). */
  joined: number;
  /** Addresses of the pages that could not be read. */
  failed: string[];
}
