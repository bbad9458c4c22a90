// The library as sync first sees it: each clipping's id, write time and
// content hash, read from IndexedDB's indexes alone (no record is loaded, so
// an idle sync of 10,000 clippings does not read 30 MB of text). Whole
// records are loaded only for the clippings a run has to look into.
import { db, getClippings, withStorage } from '../db';
import type { Clipping } from '../db/types';

export type LocalVersion = Pick<Clipping, 'id' | 'updatedAt' | 'contentHash'>;

export function localVersions(): Promise<Map<number, LocalVersion>> {
  return withStorage(() =>
    db.transaction('r', db.clippings, async () => {
      // An index's keys and its primary keys come in the same order, so they pair up.
      // (Whole-list reads: a key cursor step by step took twice as long.)
      const byTime = db.clippings.orderBy('updatedAt');
      const byHash = db.clippings.orderBy('contentHash');
      const [ids, timeIds, times, hashIds, hashes] = await Promise.all([
        db.clippings.toCollection().primaryKeys(),
        byTime.primaryKeys(),
        byTime.keys(),
        byHash.primaryKeys(),
        byHash.keys(),
      ]);
      const out = new Map<number, LocalVersion>();
      // A record missing from an index keeps NaN / '' there: it never counts as untouched, so it is read whole.
      for (const id of ids) out.set(id, { id, updatedAt: Number.NaN, contentHash: '' });
      timeIds.forEach((id, i) => {
        const v = out.get(id);
        if (v && typeof times[i] === 'number') v.updatedAt = times[i] as number;
      });
      hashIds.forEach((id, i) => {
        const v = out.get(id);
        if (v && typeof hashes[i] === 'string') v.contentHash = hashes[i] as string;
      });
      return out;
    }),
  );
}

/** The whole records of these clippings, by id (ids deleted meanwhile are left out). */
export async function loadClippings(ids: Iterable<number>): Promise<Map<number, Clipping>> {
  const all = [...ids];
  const out = new Map<number, Clipping>();
  for (let i = 0; i < all.length; i += 500) {
    for (const c of await getClippings(all.slice(i, i + 500))) if (c) out.set(c.id, c);
  }
  return out;
}
