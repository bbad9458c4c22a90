// The database schema and its single instance.
import Dexie, { type EntityTable } from 'dexie';
import type { Clipping, SearchIndexEntry, SearchTextShard } from './types';
import { upgradeV1Clipping } from './upgrade-v2';

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

export type JianbaoDatabase = Dexie & {
  clippings: EntityTable<Clipping, 'id'>;
  searchIndex: EntityTable<SearchIndexEntry, 'id'>;
  searchTexts: EntityTable<SearchTextShard, 'id'>;
};

export const db = new Dexie(DB_NAME) as JianbaoDatabase;

db.version(1).stores(SCHEMA_V1);
db.version(2)
  .stores(SCHEMA_V2)
  .upgrade((tx) => tx.table('clippings').toCollection().modify(upgradeV1Clipping));
db.version(3).stores(SCHEMA_V3);
