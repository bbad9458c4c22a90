// Keeps `searchIndex` in step with `clippings`, and marks the saved search
// texts of a written clipping as changed (text-snapshot.ts). lib/db calls the
// indexer inside each write transaction, so a clipping and its terms are
// written, or not, together; nothing here awaits anything but Dexie calls on that
// transaction (another await would let IndexedDB commit it early).
import type { Transaction } from 'dexie';
import { db } from '../db/db';
import { setIndexer } from '../db/indexer';
import { openDatabase, withStorage } from '../db/run';
import type { Clipping, Indexer } from '../db/types';
import { announceChanged } from './changes';
import { foldClipping } from './clipping-text';
import { gramSignature } from './signature';
import { loadSignatures, SEARCH_INDEX_VERSION, staleEntries, type SearchEntry } from './signature-store';
import { wordTermsOf } from './terms';
import { markShardChanged, shardOf } from './text-snapshot';

/** Clippings per transaction when rebuilding: each has a few thousand terms, and one transaction holds them all in memory. */
const REBUILD_BATCH = 100;

/** The index entry of a clipping: its distinct word terms, and the signature of its CJK grams. */
export function searchEntry(c: Clipping): SearchEntry {
  const folded = foldClipping(c);
  const texts = [folded.title, folded.body];
  return { id: c.id, terms: wordTermsOf(texts), grams: gramSignature(texts), v: SEARCH_INDEX_VERSION };
}

// Ids written per transaction, reported (changes.ts) once it commits; an
// aborted write changed nothing, so nothing is reported.
const touched = new WeakMap<Transaction, Set<number>>();

function track(tx: Transaction, id: number): void {
  let ids = touched.get(tx);
  if (!ids) {
    const fresh = new Set<number>();
    touched.set(tx, fresh);
    tx.on('complete', () => announceChanged([...fresh]));
    ids = fresh;
  }
  ids.add(id);
}

export const searchIndexer: Indexer = {
  index(tx, clipping) {
    track(tx, clipping.id);
    return Promise.all([tx.table<SearchEntry, number>('searchIndex').put(searchEntry(clipping)), markShardChanged(tx, clipping.id)]);
  },
  remove(tx, id) {
    track(tx, id);
    return Promise.all([tx.table<SearchEntry, number>('searchIndex').delete(id), markShardChanged(tx, id)]);
  },
};

/** Makes lib/db keep the search index up to date. Safe to call more than once. */
export function installSearchIndex(): void {
  setIndexer(searchIndexer);
}

/** Indexes these clippings, a batch per transaction; returns how many were there. */
async function indexIds(ids: readonly number[], onProgress?: (done: number, total: number) => void): Promise<number> {
  let indexed = 0;
  for (let i = 0; i < ids.length; i += REBUILD_BATCH) {
    const batch = ids.slice(i, i + REBUILD_BATCH);
    await db.transaction('rw', db.clippings, db.searchIndex, db.searchTexts, async (tx) => {
      const rows = (await db.clippings.bulkGet(batch)).filter((c): c is Clipping => c !== undefined);
      await db.searchIndex.bulkPut(rows.map(searchEntry));
      // Their saved signatures are to be made again too.
      const shards = new Map(batch.map((id) => [shardOf(id), id]));
      await Promise.all([...shards.values()].map((id) => markShardChanged(tx, id)));
      indexed += rows.length;
    });
    announceChanged(batch);
    onProgress?.(Math.min(i + batch.length, ids.length), ids.length);
  }
  return indexed;
}

/** Index entries whose clipping is gone (deleted by a page that had no indexer installed). */
async function removeOrphans(clippingIds: readonly number[]): Promise<void> {
  const live = new Set(clippingIds);
  const indexed = await db.searchIndex.toCollection().primaryKeys();
  const orphans = indexed.filter((id) => !live.has(id));
  if (orphans.length) await db.searchIndex.bulkDelete(orphans);
  announceChanged(orphans);
}

/**
 * Indexes every clipping again (clippings saved before search existed, or
 * after a change to how terms are made). Readers see the old entries until
 * each batch commits. Resolves to the number of clippings indexed.
 */
export function rebuildSearchIndex(onProgress?: (done: number, total: number) => void): Promise<number> {
  return withStorage(async () => {
    const ids = await db.clippings.toCollection().primaryKeys();
    onProgress?.(0, ids.length);
    const indexed = await indexIds(ids, onProgress);
    await removeOrphans(ids);
    return indexed;
  });
}

let checkedConnection: IDBDatabase | null = null;
let checking: Promise<void> | null = null;

/**
 * Once per database connection, before the first search: rebuilds an empty
 * index when there are clippings (data from before search), and otherwise
 * indexes clippings that have no entry and drops entries that have no
 * clipping (written by a page without the indexer). Compares keys only, so it
 * costs a few milliseconds when all is well.
 */
export function ensureSearchIndex(onProgress?: (done: number, total: number) => void): Promise<void> {
  if (db.isOpen() && db.backendDB() === checkedConnection) return Promise.resolve();
  checking ??= withStorage(async () => {
    await openDatabase();
    const connection = db.backendDB();
    if (connection === checkedConnection) return;
    const [clippingIds, indexedIds] = await db.transaction('r', db.clippings, db.searchIndex, () =>
      Promise.all([db.clippings.toCollection().primaryKeys(), db.searchIndex.toCollection().primaryKeys()]),
    );
    if (indexedIds.length === 0 && clippingIds.length > 0) {
      await rebuildSearchIndex(onProgress);
    } else {
      const indexed = new Set(indexedIds);
      const missing = clippingIds.filter((id) => !indexed.has(id));
      if (missing.length) await indexIds(missing, onProgress);
      if (indexedIds.length + missing.length > clippingIds.length) await removeOrphans(clippingIds);
    }
    // Entries in an older format: index those clippings again.
    await loadSignatures();
    const stale = staleEntries();
    if (stale.length) await indexIds(stale, onProgress);
    checkedConnection = connection;
  }).finally(() => {
    checking = null;
  });
  return checking;
}
