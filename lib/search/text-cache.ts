// Folded texts of clippings, kept in memory by the page that searches.
//
// The index narrows a query to candidates, but every candidate must then be
// checked, and ranked, against its text. Reading thousands of 3,000-character
// clippings from IndexedDB for a common word takes longer than the scan it
// replaces is worth (hundreds of ms in Chromium), so the folded text is kept
// here, within a budget, once read. A page that searches warms it in the
// background (warmSearchCache); until then, candidates are read on demand.
//
// It must never show stale text: every committed write is reported
// (changes.ts) and drops the clippings it touched. A read that started before
// such a report is used for the current search but not kept.
import { db } from '../db/db';
import { openDatabase } from '../db/run';
import type { Clipping } from '../db/types';
import { onClippingsChanged } from './changes';
import { foldClipping, type FoldedClipping } from './clipping-text';

export interface CachedClipping extends FoldedClipping {
  date: string | null;
  createdAt: number;
}

/**
 * Budget in UTF-16 code units (Chinese text takes two bytes each): 32 Mi
 * units, about 64 MB, holds 10,000 clippings of 3,000 characters. Beyond it
 * the oldest entries go and their candidates are read from IndexedDB again.
 */
export const MAX_CACHED_CHARS = 32 * 1024 * 1024;
/** Clippings read per request while warming: large enough to amortise a request, small enough to keep the page responsive. */
const WARM_PAGE = 250;

const cache = new Map<number, CachedClipping>();
let cachedChars = 0;
/** Bumped by every reported write: reads begun before it are not kept. */
let epoch = 0;
/** The IndexedDB connection the cache was filled from; a new one (database deleted, reopened) empties it. */
let source: IDBDatabase | null = null;
let warming: Promise<number> | null = null;

const sizeOf = (c: FoldedClipping) => c.title.length + c.body.length;

function dropIds(ids: Iterable<number>): void {
  epoch++;
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) {
      cachedChars -= sizeOf(hit);
      cache.delete(id);
    }
  }
}

onClippingsChanged(dropIds);

export function clearSearchCache(): void {
  epoch++;
  cache.clear();
  cachedChars = 0;
  warming = null;
}

function checkSource(): void {
  const current = db.isOpen() ? db.backendDB() : null;
  if (current !== source) {
    clearSearchCache();
    source = current;
  }
}

export function toCached(c: Clipping): CachedClipping {
  return { ...foldClipping(c), date: c.date, createdAt: c.createdAt };
}

function keep(id: number, entry: CachedClipping): void {
  const size = sizeOf(entry);
  if (size > MAX_CACHED_CHARS) return;
  const old = cache.get(id);
  if (old) cachedChars -= sizeOf(old);
  cache.delete(id);
  // Oldest first out: a Map iterates in insertion order.
  for (const [oldId, oldEntry] of cache) {
    if (cachedChars + size <= MAX_CACHED_CHARS) break;
    cache.delete(oldId);
    cachedChars -= sizeOf(oldEntry);
  }
  cache.set(id, entry);
  cachedChars += size;
}

/** The folded texts of these clippings (absent ids are left out), from memory where it can. */
export async function cachedClippings(ids: readonly number[]): Promise<Map<number, CachedClipping>> {
  checkSource();
  const out = new Map<number, CachedClipping>();
  const missing: number[] = [];
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  const startedAt = epoch;
  const rows = await db.clippings.bulkGet(missing);
  for (const row of rows) {
    if (!row) continue;
    const entry = toCached(row);
    out.set(row.id, entry);
    if (epoch === startedAt) keep(row.id, entry);
  }
  return out;
}

/** Reads clippings into the cache in the background, up to the budget; resolves to how many it holds. */
export async function warmSearchCache(): Promise<number> {
  await openDatabase();
  checkSource();
  warming ??= fill().catch((error: unknown) => {
    warming = null;
    throw error;
  });
  return warming;
}

async function fill(): Promise<number> {
  let after = -Infinity;
  for (;;) {
    const startedAt = epoch;
    const rows = await db.clippings.where(':id').above(after).limit(WARM_PAGE).toArray();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (epoch === startedAt && !cache.has(row.id)) keep(row.id, toCached(row));
    }
    after = rows[rows.length - 1].id;
    if (cachedChars >= MAX_CACHED_CHARS) break;
  }
  return cache.size;
}

/** Figures for the benchmark and tests. */
export function searchCacheStats(): { clippings: number; chars: number } {
  return { clippings: cache.size, chars: cachedChars };
}
