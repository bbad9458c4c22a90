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
      const out = new Map<number, LocalVersion>();
      for (const id of await db.clippings.toCollection().primaryKeys()) out.set(id, { id, updatedAt: Number.NaN, contentHash: '' });
      // A record missing from an index keeps NaN / '' there: it never counts as untouched, so it is read whole.
      await db.clippings.orderBy('updatedAt').eachKey((key, cursor) => {
        const v = out.get(cursor.primaryKey as number);
        if (v && typeof key === 'number') v.updatedAt = key;
      });
      await db.clippings.orderBy('contentHash').eachKey((key, cursor) => {
        const v = out.get(cursor.primaryKey as number);
        if (v && typeof key === 'string') v.contentHash = key;
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
