// The text cache, saved: what search keeps in memory of each clipping
// (text-cache.ts), written to IndexedDB in shards of neighbouring ids, so a
// side panel that opens reads it back in a few large rows.
//
// Why: Chromium's IndexedDB delivers about 20 MB/s from rows of a few KB
// (one per clipping) but 50–70 MB/s from rows of a few MB, and a saved entry
// needs no folding. Warming the cache from the clippings took about 1 ms a
// clipping (10 s for 10,000) before the first search for a common word could
// answer; from the shards it takes a fraction of that (bench/search.bench.ts).
// The price: the folded text is stored twice (about 7 KB more per clipping).
//
// It must never give back stale text. Every write to a clipping replaces its
// shard's row, in the write's own transaction (indexer.ts), with a bare row
// holding a new token: the shard is then built again from the clippings. A
// shard is saved only if its token is the one read before its clippings
// were, checked in the saving transaction, so a write in between (here or in
// another page) means it is not saved.
import type { Transaction } from 'dexie';
import { db } from '../db/db';
import type { SearchTextShard } from '../db/types';
import { SEARCH_INDEX_VERSION } from './signature-store';
import type { CachedClipping } from './text-cache';

/** Clippings per shard, by id: a row of about 1.8 MB for clippings of 3,000 characters. */
export const SHARD_SIZE = 256;
/** Shards read per request. */
const READ_PAGE = 4;
/**
 * The format of saved entries: a CachedClipping (text-cache.ts) of the
 * folding the index uses. Bump the last digits when CachedClipping changes;
 * rows of another format are built again.
 */
export const TEXT_SNAPSHOT_VERSION = SEARCH_INDEX_VERSION * 100 + 1;

/** A saved entry: the cache entry and its clipping's id. */
export type SavedText = CachedClipping & { id: number };

export const shardOf = (id: number): number => Math.floor(id / SHARD_SIZE);

function newToken(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/** Marks the shard of clipping `id` as changed, inside the write's transaction. */
export function markShardChanged(tx: Transaction, id: number): Promise<unknown> {
  return tx.table<SearchTextShard, number>('searchTexts').put({ id: shardOf(id), token: newToken() });
}

/**
 * Reads every shard row in id order, passing each saved shard's entries to
 * `take` (which returns false to stop); `beforeRead` runs as each request
 * starts. Resolves to the token of every row read, saved or not (a shard with
 * no row has none).
 */
export async function readShards(take: (entries: SavedText[]) => boolean, beforeRead?: () => void): Promise<Map<number, string>> {
  const tokens = new Map<number, string>();
  let after = -Infinity;
  for (;;) {
    beforeRead?.();
    const rows = await db.searchTexts.where(':id').above(after).limit(READ_PAGE).toArray();
    if (rows.length === 0) return tokens;
    for (const row of rows) tokens.set(row.id, row.token);
    for (const row of rows) {
      if (row.v === TEXT_SNAPSHOT_VERSION && Array.isArray(row.entries) && !take(row.entries as SavedText[])) return tokens;
    }
    after = rows[rows.length - 1].id;
  }
}

/**
 * Saves a shard built in memory, unless its row's token is no longer
 * `token` (null: there was no row): then a write came in between, and the
 * shard is built again next time. Resolves to whether it was saved.
 */
export function saveShard(shard: number, token: string | null, entries: SavedText[]): Promise<boolean> {
  return db.transaction('rw', db.searchTexts, async () => {
    const row = await db.searchTexts.get(shard);
    if ((row?.token ?? null) !== token) return false;
    await db.searchTexts.put({ id: shard, token: newToken(), v: TEXT_SNAPSHOT_VERSION, entries });
    return true;
  });
}
