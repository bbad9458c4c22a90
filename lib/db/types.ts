// Entity types of the clippings database (see db.ts for the schema).
import type { Article } from '../parse/types';
import type { Correction } from '../repair/corrections';

/** One clipped article as stored. Article fields come from the parser unchanged. */
export interface Clipping extends Article {
  id: number;
  /** Page the article was clipped from; null for pasted text. */
  url: string | null;
  /** Paper name, e.g. 人民日报. */
  source: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  /** 版次/版名 as printed, e.g. 4版 要闻. */
  page: string | null;
  tags: string[];
  /** The user's own note. */
  note: string;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** FNV-1a 64 (16 hex digits) of the normalised title and body text; see content-hash.ts. */
  contentHash: string;
  /** The repairs made to the parse before saving (lib/repair), replayable on a later parse; absent when none. */
  corrections?: Correction[];
  /** Set on the backup's copy kept beside a local clipping it conflicted with (merge.ts): that clipping's id. */
  conflictOf?: number;
}

/** What the clipper hands to saveClipping: an article plus whatever it knows about the page. */
export interface ClippingInput extends Article {
  url?: string | null;
  source?: string | null;
  date?: string | null;
  page?: string | null;
  /** Left as they are on an existing record when undefined. */
  tags?: string[];
  /** Left as it is on an existing record when undefined. */
  note?: string;
  /** Repairs made before saving (lib/repair); kept with the clipping. */
  corrections?: Correction[];
}

/** Fields a user may edit; id, createdAt, updatedAt and contentHash are managed. */
export type ClippingPatch = Partial<Omit<Clipping, 'id' | 'createdAt' | 'updatedAt' | 'contentHash'>>;

export interface SaveResult {
  clipping: Clipping;
  status: 'added' | 'updated';
}

export interface ClippingFilter {
  source?: string;
  /** Inclusive YYYY-MM-DD bounds on the publication date; undated clippings drop out. */
  from?: string;
  to?: string;
  tag?: string;
}

export interface ListOptions extends ClippingFilter {
  limit?: number;
  offset?: number;
}

/** A clipping read from a backup: id is a wish (kept when free), contentHash is recomputed. */
export type ImportedClipping = Omit<Clipping, 'id' | 'contentHash'> & { id?: number };

/** What an import did (lib/db/merge.ts): 新增 / 更新 / 保留本地 / 冲突, and records already here as they are. */
export interface MergeResult {
  added: number;
  /** The backup's copy was newer: its text taken, the tags of both, the local note unless it had one. */
  updated: number;
  /** The local copy was as new or newer: left as it is. */
  kept: number;
  /** Both changed (or the backup's time was in the future): both versions kept, as two clippings. */
  conflicts: number;
  /** The same version was here already. */
  unchanged: number;
}

/**
 * A stored record an upgrade could not make a clipping (upgrade-v5.ts), kept
 * as it was in the `quarantine` table so nothing is lost; exportable as JSON.
 */
export interface QuarantineRow {
  id: number;
  /** Its key in `clippings`. */
  key: number | string;
  /** Why it could not be read, as validate.ts says it. */
  reason: string;
  /** The record exactly as it was stored. */
  record: unknown;
  /** When it was set aside (epoch ms). */
  at: number;
}
