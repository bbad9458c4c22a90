// Folded texts of clippings, kept in memory by the page that searches.
//
// The index narrows a query to candidates, but every candidate must then be
// checked, and ranked, against its text. Reading thousands of 3,000-character
// clippings from IndexedDB for a common word takes longer than the scan it
// replaces is worth (hundreds of ms in Chromium), so the folded text is kept
// here, within a budget, once read. A page that searches warms it in the
// background (warmSearchCache), from the saved shards (text-snapshot.ts) and
// then the clippings they lack, and saves the shards it had to build; a
// search that needs many texts meanwhile waits for it (whenWarm), one that
// needs a few reads them itself.
//
// It must never show stale text: every committed write is reported
// (changes.ts) and drops the clippings it touched. A read that started before
// such a report is used for the current search but not kept.
//
// Each entry holds what a result shows too (title, source, date, and the
// edits that give back the original text from the folded, unfold.ts), so a
// page of results needs no database read; and each kept entry has a slot in
// the character index (char-index.ts) that answers one-character words.
import { db } from '../db/db';
import { openDatabase } from '../db/run';
import type { Clipping } from '../db/types';
import { onClippingsChanged } from './changes';
import { CharIndex } from './char-index';
import { clippingParts, FIELD_SEPARATOR } from './clipping-text';
import { foldText } from './fold';
import type { Searchable } from './match';
import { dateNumber } from './rank';
import { readShards, saveBuiltShards, type SavedText } from './text-snapshot';
import { UnfoldBuilder, unfoldSize, type Unfold } from './unfold';

/** What search needs of a clipping: folded text to match and rank, and what a result shows. */
export interface CachedClipping extends Searchable {
  date: string | null;
  /** The date as a number that sorts like it (rank.ts, dateNumber). */
  dateKey: number;
  createdAt: number;
  /** Slot in the character index while the entry is kept; -1 for one read for a single search. */
  slot: number;
  /** The title and source as stored, for the result. */
  rawTitle: string | null;
  source: string | null;
  /** Index of the lead among the body fields (clipping-text.ts): the snippet when only the title matches. */
  lead: number;
  /** The original body fields, from `body` and these edits (unfold.ts): snippets need no database read. */
  unfold: Unfold;
}

/**
 * Budget in UTF-16 code units (Chinese text takes two bytes each). A clipping
 * of 3,000 characters takes ~3,650 units (folded text plus the edits that
 * give back the original). Clippings beyond the budget are not kept: when a
 * query needs them they are read from IndexedDB, which in Chromium delivers
 * about 20 MB/s from rows of one clipping (measured here), so a common word over 40,000
 * clippings not kept costs seconds. (Pushing out the oldest to make room
 * bought nothing: a common word needs them all anyway, and every query
 * would read as many.)
 *
 * So the budget follows the machine: 5% of its memory as the browser reports
 * it (navigator.deviceMemory, in GB), between 40 Mi units (~80 MB, ~11,000
 * such clippings: a machine that does not say, or has 2 GB or less) and
 * 192 Mi units (~400 MB, ~55,000 clippings: 8 GB or more).
 */
export const MIN_CACHED_CHARS = 40 * 1024 * 1024;
export const MAX_CACHED_CHARS = 192 * 1024 * 1024;
const MEMORY_SHARE = 0.05;

export function cacheBudget(deviceMemoryGb: number | undefined = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory): number {
  if (!deviceMemoryGb || !Number.isFinite(deviceMemoryGb)) return MIN_CACHED_CHARS;
  const units = Math.floor((deviceMemoryGb * 1024 ** 3 * MEMORY_SHARE) / 2);
  return Math.min(MAX_CACHED_CHARS, Math.max(MIN_CACHED_CHARS, units));
}

/** The budget in force; tests may lower it (setCacheBudget). */
let maxCachedChars = cacheBudget();

/** Sets the budget in code units (tests, the benchmark); returns the one it replaces. */
export function setCacheBudget(units: number): number {
  const previous = maxCachedChars;
  maxCachedChars = units;
  return previous;
}

/** Clippings read per request while warming: large enough to amortise a request, small enough to keep the page responsive. */
const WARM_PAGE = 250;

const cache = new Map<number, CachedClipping>();
let cachedChars = 0;
/** Bumped by every reported write: reads begun before it are not kept. */
let epoch = 0;
/** The IndexedDB connection the cache was filled from; a new one (database deleted, reopened) empties it. */
let source: IDBDatabase | null = null;
let warming: Promise<number> | null = null;

const chars = new CharIndex();
const freeSlots: number[] = [];
let nextSlot = 0;

// Kept entries by slot, with their texts and title lengths apart: checking
// thousands of candidates then reads one string each, not an entry object
// and a Map on the way (each a cache miss at this size).
let entryBySlot: Array<CachedClipping | undefined> = [];
let textBySlot: string[] = [];
let titleBySlot = new Int32Array(1024);
/** The slot of each kept id (-1 for none), for ids below ID_TABLE; other ids in slotOfOther. */
let slotById = new Int32Array(0);
const slotOfOther = new Map<number, number>();
const ID_TABLE = 1 << 22;

const inTable = (id: number) => Number.isInteger(id) && id >= 0 && id < ID_TABLE;

function slotOf(id: number): number {
  if (inTable(id)) return id < slotById.length ? slotById[id] : -1;
  return slotOfOther.get(id) ?? -1;
}

function setSlotOf(id: number, slot: number): void {
  if (!inTable(id)) {
    if (slot < 0) slotOfOther.delete(id);
    else slotOfOther.set(id, slot);
    return;
  }
  if (id >= slotById.length) {
    if (slot < 0) return;
    const grown = new Int32Array(Math.max(1024, id + 1, slotById.length * 2)).fill(-1);
    grown.set(slotById);
    slotById = grown;
  }
  slotById[id] = slot;
}

const sizeOf = (c: CachedClipping) => c.text.length + (c.rawTitle?.length ?? 0) + unfoldSize(c.unfold);

function forget(id: number, entry: CachedClipping): void {
  cachedChars -= sizeOf(entry);
  cache.delete(id);
  chars.remove(entry.slot, entry.text);
  entryBySlot[entry.slot] = undefined;
  textBySlot[entry.slot] = '';
  setSlotOf(id, -1);
  freeSlots.push(entry.slot);
  entry.slot = -1;
}

function dropIds(ids: Iterable<number>): void {
  epoch++;
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) forget(id, hit);
  }
}

onClippingsChanged(dropIds);

export function clearSearchCache(): void {
  epoch++;
  for (const entry of cache.values()) entry.slot = -1;
  cache.clear();
  chars.clear();
  freeSlots.length = 0;
  nextSlot = 0;
  entryBySlot = [];
  textBySlot = [];
  slotById = new Int32Array(0);
  slotOfOther.clear();
  cachedChars = 0;
  warming = null;
  warmingNow = false;
}

/** The folded text of the clipping in a slot (see lookupClippings). */
export const slotText = (slot: number): string => textBySlot[slot];
/** The length of its title, which starts the text. */
export const slotTitleLength = (slot: number): number => titleBySlot[slot];
/** Its entry. */
export const slotEntry = (slot: number): CachedClipping => entryBySlot[slot]!;

/** Which kept clippings hold a code unit: see CharIndex.lookup. */
export function charLookup(c: number, slot: number): 0 | 1 | 2 {
  return chars.lookup(c, slot);
}

function checkSource(): void {
  const current = db.isOpen() ? db.backendDB() : null;
  if (current !== source) {
    clearSearchCache();
    source = current;
  }
}

export function toCached(c: Clipping): CachedClipping {
  const parts = clippingParts(c);
  const unfold = new UnfoldBuilder();
  const fields: string[] = [];
  let offset = 0;
  for (const field of parts.body) {
    const folded = unfold.addField(field, offset);
    fields.push(folded);
    offset += folded.length + FIELD_SEPARATOR.length;
  }
  const title = foldText(parts.title);
  return {
    // One flat string: the title, then the body's fields (at least one, maybe empty, so the body has a start).
    text: [title, ...(fields.length > 0 ? fields : [''])].join(FIELD_SEPARATOR),
    titleLength: title.length,
    date: c.date,
    dateKey: dateNumber(c.date),
    createdAt: c.createdAt,
    slot: -1,
    rawTitle: c.title,
    source: c.source,
    lead: parts.lead,
    unfold: unfold.build(),
  };
}

/** Keeps an entry if the budget allows (true if so); nothing is pushed out, so the slots a search holds stay valid. */
function keep(id: number, entry: CachedClipping): boolean {
  const old = cache.get(id);
  if (old) forget(id, old);
  const size = sizeOf(entry);
  if (cachedChars + size > maxCachedChars) return false;
  const slot = freeSlots.pop() ?? nextSlot++;
  entry.slot = slot;
  chars.add(slot, entry.text, entry.titleLength);
  entryBySlot[slot] = entry;
  textBySlot[slot] = entry.text;
  if (slot >= titleBySlot.length) {
    const grown = new Int32Array(titleBySlot.length * 2);
    grown.set(titleBySlot);
    titleBySlot = grown;
  }
  titleBySlot[slot] = entry.titleLength;
  setSlotOf(id, slot);
  cache.set(id, entry);
  cachedChars += size;
  return true;
}

/** How many of these clippings the cache does not hold (a search would read them from IndexedDB). */
export function countUncached(ids: readonly number[]): number {
  checkSource();
  let n = 0;
  for (const id of ids) if (slotOf(id) < 0) n++;
  return n;
}

/** Where search finds each of some clippings: a slot of the cache, or else an entry read for this search alone. */
export interface Located {
  /** The cache slot of each clipping asked for, -1 when not kept. */
  slots: Int32Array;
  /** For those without a slot: the entry read from IndexedDB (undefined when there is no such clipping). */
  read: Array<CachedClipping | undefined>;
}

/**
 * Calls `use` with these clippings as search sees them, from memory where it
 * can: only the missing are read from IndexedDB (and kept, within the
 * budget, unless a write was reported meanwhile). Slots are only valid
 * until something else runs (a reported write frees them), so `use` runs
 * synchronously, right after they are looked up.
 */
export async function withClippings<T>(ids: readonly number[], use: (located: Located) => T): Promise<T> {
  checkSource();
  const read = new Array<CachedClipping | undefined>(ids.length);
  const fetched = new Uint8Array(ids.length);
  for (;;) {
    const slots = new Int32Array(ids.length);
    const missing: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      slots[i] = fetched[i] ? -1 : slotOf(ids[i]);
      if (slots[i] < 0 && !fetched[i]) missing.push(i);
    }
    if (missing.length === 0) return use({ slots, read });
    // Read what is missing, then look everything up again: slots may have changed meanwhile.
    const startedAt = epoch;
    const rows = await db.clippings.bulkGet(missing.map((i) => ids[i]));
    rows.forEach((row, k) => {
      const i = missing[k];
      fetched[i] = 1;
      if (!row) return;
      read[i] = toCached(row);
      if (epoch === startedAt) keep(row.id, read[i]);
    });
  }
}

/** Called while the cache warms: clippings held, and how many there are. */
export type WarmProgress = (held: number, total: number) => void;
const warmListeners = new Set<WarmProgress>();
let warmTotal = 0;

/**
 * Reads clippings into the cache in the background, up to the budget;
 * resolves to how many it holds. `before` runs first (the signatures: the
 * first search needs them sooner, and both at once would share IndexedDB).
 */
export async function warmSearchCache(before?: () => Promise<unknown>): Promise<number> {
  await openDatabase();
  checkSource();
  if (!warming) {
    const run = (async () => {
      await before?.();
      return fill();
    })();
    warming = run;
    warmingNow = true;
    run.then(
      () => {
        if (warming === run) warmingNow = false;
      },
      () => {
        if (warming === run) {
          warming = null;
          warmingNow = false;
        }
      },
    );
  }
  return warming;
}

/**
 * While the cache warms, waits for it (true), reporting its progress; false
 * when it is not warming. A search that would read many clippings waits
 * rather than read them a second time beside the warming.
 */
export async function whenWarm(onProgress?: WarmProgress): Promise<boolean> {
  const pending = warming;
  if (!pending || !warmingNow) return false;
  if (onProgress) {
    warmListeners.add(onProgress);
    onProgress(cache.size, warmTotal);
  }
  try {
    await pending;
  } catch {
    // The search reads what it needs itself.
  } finally {
    if (onProgress) warmListeners.delete(onProgress);
  }
  return true;
}

/** True from the start of a warming until it ends. */
let warmingNow = false;

async function fill(): Promise<number> {
  const ids = await db.clippings.toCollection().primaryKeys();
  warmTotal = ids.length;
  const live = new Set(ids);
  const report = () => {
    for (const fn of warmListeners) fn(cache.size, warmTotal);
  };
  // 1. The saved shards (text-snapshot.ts), while the budget lasts.
  let full = false;
  let startedAt = epoch;
  const tokens = await readShards<SavedText>('entries', (entries) => {
    // A write reported while this page was read: its clippings come from the table below instead.
    if (epoch !== startedAt) return true;
    for (const entry of entries) {
      // Not a clipping any more (a write without the indexer), or held already.
      if (!live.has(entry.id) || cache.has(entry.id)) continue;
      if (!keep(entry.id, entry)) {
        full = true;
        return false;
      }
    }
    report();
    return true;
  }, () => (startedAt = epoch));
  // 2. The rest from the clippings.
  const rest = full ? [] : ids.filter((id) => !cache.has(id));
  for (let i = 0; i < rest.length && !full; i += WARM_PAGE) {
    const startedAt = epoch;
    const rows = await db.clippings.bulkGet(rest.slice(i, i + WARM_PAGE));
    for (const row of rows) {
      // Full: the rest stay in IndexedDB.
      if (row && epoch === startedAt && !cache.has(row.id) && !keep(row.id, toCached(row))) full = true;
      if (full) break;
    }
    report();
  }
  // 3. Save the shards built from the clippings, in the background: a search may be waiting for this warm.
  if (rest.length > 0) {
    const saved = (id: number): SavedText | undefined => {
      const entry = cache.get(id);
      return entry && { ...entry, id };
    };
    saving = saveBuiltShards('entries', rest, ids, tokens, saved).catch(() => 0);
  }
  return cache.size;
}

/** The saving of shards the last warming started (tests, the benchmark): resolves to how many it saved. */
let saving: Promise<number> = Promise.resolve(0);
export const shardsSaved = (): Promise<number> => saving;

/** Figures for the benchmark and tests: clippings held, their size in code units, the character index's bytes. */
export function searchCacheStats(): { clippings: number; chars: number; indexBytes: number; budget: number } {
  return { clippings: cache.size, chars: cachedChars, indexBytes: chars.bytes, budget: maxCachedChars };
}
