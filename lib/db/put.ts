// Writing records exactly as given, for sync (lib/sync): no duplicate
// matching (a conflict copy is the same article on purpose), the caller's
// times kept, the content hash recomputed. One transaction for the batch,
// indexed like every other write (postings/upkeep.ts).
import { contentHash } from './content-hash';
import { indexInWrite } from './postings/upkeep';
import { emptyToNull, normaliseDate, normaliseTags, normaliseUrl } from './normalise';
import { clippingsOf, writeTransaction } from './run';
import type { Clipping } from './types';

/** A record to write: with an id it replaces that clipping, without one it is added. */
export type PutClipping = Omit<Clipping, 'id' | 'contentHash'> & {
  id?: number;
  /**
   * Write only if the stored clipping still has this updatedAt (it was not
   * edited since the caller read it); undefined means "must not exist yet"
   * when an id is given, and is ignored for records without an id.
   */
  expectUpdatedAt?: number;
};

export interface PutResult {
  /** The records written, in input order; null where the precondition failed. */
  written: (Clipping | null)[];
}

export function putClippings(records: readonly PutClipping[]): Promise<PutResult> {
  return writeTransaction(async (tx) => {
    const clippings = clippingsOf(tx);
    const written: (Clipping | null)[] = [];
    for (const { id, expectUpdatedAt, ...fields } of records) {
      if (id !== undefined) {
        const existing = await clippings.get(id);
        if ((existing?.updatedAt ?? undefined) !== expectUpdatedAt) {
          written.push(null);
          continue;
        }
      }
      const record = {
        ...fields,
        url: normaliseUrl(fields.url),
        source: emptyToNull(fields.source),
        date: normaliseDate(fields.date),
        page: emptyToNull(fields.page),
        tags: normaliseTags(fields.tags),
        note: fields.note ?? '',
        blocks: fields.blocks.map((b) => ({ type: b.type, text: b.text })),
        captions: [...fields.captions],
        contentHash: contentHash(fields.title, fields.blocks),
      };
      const clipping: Clipping = id === undefined
        ? { ...record, id: await clippings.add(record as Clipping) }
        : { ...record, id };
      if (id !== undefined) await clippings.put(clipping);
      await indexInWrite(tx, clipping);
      written.push(clipping);
    }
    return { written };
  });
}
