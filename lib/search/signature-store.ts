// The gram signatures of all clippings, in memory in the page that searches
// (about 2 KB per 3,000-character clipping), read once from `searchIndex` and
// then kept in step with the writes reported by changes.ts: a changed id is
// read again before the next query, so a query never sees an old signature.
import { db } from '../db/db';
import { openDatabase } from '../db/run';
import type { SearchIndexEntry } from '../db/types';
import { onClippingsChanged } from './changes';

/**
 * The format of the entries the indexer writes. An entry of another version
 * (or none) is reported as stale and indexed again (indexer.ts).
 */
export const SEARCH_INDEX_VERSION = 2;

/** A `searchIndex` entry as this module writes it: word terms in the multi-entry index, grams beside them. */
export interface SearchEntry extends SearchIndexEntry {
  /** Bloom filter of the CJK characters and pairs (signature.ts). */
  grams: Uint8Array;
  v: number;
}

/** Entries read per request when loading: a few hundred KB each. */
const PAGE = 500;

const signatures = new Map<number, Uint8Array>();
const dirty = new Set<number>();
const stale = new Set<number>();
let loading: Promise<void> | null = null;
let source: IDBDatabase | null = null;

onClippingsChanged((ids) => {
  for (const id of ids) dirty.add(id);
});

function take(id: number, entry: Partial<SearchEntry> | undefined): void {
  if (!entry) {
    signatures.delete(id);
    stale.delete(id);
  } else if (entry.v === SEARCH_INDEX_VERSION && entry.grams instanceof Uint8Array) {
    signatures.set(id, entry.grams);
    stale.delete(id);
  } else {
    signatures.delete(id);
    stale.add(id);
  }
}

async function loadAll(): Promise<void> {
  let after = -Infinity;
  for (;;) {
    const rows = (await db.searchIndex.where(':id').above(after).limit(PAGE).toArray()) as Partial<SearchEntry>[];
    if (rows.length === 0) return;
    for (const row of rows) take(row.id!, row);
    after = rows[rows.length - 1].id!;
  }
}

/** Every clipping's signature by id, current as of the last reported write. */
export async function loadSignatures(): Promise<ReadonlyMap<number, Uint8Array>> {
  await openDatabase();
  const current = db.backendDB();
  if (current !== source) {
    // A new connection (the database was deleted or reopened): start again.
    signatures.clear();
    stale.clear();
    loading = null;
    source = current;
  }
  loading ??= loadAll().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  await loading;
  while (dirty.size > 0) {
    const ids = [...dirty];
    dirty.clear();
    const rows = (await db.searchIndex.bulkGet(ids)) as Array<Partial<SearchEntry> | undefined>;
    ids.forEach((id, i) => take(id, rows[i]));
  }
  return signatures;
}

/** Ids whose entry is of an older format, found while loading. */
export function staleEntries(): number[] {
  return [...stale];
}
