// Index upkeep inside every write of lib/db (clippings.ts, merge.ts): the
// clipping's terms (CJK grams and Latin word terms) go to a recent row, in
// the write's own transaction, so a clipping and its index are written,
// or not, together, whatever page writes. Cheap: no posting row is touched
// here; merge.ts moves recent rows into the segments later, in batches.
// Nothing here awaits anything but Dexie calls on the transaction (another
// await would let IndexedDB commit it early).
import type { Transaction } from 'dexie';
import { clippingTerms } from '../../searchable';
import { announceChanged } from '../changes';
import type { Clipping } from '../types';
import { scheduleMerge } from './merge';
import { dateNumber, metaTable, readState } from './state';
import type { RecentRow, SearchState } from './types';

// Ids written per transaction, reported (changes.ts) once it commits; an
// aborted write changed nothing, so nothing is reported.
const touched = new WeakMap<Transaction, { ids: Set<number>; recent: number }>();

function track(tx: Transaction, id: number): void {
  let written = touched.get(tx);
  if (!written) {
    const fresh = { ids: new Set<number>(), recent: 0 };
    touched.set(tx, fresh);
    tx.on('complete', () => {
      announceChanged([...fresh.ids]);
      scheduleMerge(fresh.recent);
    });
    written = fresh;
  }
  written.ids.add(id);
}

// The state row as one write transaction changes it: read at its first
// indexed clipping, written once when the transaction's work is done
// (finishIndexing), so an import of thousands writes it once.
const pending = new WeakMap<Transaction, Promise<SearchState>>();

/** The next version, counted in the state row (every write of a clipping takes one), noted as the clipping's recent version. */
async function nextVersion(tx: Transaction, id: number): Promise<number> {
  let state = pending.get(tx);
  if (!state) pending.set(tx, (state = readState(tx)));
  const s = await state;
  s.version++;
  s.recent.set(id, s.version);
  return s.version;
}

/** Writes the state row changed by this transaction's index upkeep, if any: the last step of every write transaction (run.ts). */
export async function finishIndexing(tx: Transaction): Promise<void> {
  const state = pending.get(tx);
  if (!state) return;
  pending.delete(tx);
  const s = await state;
  s.gen++;
  const written = touched.get(tx);
  if (written) written.recent = s.recent.size;
  await metaTable(tx).put(s);
}

/** Indexes a clipping just added or changed, inside the write's transaction. */
export async function indexInWrite(tx: Transaction, clipping: Clipping): Promise<void> {
  track(tx, clipping.id);
  const { grams, codes } = clippingTerms(clipping);
  const v = await nextVersion(tx, clipping.id);
  const recent: RecentRow = { id: clipping.id, v, grams, codes, date: dateNumber(clipping.date), created: clipping.createdAt };
  await tx.table<RecentRow, number>('searchRecent').put(recent);
}

/** Removes a deleted clipping from the index, inside the write's transaction: a tombstone until the next merge. */
export async function unindexInWrite(tx: Transaction, id: number): Promise<void> {
  track(tx, id);
  const v = await nextVersion(tx, id);
  await tx.table<RecentRow, number>('searchRecent').put({ id, v, deleted: true });
}
