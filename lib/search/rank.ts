// Result order. Compared in turn, the first difference decides:
//   1. more of the words in the title: a title names what the article is about;
//   2. more matches, by doubling (1, 2–3, 4–7, 8–15, 16+): one extra mention
//      of a common word says little, ten times as many says something;
//   3. closer together (multi-word queries): the words in one phrase or
//      sentence beat the same words a page apart;
//   4. newer: publication date, then when it was clipped, then id.
import type { MatchFigures } from './match';

export interface RankedClipping extends MatchFigures {
  id: number;
  /** YYYY-MM-DD or null (undated clippings sort after dated ones). */
  date: string | null;
  createdAt: number;
}

/** The doubling bucket of a match count: 1 → 0, 2–3 → 1, 4–7 → 2 … */
export const countBucket = (count: number): number => (count > 0 ? 31 - Math.clz32(count) : -1);

export function compareRanked(a: RankedClipping, b: RankedClipping): number {
  return (
    b.inTitle - a.inTitle ||
    countBucket(b.count) - countBucket(a.count) ||
    compareSpan(a.span, b.span) ||
    compareDate(a.date, b.date) ||
    b.createdAt - a.createdAt ||
    b.id - a.id
  );
}

function compareSpan(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Newer first; a clipping without a date after every dated one. */
function compareDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/**
 * A publication date as a number that sorts like the string: YYYYMMDD, 0 for
 * none (after every date), -1 for one not written YYYY-MM-DD (no number sorts
 * like it; select.ts then orders by the string).
 */
export function dateNumber(date: string | null): number {
  if (date === null) return 0;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : -1;
}
