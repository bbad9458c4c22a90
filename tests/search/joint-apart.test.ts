// Two words whose joint pairs (发展 经济: 展经, 济发) a clipping holds may stand
// side by side; the others' span is one more. The joint's lists are set in a
// bitmap of the candidates' range (view.mark, from their rows) and looked up
// for each candidate.
import { describe, expect, it } from 'vitest';
import { markList, type DecodedList } from '@/lib/db/postings/codec';
import { notIn } from '@/lib/search/search';

describe('notIn: candidates holding neither pair of two words\' joint', () => {
  const list = (ids: number[]): DecodedList => ({ ids: Int32Array.from(ids), codes: new Uint8Array(ids.length), length: ids.length });
  /** A view of lists by term (0, 1, …), marked from them. */
  const viewOf = (lists: DecodedList[]) => ({
    list: (g: number) => lists[g],
    mark: (g: number, bits: Uint32Array, first: number, last: number) => markList(lists[g], bits, first, last),
  });

  it('marks each candidate in none of the lists, whatever else the lists hold (ids below, between and above the candidates)', () => {
    const ids = Int32Array.from([3, 5, 8, 40, 41, 90, 0]);
    const got = notIn(ids, 6, [0, 1], viewOf([list([1, 5, 7, 39, 41, 200]), list([2, 90, 91])]));
    expect(Array.from(got)).toEqual([1, 0, 1, 1, 0, 0]);
  });

  it('gives the same where the ids are too far apart for a bitmap of their range', () => {
    const ids = Int32Array.from([10, 2_000_000_000, 2_000_000_005]);
    const got = notIn(ids, 3, [0, 1], viewOf([list([9, 10, 11]), list([2_000_000_005])]));
    expect(Array.from(got)).toEqual([0, 1, 0]);
    expect(Array.from(notIn(ids, 0, [0], viewOf([list([10])])))).toEqual([]);
  });
});
