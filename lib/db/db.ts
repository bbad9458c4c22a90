// The database schema and its single instance.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { PostingRow, RecentRow, SearchMetaRow, WordsRow } from './postings/types';
import type { Clipping, QuarantineRow } from './types';
import { upgradeV1Clipping } from './upgrade-v2';
import { repairStoredClippings } from './upgrade-v5';

export const DB_NAME = 'jianbao';

/** The v1 schema, kept verbatim: Dexie needs it to upgrade old databases. */
export const SCHEMA_V1 = { clippings: '++id, url, source, date, createdAt' };

/**
 * Only fields used by where()/orderBy() are indexed, never the body.
 * updatedAt is there for "changed since" queries (incremental backup).
 */
export const SCHEMA_V2 = {
  clippings: '++id, url, contentHash, source, date, createdAt, updatedAt, *tags',
  searchIndex: 'id, *terms',
};

/**
 * v3 adds searchTexts: what the search page keeps in memory of each clipping
 * (folded text and the like), saved in shards of neighbouring ids, so a side
 * panel that opens reads it in a few large rows instead of every clipping
 * (lib/search/text-snapshot.ts). Derived data: losing it loses nothing.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, searchTexts: 'id' };

/**
 * v4: the search index as posting lists read per query term (postings/):
 * `postings` rows of packed lists by [segment, bucket], `searchRecent` the
 * clippings written since the last merge, `searchMeta` its state. v3's saved
 * texts and signatures go; `searchIndex` keeps only Latin words (since the
 * index's format 4, nothing: they are terms of the posting rows). The index is
 * built again on the first search (derived data).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  searchTexts: null,
  postings: '[seg+bucket]',
  searchRecent: 'id',
  searchMeta: 'key',
};

/**
 * v5: every stored record checked on the way up (upgrade-v5.ts); what cannot
 * be a clipping goes, as it was, to `quarantine` with the reason.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, quarantine: '++id' };

export type JianbaoDatabase = Dexie & {
  clippings: EntityTable<Clipping, 'id'>;
  searchIndex: EntityTable<WordsRow, 'id'>;
  postings: Table<PostingRow, [number, number]>;
  searchRecent: EntityTable<RecentRow, 'id'>;
  searchMeta: Table<SearchMetaRow, string>;
  quarantine: EntityTable<QuarantineRow, 'id'>;
};

export const db = new Dexie(DB_NAME) as JianbaoDatabase;

db.version(1).stores(SCHEMA_V1);
db.version(2)
  .stores(SCHEMA_V2)
  .upgrade((tx) => tx.table('clippings').toCollection().modify(upgradeV1Clipping));
db.version(3).stores(SCHEMA_V3);
db.version(4)
  .stores(SCHEMA_V4)
  // Old entries held signatures beside the words: the index is rebuilt from the clippings.
  .upgrade((tx) => tx.table('searchIndex').clear());
db.version(5)
  .stores(SCHEMA_V5)
  .upgrade((tx) => repairStoredClippings(tx));
