// The plain way, kept as the yardstick the index is measured against: read
// every clipping from IndexedDB, fold it and look for the words. Pages of
// getAll() rather than a cursor, so the yardstick is as fast as a scan gets.
import { db, withStorage, type Clipping, type ClippingFilter } from '../db';
import { paperName } from '../library/papers';
import { foldClipping } from '../searchable';
import { containsWord } from './match';
import { parseQuery } from './query';

const PAGE = 500;

function passes(c: Clipping, f: ClippingFilter): boolean {
  // A paper by any of its names, as the search and the list narrow (lib/library/papers.ts).
  if (f.source !== undefined && c.source !== f.source && (!c.source || !paperName(f.source) || paperName(c.source) !== paperName(f.source))) return false;
  if (f.tag !== undefined && !c.tags.includes(f.tag)) return false;
  if (f.from !== undefined && (c.date === null || c.date < f.from)) return false;
  if (f.to !== undefined && (c.date === null || c.date > f.to)) return false;
  return true;
}

/** Ids of the clippings that match, ascending, found by reading them all. */
export function scanClippings(query: string, filter: ClippingFilter = {}): Promise<number[]> {
  const { include, exclude } = parseQuery(query);
  return withStorage(async () => {
    const ids: number[] = [];
    if (include.length === 0) return ids;
    let after = -Infinity;
    for (;;) {
      const rows = await db.clippings.where(':id').above(after).limit(PAGE).toArray();
      if (rows.length === 0) return ids;
      for (const c of rows) {
        if (!passes(c, filter)) continue;
        const doc = foldClipping(c);
        if (include.every((w) => containsWord(doc, w.text)) && !exclude.some((w) => containsWord(doc, w.text))) ids.push(c.id);
      }
      after = rows[rows.length - 1].id;
    }
  });
}
