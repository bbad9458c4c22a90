// v4 -> v5 (and any older version on its way up): every stored record is
// checked by validate.ts. What can be coerced is rewritten in place; what
// cannot be a clipping (no title and no text, not an object, a key that is
// no id) moves, as it was stored, into the `quarantine` table with the
// reason, so the library opens and nothing is lost (the side panel offers
// its raw data as a JSON file). One record never stops the upgrade: an
// error while checking it quarantines that record alone.
import type { Transaction } from 'dexie';
import { contentHash } from './content-hash';
import { emptyState, metaTable, readState } from './postings/state';
import type { QuarantineRow } from './types';
import { validateClipping } from './validate';

export interface RepairCounts {
  checked: number;
  repaired: number;
  quarantined: number;
}

/** The same stored value, field by field (key order aside). */
function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}

const reasonOf = (error: unknown) => `check failed: ${error instanceof Error ? error.message : String(error)}`;

/**
 * Checks every clipping inside the upgrade transaction `tx`; `now` is the
 * clock for the time checks. When anything changed, the search index (derived
 * data) is marked unbuilt, so the first search builds it from what is stored.
 */
export async function repairStoredClippings(tx: Transaction, now: number = Date.now()): Promise<RepairCounts> {
  const counts: RepairCounts = { checked: 0, repaired: 0, quarantined: 0 };
  const quarantined: Omit<QuarantineRow, 'id'>[] = [];
  await tx
    .table('clippings')
    .toCollection()
    .modify((value: unknown, ctx: { value: unknown; primKey: unknown }) => {
      counts.checked++;
      let reason: string;
      try {
        const checked = validateClipping(value, { now, id: 'required' });
        if (checked.ok && checked.record.id === ctx.primKey) {
          const record = { ...checked.record, contentHash: contentHash(checked.record.title, checked.record.blocks) };
          if (!sameRecord(value as Record<string, unknown>, record)) {
            ctx.value = record;
            counts.repaired++;
          }
          return;
        }
        reason = checked.ok ? `stored under key ${JSON.stringify(ctx.primKey)} but its id is ${checked.record.id}` : checked.reason;
      } catch (error) {
        reason = reasonOf(error);
      }
      quarantined.push({ key: ctx.primKey as QuarantineRow['key'], reason, record: value, at: now });
      counts.quarantined++;
      // Dexie's modify deletes the record when the callback deletes ctx.value.
      delete (ctx as { value?: unknown }).value;
    });
  if (quarantined.length) await tx.table('quarantine').bulkAdd(quarantined);
  if (counts.repaired || counts.quarantined) await forgetSearchIndex(tx);
  return counts;
}

/** The index is derived: its rows go, and the state says "not built" with its counters moving on. */
async function forgetSearchIndex(tx: Transaction): Promise<void> {
  const old = await readState(tx);
  await Promise.all([tx.table('postings').clear(), tx.table('searchRecent').clear(), tx.table('searchIndex').clear()]);
  await metaTable(tx).clear();
  await metaTable(tx).put({ ...emptyState(), version: old.version, gen: old.gen + 1, merged: old.merged + 1 });
}
