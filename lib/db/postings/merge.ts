// Moving recent rows into the segments, in the background, and keeping the
// segments few:
//   - mergeRecent: every recent row (once MERGE_AT have gathered, or a while
//     after the last write) becomes one small segment, in one transaction;
//   - more than SMALL_SEGMENTS small segments are merged into one;
//   - when the small ones hold more than 1/FOLD_SHARE of the main segment,
//     they are folded into it, a batch of rows per transaction, written under
//     a fresh key (readers see the old rows until the last transaction
//     switches the state: an entry counts only in the segment its version
//     falls in).
// A merge in one page leaves the segments alone for the others (busyUntil).
//
// Rows are written once and never over: a merge writes its segment under a
// fresh key and deletes the rows it replaced afterwards, a few hundred KB per
// transaction, each row by its key. Chromium keeps an undo log of what a
// transaction deletes or overwrites (the old values), and its dead entries
// stay in LevelDB, read again by every later open of the database, until a
// compaction drops them: 40 MB deleted in one transaction cost 3,800 block
// reads at each open after; in 250 KB transactions, 900 (bench, random
// values). An index built by merging 10 chunks in place and deleting them in
// one transaction made the first open of a 10,000-clipping library read
// 10,500 blocks (0.2–0.6 s); this way, 2,700.

import Dexie, { type Transaction } from 'dexie';
import { clippingTerms } from '../../searchable';
import { db } from '../db';
import type { Clipping } from '../types';
import { backgroundTurn } from './background-turn';
import { bucketsFor, RowBuilder } from './build';
import { buildInProgress, buildUnderLock } from './build-lock';
import { termBucket } from './codec';
import { applyRecent, docsShard, docVersion, readDocs, writeDocs } from './docs';
import { commonAt, commonInRows, SIZES, sizesKey, sizesRow } from './sizes';
import { dateNumber, emptyDocs, emptyState, metaTable, readState, seenBuilt } from './state';
import { rowKey, type DocsRow, type PostingRow, type RecentRow, type ScratchRow, type SearchState, type Segment } from './types';

/** Recent rows that make a merge due at once; fewer wait MERGE_DELAY_MS after the last write (or a search that finds MERGE_AT). */
export const MERGE_AT = 64;
/** Short enough for a service worker (which lives ~30 s after its last event) to merge what it wrote. */
const MERGE_DELAY_MS = 20_000;
const SMALL_SEGMENTS = 6;
const FOLD_SHARE = 8;
/** Buckets per transaction when folding into the main segment, at most. */
const FOLD_BATCH = 128;
/** Bytes of rows a transaction that deletes aims at (see above). */
const DELETE_TX_BYTES = 256 * 1024;
/** Bytes of new rows written per transaction, about: under the size at which Chromium keeps an undo log (1 MB, it seems). */
const WRITE_TX_BYTES = 512 * 1024;
/** Bytes of a clipping's entries in a segment, when a segment does not say (before `bytes` was kept). */
const BYTES_PER_CLIPPING = 6000;
/** Recent rows deleted per transaction after a merge (a few thousand grams each). */
const RECENT_DELETE_BATCH = 8;
/** Recent rows read per read-only transaction by a merge: a save waits for one such read at most. */
const RECENT_READ_BATCH = 8;
/**
 * A merge's work on the page's main thread between turns for the page's
 * other work: a save has a dozen steps, each waiting for the main thread
 * after an IndexedDB answer (slices of 4 ms held a save up 54 ms, traced).
 */
const SLICE_MS = 2;
/** Clippings per chunk while building the index from scratch. */
const REBUILD_CHUNK = 1000;
/** Bytes of a chunk's scratch record, about: above 64 KB Chromium stores a value as a file of its own. */
const SCRATCH_BYTES = 256 * 1024;
const SCRATCH = 'build:';
/** Rows of the old words table (format 3) deleted per transaction: each had dozens of index entries. */
const WORDS_BATCH = 16;
const LEASE_MS = 60_000;

const postingTables = () => [db.table('searchMeta'), db.table('searchRecent'), db.table('postings')];
const lastHi = (state: SearchState) => state.segments.reduce((m, s) => Math.max(m, s.hi), 0);

const rowsOf = (seg: number) => db.table<PostingRow>('postings').where('[seg+bucket]').between([seg, Dexie.minKey], [seg, Dexie.maxKey]);

/** Bytes the rows take, about (what structured clone stores of them). */
export function rowsBytes(rows: readonly PostingRow[]): number {
  return rows.reduce((sum, r) => sum + r.data.length + r.terms.length * 8 + r.offsets.length * 4 + 16, 0);
}

const bytesPerRow = (s: Segment) => (s.bytes ?? s.n * BYTES_PER_CLIPPING) / s.buckets;

/** Buckets per transaction, so that each moves about `budget` bytes of rows of `perRow` bytes each. */
const spanFor = (perRow: number, budget: number, buckets: number) => Math.max(1, Math.min(buckets, Math.floor(budget / Math.max(1, perRow))));

/**
 * Deletes the rows under postings key `key` (a segment no longer in the
 * state, never read again), a span of buckets per transaction, each
 * deleted by its own key: small deletes leave Chromium nothing to read again
 * at its next open (see above).
 */
export async function deleteRows(key: number, buckets: number, perRow: number): Promise<void> {
  const span = spanFor(perRow, DELETE_TX_BYTES, buckets);
  for (let from = 0; from < buckets; from += span) {
    await db.transaction('rw', db.table('postings'), async (tx) => {
      const table = tx.table<PostingRow, [number, number]>('postings');
      const keys = await table.where('[seg+bucket]').between([key, from], [key, from + span]).primaryKeys();
      if (keys.length) await table.bulkDelete(keys);
    });
  }
}

/** Deletes every row of a table, `per` a transaction (not clear(): see above). */
async function deleteAllRows(name: 'postings' | 'searchIndex', per: number): Promise<void> {
  for (;;) {
    const more = await db.transaction('rw', db.table(name), async (tx) => {
      const table = tx.table(name);
      const keys = await table.toCollection().limit(per).primaryKeys();
      if (keys.length) await table.bulkDelete(keys);
      return keys.length > 0;
    });
    if (!more) return;
  }
}

/** Writes new rows, about WRITE_TX_BYTES a transaction (see above). */
async function putRows(rows: readonly PostingRow[]): Promise<void> {
  let at = 0;
  while (at < rows.length) {
    let end = at;
    let bytes = 0;
    while (end < rows.length && (end === at || bytes + rowsBytes([rows[end]]) <= WRITE_TX_BYTES)) bytes += rowsBytes([rows[end++]]);
    const batch = rows.slice(at, end);
    await db.transaction('rw', db.table('postings'), (tx) => tx.table('postings').bulkPut(batch));
    at = end;
  }
}

/**
 * Deletes the recent rows of these ids that the state no longer lists
 * (merged), a few per transaction. A write puts a clipping's recent row and
 * lists its version in the state in one transaction, so a listed id's row
 * is the current one and an unlisted id's row is stale: the state alone
 * says which go, without reading the rows (30 KB each) while saves wait.
 */
async function deleteRecent(ids: readonly number[]): Promise<void> {
  for (let at = 0; at < ids.length; at += RECENT_DELETE_BATCH) {
    const batch = ids.slice(at, at + RECENT_DELETE_BATCH);
    await db.transaction('rw', db.table('searchMeta'), db.table('searchRecent'), async (tx) => {
      const state = await readState(tx);
      const gone = batch.filter((id) => !state.recent.has(id));
      if (gone.length) await tx.table<RecentRow, number>('searchRecent').bulkDelete(gone);
    });
  }
}

/** Ids of recent rows the state does not list (merged, not yet deleted): their keys only, read-only. */
async function orphanRecent(): Promise<number[]> {
  return db.transaction('r', db.table('searchMeta'), db.table('searchRecent'), async (tx) => {
    const state = await readState(tx);
    const ids = (await tx.table<RecentRow, number>('searchRecent').toCollection().primaryKeys()) as number[];
    return ids.filter((id) => !state.recent.has(id));
  });
}

/**
 * Merges every recent row into a new small segment. Resolves to how many
 * rows it merged. Saves are held up only by short transactions: one takes
 * the recent rows' ids and versions from the state and reserves their new
 * versions [lo, hi] (it reads no recent row: 64 of them are 2 MB, and a
 * save waited behind that read), the rows themselves are then read a few
 * per read-only transaction, and one switches the state; the rows are
 * built between them (giving the page's own work a turn every few ms) and
 * written to `postings` alone (which no save touches), under a segment key
 * no reader knows yet. A clipping written again meanwhile keeps its newer
 * recent row (its entries in the new segment are stale by version and
 * never count). The merged recent rows are deleted after the switch,
 * unless `leaveMerged()` says otherwise then (the background, while saves
 * keep coming): a later merge deletes them.
 */
export async function mergeRecent(leaveMerged: () => boolean = () => false): Promise<number> {
  const taken = await db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    if (!state.built) return null;
    if (state.recent.size === 0) return { listed: [], lo: 0 };
    const listed = [...state.recent].sort((a, b) => a[0] - b[0]);
    // Fresh versions, above every segment's and every write's so far: the new segment is [lo, hi].
    const lo = Math.max(lastHi(state), state.version) + 1;
    state.version = lo + listed.length - 1;
    await metaTable(tx).put(state);
    return { listed, lo };
  });
  if (!taken) return 0;
  // Rows no longer listed were merged already and wait to be deleted (deleteRecent).
  const orphans = await orphanRecent();
  const { listed, lo } = taken;
  if (listed.length === 0) {
    if (!leaveMerged()) await deleteRecent(orphans);
    return 0;
  }
  // Read as they are now, a few per transaction; a row written again since keeps its newer version and is left for the next merge.
  const recent: RecentRow[] = [];
  const versions: number[] = [];
  for (let at = 0; at < listed.length; at += RECENT_READ_BATCH) {
    const batch = listed.slice(at, at + RECENT_READ_BATCH);
    const rows = await db.transaction('r', db.table('searchRecent'), (tx) => tx.table<RecentRow, number>('searchRecent').bulkGet(batch.map(([id]) => id)));
    rows.forEach((row, i) => {
      if (!row || row.v !== batch[i][1]) return;
      recent.push(row);
      versions.push(lo + at + i);
    });
  }
  const hi = lo + listed.length - 1;
  const builder = new RowBuilder();
  let started = performance.now();
  for (let i = 0; i < recent.length; i++) {
    const row = recent[i];
    if (!row.deleted && row.grams && row.codes) builder.addClipping(row.id, row.grams, row.codes);
    // Let the page's own work (a save, a search) in between.
    if (performance.now() - started >= SLICE_MS) {
      await backgroundTurn();
      started = performance.now();
    }
  }
  const live = recent.filter((row) => !row.deleted).length;
  const buckets = bucketsFor(builder.entries);
  const rows = live > 0 ? await builder.rowsInSlices(lo, buckets, SLICE_MS, backgroundTurn) : [];
  await putRows(rows);
  const bytes = rowsBytes(rows);
  const sizes = live > 0 ? sizesRow(lo, builder.commonTerms(commonAt(live))) : null;

  const done = await db.transaction('rw', postingTables(), async (tx) => {
    const state = await readState(tx);
    // Only rows still as they were read (not written again, not merged by another page meanwhile).
    const merged = recent.map((row, i) => ({ row, version: versions[i] })).filter(({ row }) => state.recent.get(row.id) === row.v);
    if (merged.length === 0 || !state.built) return { merged: 0, unused: live > 0 };
    // Only the shards of what it merged (new clippings: the last one), not every clipping's.
    const docs = await readDocs(tx, merged.map(({ row }) => docsShard(row.id)));
    if (live > 0) state.segments.push({ lo, hi, n: live, buckets, bytes });
    if (sizes) await metaTable(tx).put(sizes);
    for (const { row } of merged) state.recent.delete(row.id);
    state.gen++;
    state.merged++;
    await metaTable(tx).put(state);
    await writeDocs(tx, applyRecent(docs, merged), merged.map(({ row }) => row.id));
    return { merged: merged.length, unused: false };
  });
  // Out of the state now: deleted in small transactions (see above).
  if (done.unused) await deleteRows(lo, buckets, bytes / buckets);
  // The merged recent rows too, unless the caller says saves are coming (each delete holds them up, and
  // 8 of them did while a burst of saves went on): then the merge after the pause deletes them (orphanRecent).
  if (!leaveMerged()) await deleteRecent([...recent.map((r) => r.id), ...orphans]);
  return done.merged;
}

let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
/** When this page's last write committed (scheduleMerge). */
let lastWriteAt = 0;
/** Writes this long ago or more: a burst of saves is over, and a merge may delete what it merged. */
const QUIET_MS = 1000;

/**
 * Called after every write commits, with how many recent rows wait: merges
 * at once when MERGE_AT or more do, else once writes pause for
 * MERGE_DELAY_MS (a page reads only the recent rows it has not seen, so a
 * few dozen cost a search little, and merging each save alone would rewrite
 * the docs row each time).
 */
export function scheduleMerge(recent: number): void {
  lastWriteAt = Date.now();
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
      await mergeRecent(() => Date.now() - lastWriteAt < QUIET_MS);
      await tidySegments();
      await addMissingSizes();
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

/**
 * Writes the sizes (sizes.ts) of segments stored without them (an index
 * built before they were kept), in the background after a merge: their
 * rows are read back a span of buckets per read-only transaction (a few
 * hundred KB each), each list's entries counted; the row is written only
 * if the segment is still in the state then. Until then, such a segment's
 * queries read every row, as they did.
 */
export async function addMissingSizes(): Promise<void> {
  const { state, has } = await db.transaction('r', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    const keys = state.segments.map(sizesKey);
    return { state, has: new Set((await metaTable(tx).bulkGet(keys)).map((row, i) => (row ? keys[i] : ''))) };
  });
  if (!state.built) return;
  for (const seg of state.segments) {
    if (has.has(sizesKey(seg))) continue;
    const min = commonAt(seg.n);
    const common: Array<[number, number]> = [];
    const span = spanFor(bytesPerRow(seg), WRITE_TX_BYTES, seg.buckets);
    for (let from = 0; from < seg.buckets; from += span) {
      const rows = await db.transaction('r', db.table('postings'), (tx) =>
        tx.table<PostingRow>('postings').where('[seg+bucket]').between([rowKey(seg), from], [rowKey(seg), from + span]).toArray(),
      );
      commonInRows(rows, min, common);
      await backgroundTurn();
    }
    await db.transaction('rw', db.table('searchMeta'), async (tx) => {
      const now = await readState(tx);
      if (now.segments.some((s) => rowKey(s) === rowKey(seg))) await metaTable(tx).put(sizesRow(rowKey(seg), common));
    });
  }
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
  // A fresh key for the merged rows (a version no clipping will take): nothing is written over.
  const { docs, key } = await db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    state.version = Math.max(state.version, lastHi(state)) + 1;
    await metaTable(tx).put(state);
    return { docs: await readDocs(tx), key: state.version };
  });
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
    for (const row of await rowsOf(rowKey(seg)).toArray()) {
      row.terms.forEach((term, i) => {
        const b = termBucket(term, buckets);
        let list = extra.get(b);
        if (!list) extra.set(b, (list = []));
        list.push({ term, data: row.data, from: row.offsets[i], end: row.offsets[i + 1], seg });
      });
    }
  }
  const out: Segment = { lo: first.lo, hi: Math.max(...inputs.map((s) => s.hi)), n: inputs.reduce((n, s) => n + s.n, 0), buckets, key, bytes: 0 };
  const span = Math.min(FOLD_BATCH, spanFor(inputs.reduce((sum, s) => sum + bytesPerRow(s) * (s.buckets / buckets), 0), WRITE_TX_BYTES, buckets));
  const common: Array<[number, number]> = [];
  for (let from = 0; from < buckets; from += span) {
    const to = Math.min(buckets, from + span);
    await db.transaction('rw', db.table('postings'), async (tx) => {
      const table = tx.table<PostingRow>('postings');
      const builder = new RowBuilder();
      for (const seg of same) {
        const rows = await table.where('[seg+bucket]').between([rowKey(seg), from], [rowKey(seg), to]).toArray();
        for (const row of rows) row.terms.forEach((term, i) => builder.addList(term, row.data, row.offsets[i], row.offsets[i + 1], keepFor(seg)));
      }
      for (let b = from; b < to; b++) for (const e of extra.get(b) ?? []) builder.addList(e.term, e.data, e.from, e.end, keepFor(e.seg));
      const rows = builder.rows(key, buckets);
      out.bytes! += rowsBytes(rows);
      for (const c of builder.commonTerms(commonAt(out.n))) common.push(c);
      await table.bulkPut(rows);
    });
    onProgress?.(to, buckets);
    // Let the page's own work (a save, a search) in between.
    await backgroundTurn();
  }
  // Switch: the merged segment replaces its inputs, whose rows are then deleted, a few at a time.
  await db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    const los = new Set(inputs.map((s) => s.lo));
    state.segments = [...state.segments.filter((s) => !los.has(s.lo)), out].sort((a, b) => a.lo - b.lo);
    state.merged++;
    state.gen++;
    await metaTable(tx).put(state);
    await metaTable(tx).bulkDelete(inputs.map(sizesKey));
    await metaTable(tx).put(sizesRow(key, common));
  });
  for (const seg of inputs) await deleteRows(rowKey(seg), seg.buckets, bytesPerRow(seg));
}

/**
 * Builds the index from every clipping (data from before it, or of an older
 * format) as one segment, each row written once. First pass: chunks of
 * REBUILD_CHUNK clippings, each chunk's rows kept as scratch in a few large
 * records, one per span of buckets (over the size at which Chromium stores a
 * value as a file of its own, so deleting them leaves LevelDB nothing to
 * read again); second pass: per span, every chunk's scratch merged into the
 * final rows. Writes meanwhile go to recent rows as always. Resolves to how
 * many clippings.
 */
export async function rebuildIndex(onProgress?: (done: number, total: number) => void): Promise<number> {
  const { start, old } = await db.transaction('rw', postingTables(), async (tx) => {
    const old = await readState(tx);
    const state: SearchState = { ...emptyState(), version: old.version, gen: old.gen + 1, merged: old.merged + 1, busyUntil: Date.now() + LEASE_MS };
    await metaTable(tx).put(state);
    await writeDocs(tx, emptyDocs());
    await metaTable(tx).where('key').startsWith(SCRATCH).delete(); // of a rebuild that stopped halfway
    await metaTable(tx).where('key').startsWith(SIZES).delete();
    return { start: state.version, old: old.segments };
  });
  // The old rows (out of the state now), a few at a time, then any left by a merge that stopped halfway.
  for (const seg of old) await deleteRows(rowKey(seg), seg.buckets, bytesPerRow(seg));
  await deleteAllRows('postings', 32);
  // Format 3 kept Latin words in a table of their own (now terms of the rows): emptied, a few rows a transaction.
  await deleteAllRows('searchIndex', WORDS_BATCH);
  const ids = (await db.table<Clipping, number>('clippings').toCollection().primaryKeys()).sort((a, b) => a - b);
  // Versions for every clipping, reserved: clipping i gets lo + i, the segment is [lo, lo + n − 1], its rows' key lo.
  const lo = await db.transaction('rw', db.table('searchMeta'), async (tx) => {
    const state = await readState(tx);
    const first = state.version + 1;
    state.version += ids.length;
    state.busyUntil = Date.now() + LEASE_MS;
    await metaTable(tx).put(state);
    return first;
  });
  onProgress?.(0, ids.length);
  const docIds: number[] = [];
  const versions: number[] = [];
  const dates: number[] = [];
  const created: number[] = [];
  let buckets = 0;
  let spans = 0;
  let chunks = 0;
  for (let at = 0; at < ids.length; at += REBUILD_CHUNK, chunks++) {
    const rows = await db.table<Clipping, number>('clippings').bulkGet(ids.slice(at, at + REBUILD_CHUNK));
    const builder = new RowBuilder();
    let added = 0;
    rows.forEach((c, i) => {
      if (!c) return; // deleted meanwhile
      const terms = clippingTerms(c);
      builder.addClipping(c.id, terms.grams, terms.codes);
      added++;
      docIds.push(c.id);
      versions.push(lo + at + i);
      dates.push(dateNumber(c.date));
      created.push(c.createdAt);
    });
    // Rows for the whole collection's size from the first chunk's; spans of buckets of about SCRATCH_BYTES a chunk.
    buckets ||= bucketsFor((builder.entries / Math.max(1, added)) * ids.length);
    const made = builder.rows(lo, buckets);
    spans ||= Math.min(buckets, 2 ** Math.ceil(Math.log2(Math.max(1, rowsBytes(made) / SCRATCH_BYTES))));
    const scratch: ScratchRow[] = Array.from({ length: spans }, (_, s) => ({ key: `${SCRATCH}${s}:${chunks}`, rows: [] }));
    for (const row of made) scratch[Math.floor((row.bucket * spans) / buckets)].rows.push(row);
    await db.transaction('rw', db.table('searchMeta'), async (tx) => {
      const state = await readState(tx);
      await metaTable(tx).bulkPut(scratch);
      state.busyUntil = Date.now() + LEASE_MS;
      await metaTable(tx).put(state);
    });
    onProgress?.(Math.min(ids.length, at + REBUILD_CHUNK), ids.length);
  }
  // Second pass: each span's final rows from every chunk's scratch (chunks hold ascending ids: lists only join).
  let bytes = 0;
  const common: Array<[number, number]> = [];
  for (let s = 0; s < spans; s++) {
    const keys = Array.from({ length: chunks }, (_, c) => `${SCRATCH}${s}:${c}`);
    const parts = (await db.table('searchMeta').bulkGet(keys)) as Array<ScratchRow | undefined>;
    const builder = new RowBuilder();
    for (const part of parts) for (const row of part?.rows ?? []) row.terms.forEach((term, i) => builder.addList(term, row.data, row.offsets[i], row.offsets[i + 1], () => true));
    const rows = builder.rows(lo, buckets);
    bytes += rowsBytes(rows);
    for (const c of builder.commonTerms(commonAt(docIds.length))) common.push(c);
    await putRows(rows);
    await db.transaction('rw', db.table('searchMeta'), async (tx) => {
      await metaTable(tx).bulkDelete(keys);
      const state = await readState(tx);
      state.busyUntil = Date.now() + LEASE_MS;
      await metaTable(tx).put(state);
    });
    // Let the page's own work (a save, a search) in between.
    await backgroundTurn();
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
    // Recent rows from before the rebuild: what they hold is in the segment now.
    await tx.table<RecentRow, number>('searchRecent').filter((r) => r.v <= start).delete();
    for (const [id, v] of state.recent) if (v <= start) state.recent.delete(id);
    if (docIds.length) {
      state.segments = [{ lo, hi: lo + ids.length - 1, n: docIds.length, buckets, bytes }];
      await metaTable(tx).put(sizesRow(lo, common));
    }
    state.built = true;
    state.gen++;
    state.merged++;
    delete state.busyUntil;
    await metaTable(tx).put(state);
    await writeDocs(tx, docs);
  });
  return docIds.length;
}

/** Rebuilds unless another page finished a build while this one waited for the lock. */
async function rebuildIndexIfNotBuilt(onProgress?: (done: number, total: number) => void): Promise<void> {
  const state = await db.transaction('r', db.table('searchMeta'), (tx) => readState(tx));
  if (!state.built) await rebuildIndex(onProgress);
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
      if (state.built) {
        // Seen built: this page's next search need not ask again (a read that finds otherwise says so).
        seenBuilt.connection = db.backendDB();
        break;
      }
      // Another page's build holds the lease; a lease whose page is gone does not (build-lock.ts).
      const leased = (state.busyUntil ?? 0) > Date.now() && (await buildInProgress());
      if (leased || !(await buildUnderLock(() => rebuildIndexIfNotBuilt(onProgress)))) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
    }
  })().finally(() => {
    building = null;
  });
  return building;
}
