// Merging records from a backup into the library without losing work.
//
// Each record is matched first by id (only when the record there is the same
// article: a backup from another device may use the same ids for other
// articles), then by url / content hash as in saveClipping. Then:
//   新增 added      no match: added (with its id when that id is free);
//   未变 unchanged  the same version is already here;
//   保留本地 kept   the local copy is as new or newer: left as it is;
//   更新 updated    the backup's copy is newer: its text, and the tags of both;
//                   the local note is kept when the backup's is empty;
//   冲突 conflict   both changed what cannot be combined (two different notes),
//                   or the backup's time was in the future (a wrong clock must
//                   not win): the local copy stays and the backup's is added
//                   beside it as a clipping of its own (conflictOf: local id).
// Records are written in batches, one transaction each (mergeBatch), so a
// long import commits as it goes and a failure loses only its batch.
import { contentHash } from './content-hash';
import { findDuplicate, matchRank } from './dedupe';
import { indexInWrite } from './postings/upkeep';
import { normaliseTags } from './normalise';
import { clippingsOf, writeTransaction, type ClippingsTable } from './run';
import type { Clipping, ImportedClipping, MergeResult } from './types';

/** Records per transaction: large enough to be quick, small enough to commit often. */
export const MERGE_BATCH = 2000;

export interface MergeEntry {
  record: ImportedClipping;
  /** Its time was in the future and clamped to now: it may not replace anything. */
  clampedTime?: boolean;
}

/** Per record: what happened to it (by its place in the batch) and the local record it met. */
export interface MergeOutcome {
  status: 'added' | 'updated' | 'kept' | 'conflict' | 'unchanged';
  title: string | null;
  /** The local clipping it was matched with, if any. */
  localId?: number;
}

export const emptyMergeResult = (): MergeResult => ({ added: 0, updated: 0, kept: 0, conflicts: 0, unchanged: 0 });

const COUNTERS: Record<MergeOutcome['status'], keyof MergeResult> = {
  added: 'added',
  updated: 'updated',
  kept: 'kept',
  conflict: 'conflicts',
  unchanged: 'unchanged',
};

export function countOutcomes(outcomes: readonly MergeOutcome[], into: MergeResult = emptyMergeResult()): MergeResult {
  for (const o of outcomes) into[COUNTERS[o.status]]++;
  return into;
}

const TEXT_FIELDS = ['column', 'kicker', 'title', 'subtitle', 'byline', 'continuation', 'url', 'source', 'date', 'page', 'note'] as const;

/** Same article text and the same own fields (tags in any order). */
export function sameVersion(a: Omit<Clipping, 'id'>, b: Omit<Clipping, 'id'>): boolean {
  if (TEXT_FIELDS.some((key) => (a[key] ?? null) !== (b[key] ?? null))) return false;
  if (a.contentHash !== b.contentHash || a.captions.join('\n') !== b.captions.join('\n')) return false;
  if (a.blocks.length !== b.blocks.length || a.blocks.some((x, i) => x.type !== b.blocks[i].type || x.text !== b.blocks[i].text)) return false;
  return [...a.tags].sort().join('\n') === [...b.tags].sort().join('\n');
}

/** Two notes that cannot both be kept in one: both written, and neither holds the other. */
function notesConflict(local: string, incoming: string): boolean {
  const l = local.trim();
  const i = incoming.trim();
  return l !== '' && i !== '' && !i.includes(l) && !l.includes(i);
}

/** Whether a copy of exactly this version is stored already (a conflict copy made by an earlier import of the same file). */
async function storedCopy(candidate: Omit<Clipping, 'id'>, clippings: ClippingsTable): Promise<Clipping | undefined> {
  const byHash = await clippings.where('contentHash').equals(candidate.contentHash).toArray();
  return byHash.find((c) => sameVersion(c, candidate));
}

/**
 * Merges one batch in one transaction; resolves to each record's outcome, in
 * order. Written flat, with only Dexie calls awaited: Dexie follows its
 * transaction through native awaits only so deep, and a write that loses it
 * runs in a transaction of its own, committed even when the batch fails.
 */
export function mergeBatch(entries: readonly MergeEntry[]): Promise<MergeOutcome[]> {
  return writeTransaction(async (tx) => {
    const outcomes: MergeOutcome[] = [];
    const clippings = clippingsOf(tx);
    for (const { record, clampedTime } of entries) {
      const { id: wantedId, ...fields } = record;
      const candidate: Omit<Clipping, 'id'> = { ...fields, contentHash: contentHash(fields.title, fields.blocks) };
      const title = candidate.title;
      let existing = wantedId === undefined ? undefined : await clippings.get(wantedId);
      const idFree = existing === undefined;
      // The same id is the same article only when it looks like it (another device's ids name other articles);
      // the same id, url and creation time is the same clipping, whatever was edited since (its title, say).
      const sameClipping = existing && existing.createdAt === candidate.createdAt && existing.url === candidate.url;
      if (existing && !sameClipping && matchRank(existing, candidate) === 0) existing = undefined;
      existing ??= await findDuplicate(candidate, clippings);
      // The same version already here, perhaps under another id (a conflict copy an earlier import made).
      const copy = existing && sameVersion(existing, candidate) ? existing : await storedCopy(candidate, clippings);

      let status: MergeOutcome['status'];
      let written: Clipping | null = null;
      if (copy) {
        status = 'unchanged';
      } else if (!existing) {
        status = 'added';
        const id = await clippings.add((wantedId !== undefined && idFree ? { ...candidate, id: wantedId } : candidate) as Clipping);
        written = { ...candidate, id };
      } else if (candidate.updatedAt <= existing.updatedAt && !clampedTime) {
        status = 'kept';
      } else if (clampedTime || notesConflict(existing.note, candidate.note)) {
        // Both versions stay: the local one as it is, the backup's beside it.
        status = 'conflict';
        const conflictCopy = { ...candidate, conflictOf: existing.id };
        written = { ...conflictCopy, id: await clippings.add(conflictCopy as Clipping) };
      } else {
        status = 'updated';
        written = {
          ...existing,
          ...candidate,
          id: existing.id,
          createdAt: Math.min(existing.createdAt, candidate.createdAt),
          tags: normaliseTags([...candidate.tags, ...existing.tags]),
          note: candidate.note.trim() ? candidate.note : existing.note,
        };
        await clippings.put(written);
      }
      if (written) await indexInWrite(tx, written);
      outcomes.push({ status, title, localId: existing?.id ?? copy?.id ?? written?.id });
    }
    return outcomes;
  });
}

/** Merges all records, a batch per transaction (see the top of this file). */
export async function mergeClippings(
  records: readonly ImportedClipping[],
  onProgress?: (done: number, total: number) => void,
): Promise<MergeResult> {
  const result = emptyMergeResult();
  const entries = records.map((record): MergeEntry => ({ record }));
  for (let i = 0; i < entries.length; i += MERGE_BATCH) {
    countOutcomes(await mergeBatch(entries.slice(i, i + MERGE_BATCH)), result);
    onProgress?.(Math.min(i + MERGE_BATCH, entries.length), entries.length);
  }
  return result;
}
