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
// The gram signatures (signature-store.ts) are saved the same way, in rows of
// their own (a negative id: -1 - shard), for the same reason: the first
// search after opening needs all of them, and should not read texts for it.
//
// It must never give back stale data. Every write to a clipping (and every
// re-index) replaces its shard's row, in the write's own transaction
// (indexer.ts), with a bare row holding a new token: the shard is then built
// again. A shard is saved only if its token is the one read before what it
// holds was, checked in the saving transaction, so a write in between (here
// or in another page) means it is not saved.
import type { Transaction } from 'dexie';
import { db } from '../db/db';
import type { SearchTextShard } from '../db/types';
import { SEARCH_INDEX_VERSION } from './signature';
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

/** What a shard row holds beside its token: saved texts, or saved signatures. */
export type ShardField = 'entries' | 'signatures';

/** The row of a shard's texts (0, 1, …) or signatures (-1, -2, …). */
const rowId = (shard: number, field: ShardField): number => (field === 'entries' ? shard : -1 - shard);
const shardOfRow = (id: number): number => (id >= 0 ? id : -1 - id);

/** Marks the shard of clipping `id` as changed (both its rows), inside the write's transaction. */
export function markShardChanged(tx: Transaction, id: number): Promise<unknown> {
  const table = tx.table<SearchTextShard, number>('searchTexts');
  const shard = shardOf(id);
  return Promise.all([table.put({ id: rowId(shard, 'entries'), token: newToken() }), table.put({ id: rowId(shard, 'signatures'), token: newToken() })]);
}

/** A saved signature (signature.ts): the one in the clipping's searchIndex entry. */
export interface SavedSignature {
  id: number;
  grams: Uint8Array;
}

/** The token of a shard no write has marked yet. */
const NO_WRITE_YET = '';

/**
 * Reads the rows of `field` of every shard, passing the saved ones' contents
 * to `take` (which returns false to stop); `beforeRead` runs as each request
 * starts. Resolves to the token of every row read, by shard.
 */
export async function readShards<T>(field: ShardField, take: (saved: T[]) => boolean, beforeRead?: () => void): Promise<Map<number, string>> {
  const tokens = new Map<number, string>();
  // Texts' rows are 0, 1, …; signatures' rows below 0. Each request starts after the last row read.
  const from = (after: number | null) =>
    field === 'entries'
      ? after === null
        ? db.searchTexts.where(':id').aboveOrEqual(0)
        : db.searchTexts.where(':id').above(after)
      : db.searchTexts.where(':id').between(after ?? -Infinity, 0, after === null, false);
  let after: number | null = null;
  for (;;) {
    beforeRead?.();
    const page: SearchTextShard[] = await from(after).limit(READ_PAGE).toArray();
    if (page.length === 0) return tokens;
    for (const row of page) tokens.set(shardOfRow(row.id), row.token);
    for (const row of page) {
      const saved = (row as unknown as Record<ShardField, unknown>)[field];
      if (row.v === TEXT_SNAPSHOT_VERSION && Array.isArray(saved) && !take(saved as T[])) return tokens;
    }
    after = page[page.length - 1].id;
  }
}

/**
 * Saves the texts or signatures of a shard built in memory, unless its row's
 * token is no longer `token` (undefined: there was no row): then a write
 * came in between, and the shard is built again next time. Resolves to
 * whether it was saved.
 */
export function saveShard(shard: number, token: string | undefined, field: ShardField, saved: readonly unknown[]): Promise<boolean> {
  const id = rowId(shard, field);
  return db.transaction('rw', db.searchTexts, async () => {
    const row = await db.searchTexts.get(id);
    if ((row?.token ?? NO_WRITE_YET) !== (token ?? NO_WRITE_YET)) return false;
    await db.searchTexts.put({ id, token: newToken(), v: TEXT_SNAPSHOT_VERSION, [field]: saved });
    return true;
  });
}

/**
 * Saves `field` of every shard holding one of `built` (clippings just built
 * from their own rows): the entries of all `ids` (every clipping there is,
 * ascending) in the shard, from `entryOf`. A shard with one missing is left
 * to be built again next time. Resolves to how many shards were saved.
 */
export async function saveBuiltShards<T>(
  field: ShardField,
  built: readonly number[],
  ids: readonly number[],
  tokens: ReadonlyMap<number, string>,
  entryOf: (id: number) => T | undefined,
): Promise<number> {
  let saved = 0;
  let at = 0;
  for (const shard of new Set(built.map(shardOf))) {
    while (at < ids.length && shardOf(ids[at]) < shard) at++;
    const entries: T[] = [];
    for (let i = at; i < ids.length && shardOf(ids[i]) === shard; i++) {
      const entry = entryOf(ids[i]);
      if (entry === undefined) {
        entries.length = 0;
        break;
      }
      entries.push(entry);
    }
    if (entries.length > 0 && (await saveShard(shard, tokens.get(shard), field, entries))) saved++;
  }
  return saved;
}
