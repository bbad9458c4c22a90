// Merging records from a backup: one transaction for the whole file, so a
// failure half-way (quota) leaves the database as it was.
import { contentHash } from './content-hash';
import { db } from './db';
import { findDuplicate, matchRank } from './dedupe';
import { indexInWrite } from './postings/upkeep';
import { writeTransaction } from './run';
import type { Clipping, ImportedClipping, MergeResult } from './types';

/**
 * Each record is matched first by id (only if the record there is the same
 * article: a backup from another device may use the same ids for other
 * articles), then by url/content hash as in saveClipping. A match is replaced
 * when the imported copy was updated later, else left alone ("unchanged").
 * New records keep their id when it is free, so a backup restored into an
 * empty database comes back identical; otherwise they get a new id.
 * The content hash is recomputed, never trusted from the file.
 */
export function mergeClippings(
  records: readonly ImportedClipping[],
  onProgress?: (done: number, total: number) => void,
): Promise<MergeResult> {
  return writeTransaction(async (tx) => {
    const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
    let done = 0;
    for (const record of records) {
      const { id: wantedId, ...fields } = record;
      const candidate = { ...fields, contentHash: contentHash(fields.title, fields.blocks) };
      let existing = wantedId === undefined ? undefined : await db.clippings.get(wantedId);
      const idFree = existing === undefined;
      if (existing && matchRank(existing, candidate) === 0) existing = undefined;
      existing ??= await findDuplicate(candidate);

      if (existing) {
        if (candidate.updatedAt > existing.updatedAt) {
          const clipping: Clipping = {
            ...candidate,
            id: existing.id,
            createdAt: Math.min(existing.createdAt, candidate.createdAt),
          };
          await db.clippings.put(clipping);
          await indexInWrite(tx, clipping);
          result.updated++;
        } else {
          result.unchanged++;
        }
      } else {
        const id = await db.clippings.add(wantedId !== undefined && idFree ? { ...candidate, id: wantedId } : candidate);
        await indexInWrite(tx, { ...candidate, id });
        result.added++;
      }
      onProgress?.(++done, records.length);
    }
    return result;
  });
}
