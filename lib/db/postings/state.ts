// The index's state row, read and written inside transactions.
import type { Table, Transaction } from 'dexie';
import type { DocsRow, SearchMetaRow, SearchState } from './types';

/** Bump when the rows' format or the terms change: the index is built again. */
export const POSTINGS_FORMAT = 4;

export function emptyState(): SearchState {
  return { key: 'state', format: POSTINGS_FORMAT, version: 0, gen: 0, merged: 0, built: false, segments: [], recent: new Map() };
}

export function emptyDocs(): DocsRow {
  return { key: 'docs', ids: new Int32Array(0), versions: new Int32Array(0), dates: new Int32Array(0), created: new Float64Array(0) };
}

export const metaTable = (tx: Transaction): Table<SearchMetaRow, string> => tx.table<SearchMetaRow, string>('searchMeta');

/** The state as stored, or a new one (current format, not built) when there is none or of another format. */
export async function readState(tx: Transaction): Promise<SearchState> {
  const row = (await metaTable(tx).get('state')) as SearchState | undefined;
  if (!row) return emptyState();
  if (row.format !== POSTINGS_FORMAT) return { ...emptyState(), version: row.version, gen: row.gen + 1, merged: row.merged + 1 };
  row.recent ??= new Map();
  return row;
}

/** A publication date as a number that sorts like it: YYYYMMDD, 0 for none. */
export function dateNumber(date: string | null | undefined): number {
  if (!date) return 0;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : 0;
}

/** A date (YYYYMMDD, 0 for none) as days from 1800: sorts like the date, in 17 bits (ranking keys, lib/search). */
export function dayNumber(n: number): number {
  if (n <= 0) return 0;
  const y = (n / 10000) | 0;
  const d = (y - 1800) * 372 + (((n / 100) | 0) % 100) * 31 + (n % 100);
  return d < 1 ? 1 : d > 131071 ? 131071 : d;
}

/**
 * The connection on which this page last found the index built (read.ts):
 * a search then skips asking again (ensureIndexBuilt); a read that finds it
 * not built (another format, a rebuild in another page) clears it.
 */
export const seenBuilt: { connection: IDBDatabase | null } = { connection: null };
