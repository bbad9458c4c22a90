// Moving recent rows into the segments, in the background, and keeping the
// segments few:
//   - mergeRecent: every recent row (once MERGE_AT have gathered, or a while
//     after the last write) becomes one small segment, in one transaction;
//   - more than SMALL_SEGMENTS small segments are merged into one;
//   - when the small ones hold more than 1/FOLD_SHARE of the main segment,
//     they are folded into it, a batch of its rows per transaction, in place
//     (readers see the old rows until the last transaction switches the
//     state: an entry counts only in the segment its version falls in).
// A merge in one page leaves the segments alone for the others (busyUntil).
import Dexie, { type Transaction } from 'dexie';
import { clippingTerms } from '../../searchable';
import { db } from '../db';
import type { Clipping } from '../types';
import { bucketsFor, RowBuilder } from './build';
import { termBucket } from './codec';
import { applyRecent, docVersion, readDocs, writeDocs } from './docs';
import { dateNumber, emptyDocs, emptyState, metaTable, readState, seenBuilt } from './state';
import type { DocsRow, PostingRow, RecentRow, SearchState, Segment, WordsRow } from './types';

/** Recent rows that make a merge due at once; fewer wait MERGE_DELAY_MS after the last write (or a search that finds MERGE_AT). */
export const MERGE_AT = 64;
/** Short enough for a service worker (which lives ~30 s after its last event) to merge what it wrote. */
const MERGE_DELAY_MS = 20_000;
const SMALL_SEGMENTS = 6;
const FOLD_SHARE = 8;
/** Buckets per transaction when folding into the main segment. */
const FOLD_BATCH = 128;
/** Clippings per segment while building the index from scratch. */
const REBUILD_CHUNK = 1000;
const LEASE_MS = 60_000;

const postingTables = () => [db.table('searchMeta'), db.table('searchRecent'), db.table('postings')];
const lastHi = (state: SearchState) => state.segments.reduce((m, s) => Math.max(m, s.hi), 0);

const rowsOf = (seg: number) => db.table<PostingRow>('postings').where('[seg+bucket]').between([seg, Dexie.minKey], [seg, Dexie.maxKey]);

/**
 * Merges every recent row into a new small segment. Resolves to how many
 * rows it merged. Saves are held up only by two short transactions: one
 * reads the recent rows and reserves their new versions [lo, hi], the other
 * switches the state; the rows are built between them and written to
 * `postings` alone (which no save touches), under a segment key no reader
 * knows yet. A clipping written again meanwhile keeps its newer recent row
 * (its entries in the new segment are stale by version and never count).
 */
export async function mergeRecent(): Promise<number> {
  const taken = await db.transaction('rw', db.table('searchMeta'), db.table('searchRecent'), async (tx) => {
    const state = await readState(tx);
    if (!state.built) return null;
    const recent = await tx.table<RecentRow, number>('searchRecent').toArray();
    if (recent.length === 0) return null;
    recent.sort((a, b) => a.id - b.id);
    // Fresh versions, above every segment's and every write's so far: the new segment is [lo, hi].
    const lo = Math.max(lastHi(state), state.version) + 1;
    state.version = lo + recent.length - 1;
    await metaTable(tx).put(state);
    return { recent, lo };
  });
  if (!taken) return 0;
  const { recent, lo } = taken;
  const hi = lo + recent.length - 1;
  const builder = new RowBuilder();
  for (let i = 0; i < recent.length; i++) {
    const row = recent[i];
    if (!row.deleted && row.grams && row.codes) builder.addClipping(row.id, row.grams, row.codes);
    // Let the page's own work (a save, a search) in between.
    if (i % 16 === 15) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const live = recent.filter((row) => !row.deleted).length;
  const buckets = bucketsFor(builder.entries);
  if (live > 0) await db.transaction('rw', db.table('postings'), (tx) => tx.table('postings').bulkPut(builder.rows(lo, buckets)));

  return db.transaction('rw', postingTables(), async (tx) => {
    const state = await readState(tx);
    // Only rows still as they were read (not written again, not merged by another page meanwhile).
    const merged = recent.map((row, i) => ({ row, version: lo + i })).filter(({ row }) => state.recent.get(row.id) === row.v);
    if (merged.length === 0 || !state.built) {
      if (live > 0) await rowsOf(lo).delete();
      return 0;
    }
    const docs = await readDocs(tx);
    if (live > 0) state.segments.push({ lo, hi, n: live, buckets });
    for (const { row } of merged) state.recent.delete(row.id);
    state.gen++;
    state.merged++;
    await metaTable(tx).put(state);
    await writeDocs(tx, applyRecent(docs, merged), merged.map(({ row }) => row.id));
    await tx.table('searchRecent').bulkDelete(merged.map(({ row }) => row.id));
    return merged.length;
  });
}

let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;

/**
 * Called after every write commits, with how many recent rows wait: merges
 * at once when MERGE_AT or more do, else once writes pause for
 * MERGE_DELAY_MS (a page reads only the recent rows it has not seen, so a
 * few dozen cost a search little, and merging each save alone would rewrite
 * the docs row each time).
 */
export function scheduleMerge(recent: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void runMerges();
  }, MERGE_DELAY_MS);
  (timer as { unref?: () => void }).unref?.();
  if (recent >= MERGE_AT) void runMerges();
}

/** Merges the recent rows and tidies the segments; one run at a time per page. Never rejects. */
export function runMerges(): Promise<void> {
  running ??= (async () => {
    try {
      await mergeRecent();
      await tidySegments();
    } catch {
      // Derived data: the next write or search tries again.
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Takes the lease on the segments for LEASE_MS; false when another merge holds it. */
async function takeLease(): Promise<boolean> {
  return db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    if ((state.busyUntil ?? 0) > Date.now()) return false;
    state.busyUntil = Date.now() + LEASE_MS;
    await metaTable(tx).put(state);
    return true;
  });
}

async function releaseLease(): Promise<void> {
  await db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    delete state.busyUntil;
    await metaTable(tx).put(state);
  });
}

/** Merges small segments into one, or folds them into the main one, when they are many or large. */
export async function tidySegments(): Promise<void> {
  const state = await db.transaction('r', db.table('searchMeta'), (tx) => readState(tx));
  if (!state.built || state.segments.length < 2) return;
  const [main, ...small] = state.segments;
  const smallN = small.reduce((n, s) => n + s.n, 0);
  const fold = smallN * FOLD_SHARE > main.n || small.some((s) => s.buckets > main.buckets);
  if (!fold && small.length <= SMALL_SEGMENTS) return;
  if (!(await takeLease())) return;
  try {
    await mergeSegments(fold ? state.segments : small);
  } finally {
    await releaseLease();
  }
}

/**
 * Merges neighbouring segments into one keyed by the first (oldest), which
 * must have the most rows. Segments with fewer rows are read whole first;
 * the first's rows are rewritten in place, FOLD_BATCH per transaction.
 * Entries of clippings changed or deleted since are dropped.
 */
export async function mergeSegments(inputs: readonly Segment[], onProgress?: (done: number, total: number) => void): Promise<void> {
  if (inputs.length < 2) return;
  const [first] = inputs;
  const buckets = first.buckets;
  const docs = await db.transaction('r', db.table('searchMeta'), (tx) => readDocs(tx));
  const keepFor = (s: Segment) => (id: number) => {
    const v = docVersion(docs, id);
    return v >= s.lo && v <= s.hi;
  };
  const same = inputs.filter((s) => s.buckets === buckets);
  const fewer = inputs.filter((s) => s.buckets !== buckets);
  // The smaller segments, whole, their terms by the bucket they take in the result.
  const extra = new Map<number, Array<{ term: number; data: Uint8Array; from: number; end: number; seg: Segment }>>();
  for (const seg of fewer) {
    if (seg.buckets > buckets) throw new Error('the first segment must have the most rows');
    for (const row of await rowsOf(seg.lo).toArray()) {
      row.terms.forEach((term, i) => {
        const b = termBucket(term, buckets);
        let list = extra.get(b);
        if (!list) extra.set(b, (list = []));
        list.push({ term, data: row.data, from: row.offsets[i], end: row.offsets[i + 1], seg });
      });
    }
  }
  const out: Segment = { lo: first.lo, hi: Math.max(...inputs.map((s) => s.hi)), n: inputs.reduce((n, s) => n + s.n, 0), buckets };
  for (let from = 0; from < buckets; from += FOLD_BATCH) {
    const to = Math.min(buckets, from + FOLD_BATCH);
    await db.transaction('rw', db.table('postings'), async (tx) => {
      const table = tx.table<PostingRow>('postings');
      const builder = new RowBuilder();
      for (const seg of same) {
        const rows = await table.where('[seg+bucket]').between([seg.lo, from], [seg.lo, to]).toArray();
        for (const row of rows) row.terms.forEach((term, i) => builder.addList(term, row.data, row.offsets[i], row.offsets[i + 1], keepFor(seg)));
      }
      for (let b = from; b < to; b++) for (const e of extra.get(b) ?? []) builder.addList(e.term, e.data, e.from, e.end, keepFor(e.seg));
      // Every bucket of the range is written (an empty one deletes what was there).
      const rows = builder.rows(out.lo, buckets);
      await table.where('[seg+bucket]').between([out.lo, from], [out.lo, to]).delete();
      await table.bulkPut(rows);
    });
    onProgress?.(to, buckets);
  }
  // Switch: the merged segment replaces its inputs; their other rows go.
  await db.transaction('rw', db.table('searchMeta'), db.table('postings'), async (tx) => {
    const state = await readState(tx);
    const los = new Set(inputs.map((s) => s.lo));
    state.segments = [...state.segments.filter((s) => !los.has(s.lo)), out].sort((a, b) => a.lo - b.lo);
    state.merged++;
    state.gen++;
    await metaTable(tx).put(state);
    for (const seg of inputs) if (seg.lo !== out.lo) await rowsOf(seg.lo).delete();
  });
}

/**
 * Builds the index from every clipping (data from before it, or of an older
 * format): segments of REBUILD_CHUNK clippings, then merged into one.
 * Writes meanwhile go to recent rows as always. Resolves to how many clippings.
 */
export async function rebuildIndex(onProgress?: (done: number, total: number) => void): Promise<number> {
  const start = await db.transaction('rw', [...postingTables(), db.table('searchIndex')], async (tx) => {
    const old = await readState(tx);
    const state: SearchState = { ...emptyState(), version: old.version, gen: old.gen + 1, merged: old.merged + 1, busyUntil: Date.now() + LEASE_MS };
    await tx.table('postings').clear();
    await tx.table('searchIndex').clear();
    await metaTable(tx).put(state);
    await writeDocs(tx, emptyDocs());
    return state.version;
  });
  const ids = (await db.table<Clipping, number>('clippings').toCollection().primaryKeys()).sort((a, b) => a - b);
  onProgress?.(0, ids.length);
  const docIds: number[] = [];
  const versions: number[] = [];
  const dates: number[] = [];
  const created: number[] = [];
  let buckets = 0;
  for (let at = 0; at < ids.length; at += REBUILD_CHUNK) {
    const rows = (await db.table<Clipping, number>('clippings').bulkGet(ids.slice(at, at + REBUILD_CHUNK))).filter((c): c is Clipping => !!c);
    const builder = new RowBuilder();
    const words: WordsRow[] = [];
    const terms = rows.map((c) => clippingTerms(c));
    await db.transaction('rw', db.table('searchMeta'), db.table('postings'), db.table('searchIndex'), async (tx) => {
      const state = await readState(tx);
      const lo = state.version + 1;
      rows.forEach((c, i) => {
        builder.addClipping(c.id, terms[i].grams, terms[i].codes);
        words.push({ id: c.id, terms: terms[i].words });
        docIds.push(c.id);
        versions.push(lo + i);
        dates.push(dateNumber(c.date));
        created.push(c.createdAt);
      });
      // Rows for the whole collection's size from the first chunk's: every chunk alike, so they merge in place.
      buckets ||= bucketsFor((builder.entries / Math.max(1, rows.length)) * ids.length);
      if (rows.length) {
        await tx.table('postings').bulkPut(builder.rows(lo, buckets));
        state.segments.push({ lo, hi: lo + rows.length - 1, n: rows.length, buckets });
      }
      await tx.table('searchIndex').bulkPut(words);
      state.version = lo + rows.length - 1;
      state.busyUntil = Date.now() + LEASE_MS;
      await metaTable(tx).put(state);
    });
    onProgress?.(Math.min(ids.length, at + REBUILD_CHUNK), ids.length);
  }
  await db.transaction('rw', postingTables(), async (tx) => {
    const state = await readState(tx);
    const docs: DocsRow = {
      key: 'docs',
      ids: Int32Array.from(docIds),
      versions: Int32Array.from(versions),
      dates: Int32Array.from(dates),
      created: Float64Array.from(created),
    };
    // Recent rows from before the rebuild: what they hold is in the segments now.
    await tx.table<RecentRow, number>('searchRecent').filter((r) => r.v <= start).delete();
    for (const [id, v] of state.recent) if (v <= start) state.recent.delete(id);
    state.built = true;
    state.gen++;
    state.merged++;
    await metaTable(tx).put(state);
    await writeDocs(tx, docs);
  });
  const state = await db.transaction('r', db.table('searchMeta'), (tx) => readState(tx));
  await mergeSegments(state.segments);
  await releaseLease();
  return docIds.length;
}

let building: Promise<void> | null = null;

/**
 * Before a search: builds the index when it is not built (waiting for
 * another page that builds it), and merges when many recent rows wait.
 */
export function ensureIndexBuilt(onProgress?: (done: number, total: number) => void): Promise<void> {
  // Seen built on this connection by the last read: no need to ask (a read that finds otherwise says so).
  if (!building && seenBuilt.connection && seenBuilt.connection === db.backendDB()) return Promise.resolve();
  building ??= (async () => {
    for (;;) {
      const state = await db.transaction('r', db.table('searchMeta'), (tx) => readState(tx));
      if (state.built) break;
      if ((state.busyUntil ?? 0) > Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      await rebuildIndex(onProgress);
    }
  })().finally(() => {
    building = null;
  });
  return building;
}
