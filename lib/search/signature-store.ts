// The gram signatures of all clippings, in memory in the page that searches
// (about 2 KB per 3,000-character clipping), read once from `searchIndex` and
// then kept in step with the writes reported by changes.ts: a changed id is
// read again before the next query, so a query never sees an old signature.
//
// They sit in one flat Uint32Array, each clipping's filter a stretch of it,
// so checking a query's grams against every clipping is one tight loop over
// typed arrays (a few hundred microseconds for 10,000), not a walk over
// 10,000 objects.
import { db } from '../db/db';
import { openDatabase } from '../db/run';
import type { SearchIndexEntry } from '../db/types';
import { onClippingsChanged } from './changes';
import { HASHES, probeStep, SEARCH_INDEX_VERSION } from './signature';
import { readShards, saveBuiltShards, type SavedSignature } from './text-snapshot';

export { SEARCH_INDEX_VERSION } from './signature';

/** A `searchIndex` entry as this module writes it: word terms in the multi-entry index, grams beside them. */
export interface SearchEntry extends SearchIndexEntry {
  /** Bloom filter of the CJK characters and pairs (signature.ts). */
  grams: Uint8Array;
  v: number;
}

/** Entries read per request when loading: a few hundred KB each. */
const PAGE = 500;

/** Every clipping's signature, in slots: a slot's filter is words[offset[slot] … + size]. */
export class SignatureSet {
  private ids = new Int32Array(1024);
  private offsets = new Uint32Array(1024);
  /** Bits in the filter, minus one (a power of two, minus one). */
  private masks = new Uint32Array(1024);
  private slots = 0;
  private readonly slotOf = new Map<number, number>();
  private words = new Uint32Array(1 << 16);
  private used = 0;
  /** Words of filters replaced or removed, reclaimed by compact(). */
  private wasted = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  /** Bytes held, for the benchmark. */
  get bytes(): number {
    return this.words.byteLength + this.ids.byteLength * 3;
  }

  set(id: number, grams: Uint8Array): void {
    this.delete(id);
    const length = Math.max(1, grams.length >>> 2);
    if (this.used + length > this.words.length) this.grow(length);
    if (this.slots === this.ids.length) this.growSlots();
    const base = this.used;
    // Bit b of the filter is bit (b & 7) of byte b >>> 3 (signature.ts): bit (b & 31) of word b >>> 5 here.
    for (let w = 0; w < length; w++) {
      const i = w << 2;
      this.words[base + w] = (grams[i] | (grams[i + 1] << 8) | (grams[i + 2] << 16) | (grams[i + 3] << 24)) >>> 0;
    }
    this.used += length;
    const slot = this.slots++;
    this.ids[slot] = id;
    this.offsets[slot] = base;
    this.masks[slot] = length * 32 - 1;
    this.slotOf.set(id, slot);
  }

  delete(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = -1;
    this.wasted += (this.masks[slot] + 1) >>> 5;
    if (this.wasted > 4096 && this.wasted * 2 > this.used) this.compact();
  }

  clear(): void {
    this.slotOf.clear();
    this.slots = 0;
    this.used = 0;
    this.wasted = 0;
  }

  /** The signature of a clipping as gramSignature made it (bytes), or undefined. */
  bytesOf(id: number): Uint8Array | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    const length = (this.masks[slot] + 1) >>> 5;
    const out = new Uint8Array(length * 4);
    for (let w = 0; w < length; w++) {
      const word = this.words[this.offsets[slot] + w];
      out[w * 4] = word & 0xff;
      out[w * 4 + 1] = (word >>> 8) & 0xff;
      out[w * 4 + 2] = (word >>> 16) & 0xff;
      out[w * 4 + 3] = word >>> 24;
    }
    return out;
  }

  /** Ids of every clipping, in no particular order. */
  allIds(): number[] {
    return [...this.slotOf.keys()];
  }

  /**
   * Ids of the clippings whose filter may hold every one of these gram hashes
   * (signature.ts; false positives, never false negatives), among `among`
   * when given (ids; unknown ones are left out).
   */
  mayHaveAll(hashes: readonly number[], among?: readonly number[]): number[] {
    // The probes of each gram: bit h, then h + step, … (the filter's mask picks the bit).
    const probes = new Uint32Array(hashes.length * HASHES);
    hashes.forEach((hash, g) => {
      const step = probeStep(hash);
      for (let k = 0, h = hash; k < HASHES; k++, h = (h + step) >>> 0) probes[g * HASHES + k] = h;
    });
    const { ids, offsets, masks, words } = this;
    const out: number[] = [];
    const test = (slot: number): boolean => {
      const base = offsets[slot];
      const mask = masks[slot];
      for (let p = 0; p < probes.length; p++) {
        const bit = probes[p] & mask;
        if ((words[base + (bit >>> 5)] & (1 << (bit & 31))) === 0) return false;
      }
      return true;
    };
    if (among) {
      for (const id of among) {
        const slot = this.slotOf.get(id);
        if (slot !== undefined && test(slot)) out.push(id);
      }
      return out;
    }
    for (let slot = 0; slot < this.slots; slot++) {
      if (ids[slot] >= 0 && test(slot)) out.push(ids[slot]);
    }
    return out;
  }

  private grow(need: number): void {
    if (this.wasted * 2 > this.used) {
      this.compact();
      if (this.used + need <= this.words.length) return;
    }
    const next = new Uint32Array(Math.max(Math.ceil(this.words.length * 1.5), this.used + need));
    next.set(this.words.subarray(0, this.used));
    this.words = next;
  }

  private growSlots(): void {
    const n = this.ids.length * 2;
    const ids = new Int32Array(n);
    const offsets = new Uint32Array(n);
    const masks = new Uint32Array(n);
    ids.set(this.ids);
    offsets.set(this.offsets);
    masks.set(this.masks);
    this.ids = ids;
    this.offsets = offsets;
    this.masks = masks;
  }

  /** Gives back the room growing left at the end of the arena (after loading them all). */
  trim(): void {
    if (this.wasted > 0) this.compact();
    // Room for a few more saves (1/32 more) without growing again at once.
    const keep = this.used + Math.max(1024, this.used >>> 5);
    if (this.words.length > keep) this.words = this.words.slice(0, keep);
  }

  /** Moves the live filters together, in slot order. */
  private compact(): void {
    let slots = 0;
    let used = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      const id = this.ids[slot];
      if (id < 0) continue;
      const length = (this.masks[slot] + 1) >>> 5;
      this.words.copyWithin(used, this.offsets[slot], this.offsets[slot] + length);
      this.ids[slots] = id;
      this.offsets[slots] = used;
      this.masks[slots] = this.masks[slot];
      this.slotOf.set(id, slots);
      slots++;
      used += length;
    }
    this.slots = slots;
    this.used = used;
    this.wasted = 0;
    // Give back what a burst of replacements (a rebuild) left unused.
    if (this.words.length > 2 * used + (1 << 16)) this.words = this.words.slice(0, Math.max(1 << 16, Math.ceil(used * 1.25)));
  }
}

const signatures = new SignatureSet();
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

/**
 * Loads every signature: those saved in shards first (text-snapshot.ts: a
 * few large rows), then the rest from `searchIndex`, one row per clipping;
 * the shards of those are then saved, in the background.
 */
async function loadAll(): Promise<void> {
  const ids = await db.searchIndex.toCollection().primaryKeys();
  const live = new Set(ids);
  const tokens = await readShards<SavedSignature>('signatures', (saved) => {
    for (const { id, grams } of saved) {
      // Not indexed any more (a write without the indexer): leave it out.
      if (live.has(id) && grams instanceof Uint8Array) signatures.set(id, grams);
    }
    return true;
  });
  const rest = ids.filter((id) => !signatures.has(id));
  for (let i = 0; i < rest.length; i += PAGE) {
    const batch = rest.slice(i, i + PAGE);
    const rows = (await db.searchIndex.bulkGet(batch)) as Array<Partial<SearchEntry> | undefined>;
    batch.forEach((id, k) => take(id, rows[k]));
  }
  signatures.trim();
  if (rest.length === 0) return;
  // A write reported since (dirty) or an entry of an old format (stale): not saved now.
  const saved = (id: number): SavedSignature | undefined => {
    const grams = dirty.has(id) || stale.has(id) ? undefined : signatures.bytesOf(id);
    return grams && { id, grams };
  };
  saving = saveBuiltShards('signatures', rest, ids, tokens, saved).catch(() => 0);
}

let saving: Promise<number> = Promise.resolve(0);
/** The saving of signature shards the last load started (tests, the benchmark): resolves to how many it saved. */
export const signatureShardsSaved = (): Promise<number> => saving;

/** Every clipping's signature, current as of the last reported write. */
export async function loadSignatures(): Promise<SignatureSet> {
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

/** Forgets every signature, as a page that has just opened (tests, the benchmark). */
export function forgetSignatures(): void {
  signatures.clear();
  stale.clear();
  dirty.clear();
  loading = null;
}

/** Ids whose entry is of an older format, found while loading. */
export function staleEntries(): number[] {
  return [...stale];
}
