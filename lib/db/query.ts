// Listing and counting with filters. One index narrows (tag, else source,
// else date range); the other filters run in memory. A personal collection is
// thousands of records, not millions, so sorting the narrowed set is fine.
import type { Collection, InsertType } from 'dexie';
import { db } from './db';
import { readTransaction } from './run';
import type { Clipping, ClippingFilter, ListOptions } from './types';

function matches(c: Clipping, f: ClippingFilter): boolean {
  if (f.source !== undefined && c.source !== f.source) return false;
  if (f.tag !== undefined && !c.tags.includes(f.tag)) return false;
  if (f.from !== undefined && (c.date === null || c.date < f.from)) return false;
  if (f.to !== undefined && (c.date === null || c.date > f.to)) return false;
  return true;
}

function filtered(f: ClippingFilter): Collection<Clipping, number, InsertType<Clipping, 'id'>> | null {
  if (f.tag !== undefined) return db.clippings.where('tags').equals(f.tag).filter((c) => matches(c, f));
  if (f.source !== undefined) return db.clippings.where('source').equals(f.source).filter((c) => matches(c, f));
  if (f.from !== undefined || f.to !== undefined) {
    return db.clippings.where('date').between(f.from ?? '', f.to ?? '\uffff', true, true).filter((c) => matches(c, f));
  }
  return null;
}

/** Newest first (by createdAt, then id). */
export function listClippings(options: ListOptions = {}): Promise<Clipping[]> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = options.limit ?? Infinity;
  return readTransaction(async () => {
    const narrowed = filtered(options);
    if (!narrowed) {
      let all = db.clippings.orderBy('createdAt').reverse().offset(offset);
      if (Number.isFinite(limit)) all = all.limit(limit);
      return all.toArray();
    }
    const rows = await narrowed.toArray();
    rows.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    return rows.slice(offset, offset + limit);
  });
}

export function countClippings(filter: ClippingFilter = {}): Promise<number> {
  return readTransaction(() => (filtered(filter) ?? db.clippings.toCollection()).count());
}

/** Ids of the clippings passing a filter, ascending; null when the filter is empty (all pass). */
export function filteredIds(filter: ClippingFilter): Promise<number[] | null> {
  return readTransaction(async () => {
    const narrowed = filtered(filter);
    if (!narrowed) return null;
    const ids = await narrowed.primaryKeys();
    return [...new Set(ids)].sort((a, b) => a - b);
  });
}
