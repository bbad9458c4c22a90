// What the search index stores (schema v4, db.ts). Rows are derived data:
// losing them loses nothing (a rebuild makes them again from the clippings).
//
//   postings      [seg, bucket] → the posting lists of the grams hashed to that bucket, in one
//                 segment of the index. Packing many terms in a row keeps the rows few (a merge
//                 writes tens of rows, not tens of thousands) while a query still reads one
//                 small row per term and segment.
//   searchRecent  id → the grams of a clipping written since the last merge (or a tombstone).
//   searchMeta    'state': the segments and counters; 'docs:N': every merged clipping's version,
//                 date and time of clipping, in shards of ids (docs.ts); 'build:R:C': a
//                 rebuild's scratch, gone when it ends; 'sizes:K': how many entries the common
//                 terms of the segment whose rows are under key K have (sizes.ts), written with
//                 the segment and deleted with it.
//   searchIndex   unused since format 4 (Latin words are terms of the posting rows, lib/searchable
//                 wordKey); a rebuild empties what format 3 left there.
//
// Versions: every write of a clipping gives it the next version. A segment
// holds the clippings whose versions fall in [lo, hi]; an entry in a segment's
// row counts only if the clipping's current version (its recent row's, else
// the merged one in 'docs') is in that range. So an edited or deleted
// clipping drops out of the old segments at once, and its stale entries are
// removed when segments are merged.

export interface Segment {
  /** Versions [lo, hi]. */
  lo: number;
  hi: number;
  /** Clippings merged into it. */
  n: number;
  /** Rows (a power of two). */
  buckets: number;
  /**
   * The segment's key in `postings` (rowKey): lo, unless a merge wrote its
   * rows under a fresh key (merge.ts writes new rows, never over old ones).
   */
  key?: number;
  /** Bytes of its rows, about (older segments: unknown). */
  bytes?: number;
}

/** The key of a segment's rows in `postings`. */
export const rowKey = (s: Segment): number => s.key ?? s.lo;

export interface PostingRow {
  seg: number;
  bucket: number;
  /** The grams (lib/searchable gramKey), ascending. */
  terms: Float64Array;
  /** Gram i's encoded list (codec.ts) is data[offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
  data: Uint8Array;
}

export interface RecentRow {
  id: number;
  v: number;
  /** A deleted clipping. */
  deleted?: boolean;
  /** Its grams (gramKey) ascending, and their codes: typed arrays, cheap to store and read. */
  grams?: Float64Array;
  codes?: Uint8Array;
  /** dateNumber of the publication date (YYYYMMDD, 0 when none). */
  date?: number;
  created?: number;
}

export interface SearchState {
  key: 'state';
  /** Format of the rows; another one means building them again. */
  format: number;
  /** The last version given to a write. */
  version: number;
  /** Bumped by every write and merge: a page that has read the recent rows at this gen need not again. */
  gen: number;
  /** Bumped by every merge and rebuild: segments or docs changed. */
  merged: number;
  /** False until the index holds every clipping (rebuildSearchIndex). */
  built: boolean;
  segments: Segment[];
  /**
   * The version of every recent row (id → v), kept here by each write so a
   * page reads again only the recent rows that changed since it last looked,
   * not all of them after every save.
   */
  recent: Map<number, number>;
  /** A merge in progress (in some page) until this time (ms): others leave the segments alone. */
  busyUntil?: number;
}

export interface DocsRow {
  /** 'docs' in memory; 'docs:N' for the stored shard N (docs.ts). */
  key: string;
  /** Ascending. */
  ids: Int32Array;
  versions: Int32Array;
  dates: Int32Array;
  created: Float64Array;
}

export interface WordsRow {
  id: number;
  terms: string[];
}

/**
 * A rebuild's scratch: one chunk's rows of one span of buckets ('build:R:C'),
 * kept until the rebuild writes the span's final rows (merge.ts).
 */
export interface ScratchRow {
  key: string;
  rows: PostingRow[];
}

/**
 * The common terms of one segment and how many entries each has ('sizes:K',
 * K the segment's rowKey): every term held by at least an eighth of the
 * segment's clippings (COMMON_SHARE, sizes.ts). Read once per merge by a
 * page, so a query knows before its read which of its terms are common and
 * may leave a long phrase's commonest pairs unread. A term not listed has
 * fewer entries; a segment without the row (written before it was kept)
 * tells nothing.
 */
export interface SizesRow {
  key: string;
  /** Ascending. */
  terms: Float64Array;
  entries: Uint32Array;
}

export type SearchMetaRow = SearchState | DocsRow | ScratchRow | SizesRow;
