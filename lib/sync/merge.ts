// Three-way merge of one clipping changed on both sides since the last sync.
// Per field: the side that changed it wins; when both changed it to
// different values, the later writer's value goes in the clipping and the
// other side's whole version is kept as a conflict copy (nothing is lost).
// Tags merge as sets: additions and removals from both sides all apply.
import { normaliseTags } from '../db/normalise';
import { fieldHashes, SYNC_FIELDS, type FieldHashes, type SyncField, type SyncRecord } from './record';

export interface SyncBase {
  hashes: FieldHashes;
  tags: string[];
}

export interface MergeOutcome {
  merged: SyncRecord;
  /** Fields both sides changed differently; non-empty means `loser` must be kept as a copy. */
  conflicts: SyncField[];
  /** The version that lost at least one field (whole, as it was). */
  loser: SyncRecord | null;
}

/** Tags: base, minus what either side removed, plus what either side added (order: local's, then remote's new ones). */
export function mergeTags(base: readonly string[], local: readonly string[], remote: readonly string[]): string[] {
  const removed = new Set([...base.filter((t) => !local.includes(t)), ...base.filter((t) => !remote.includes(t))]);
  return normaliseTags([...local, ...remote].filter((t) => !removed.has(t)));
}

/**
 * `base` is null when the two were never synced with each other (two copies
 * of one article linked at a first sync): every difference is then a
 * conflict. The later `updatedAt` is the later writer; on a tie, remote.
 */
export function mergeRecords(base: SyncBase | null, local: SyncRecord, remote: SyncRecord): MergeOutcome {
  const lh = fieldHashes(local);
  const rh = fieldHashes(remote);
  const localIsLater = local.updatedAt > remote.updatedAt;
  const merged: SyncRecord = { ...remote, uid: local.uid };
  const m = merged as unknown as Record<SyncField, unknown>;
  const conflicts: SyncField[] = [];
  for (const f of SYNC_FIELDS) {
    if (lh[f] === rh[f]) continue;
    const localChanged = !base || lh[f] !== base.hashes[f];
    const remoteChanged = !base || rh[f] !== base.hashes[f];
    if (f === 'tags') {
      m.tags = mergeTags(base?.tags ?? [], local.tags, remote.tags);
    } else if (f === 'createdAt') {
      m.createdAt = Math.min(local.createdAt, remote.createdAt);
    } else if (localChanged && !remoteChanged) {
      m[f] = local[f];
    } else if (localChanged && remoteChanged) {
      conflicts.push(f);
      m[f] = localIsLater ? local[f] : remote[f];
    }
  }
  merged.updatedAt = Math.max(local.updatedAt, remote.updatedAt);
  if (local.conflictOf || remote.conflictOf) merged.conflictOf = local.conflictOf ?? remote.conflictOf;
  return { merged, conflicts, loser: conflicts.length ? (localIsLater ? remote : local) : null };
}
