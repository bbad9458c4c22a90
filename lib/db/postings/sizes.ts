// How many entries a segment's common terms have, kept beside its rows
// ('sizes:K' in searchMeta, K the segment's rowKey): a few hundred terms at
// 50,000 clippings, a few KB. A page reads them once per merge (read.ts,
// with the docs), so a query knows before it reads its rows which of its
// terms are common: a long phrase whose rarest pairs are common anyway
// (全国人民代表大会: 7 pairs, each in most clippings) reads only those
// rows, not the 4 more it would leave unintersected (search.ts, spare).
// Derived data like the rows: a segment without it (an index built before
// it was kept) reads every row, as before.
import type { Transaction } from 'dexie';
import { metaTable } from './state';
import type { PostingRow, Segment, SizesRow } from './types';
import { rowKey } from './types';
import { sortedIndex } from './codec';

/** A term is common in a segment when at least this share of its clippings hold it (and COMMON_MIN of them). */
export const COMMON_SHARE = 1 / 8;
const COMMON_MIN = 16;
export const SIZES = 'sizes:';

/** Entries a term must have to be listed in the sizes of a segment of `n` clippings. */
export const commonAt = (n: number): number => Math.max(COMMON_MIN, Math.ceil(n * COMMON_SHARE));

export const sizesKey = (seg: Segment | number): string => `${SIZES}${typeof seg === 'number' ? seg : rowKey(seg)}`;

/** The row of a segment's rows' key and its common terms ([term, entries], any order). */
export function sizesRow(key: number, common: ReadonlyArray<[number, number]>): SizesRow {
  const sorted = [...common].sort((a, b) => a[0] - b[0]);
  return { key: sizesKey(key), terms: Float64Array.from(sorted, (c) => c[0]), entries: Uint32Array.from(sorted, (c) => c[1]) };
}

/** The sizes of these segments, by rowKey (those without a row left out). */
export async function readSizes(tx: Transaction, segments: readonly Segment[]): Promise<Map<number, SizesRow>> {
  const rows = (await metaTable(tx).bulkGet(segments.map(sizesKey))) as Array<SizesRow | undefined>;
  const out = new Map<number, SizesRow>();
  rows.forEach((row, i) => {
    if (row && row.terms && row.entries) out.set(rowKey(segments[i]), row);
  });
  return out;
}

/**
 * The common terms of stored rows (a segment's, read back): a list's entries
 * are its varints, each ending in the one byte under 0x80, and a list of
 * fewer bytes than `min` has fewer entries.
 */
export function commonInRows(rows: readonly PostingRow[], min: number, out: Array<[number, number]>): void {
  for (const row of rows) {
    const { terms, offsets, data } = row;
    for (let i = 0; i < terms.length; i++) {
      const from = offsets[i];
      const end = offsets[i + 1];
      if (end - from < min) continue;
      let entries = 0;
      for (let at = from; at < end; at++) if (data[at] < 0x80) entries++;
      if (entries >= min) out.push([terms[i], entries]);
    }
  }
}

/** Entries of `term` in a segment's sizes: 0 when not listed (fewer than commonAt), undefined when the segment has none. */
export function entriesIn(row: SizesRow | undefined, term: number): number | undefined {
  if (!row) return undefined;
  const at = sortedIndex(row.terms, term);
  return at < 0 ? 0 : row.entries[at];
}
