import { describe, expect, it } from 'vitest';
import { DescendingOrder, kthHighest } from '@/lib/search/ceiling-order';
import { seededRandom } from './sample-corpus';

/** The order a full sort gives: key descending, then position descending. */
function sorted(keys: number[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => keys[b] - keys[a] || b - a);
}

describe('DescendingOrder', () => {
  it('gives the positions in the order a full sort does, however it is asked (few keys, many ties)', () => {
    const random = seededRandom(7);
    for (const n of [0, 1, 2, 5, 100, 300, 3000]) {
      const keys = Array.from({ length: n }, () => Math.floor(random() * (n < 50 ? 3 : 1000)));
      const expected = sorted(keys);
      // Small batches, then one large one (sorted), then the rest.
      const order = new DescendingOrder(keys);
      const got: number[] = [];
      let at = 0;
      for (const step of [1, 3, 8, 250, 10, Math.ceil(n / 2), n]) {
        got.push(...order.slice(at, at + step));
        at = Math.min(n, at + step);
      }
      expect(got).toEqual(expected);
      expect(order.length).toBe(n);
      if (n) expect(order.at(n - 1)).toBe(expected[n - 1]);
    }
  });

  it('gives the same order for keys rising or falling with the position (dates rising with the ids), with ties', () => {
    for (const n of [300, 3000]) {
      for (const keys of [Array.from({ length: n }, (_, i) => Math.floor(i / 3)), Array.from({ length: n }, (_, i) => Math.floor((n - i) / 3))]) {
        const expected = sorted(keys);
        const order = new DescendingOrder(keys);
        expect(Array.from(order.slice(0, 300))).toEqual(expected.slice(0, 300));
        expect(Array.from(order.slice(300, n))).toEqual(expected.slice(300));
        const desc = [...keys].sort((a, b) => b - a);
        for (const k of [1, 20, 256, n]) expect(kthHighest(keys, k)).toBe(desc[k - 1]);
      }
    }
  });
});

describe('kthHighest', () => {
  it('is the k-th value of the keys sorted high to low', () => {
    const random = seededRandom(11);
    for (const n of [1, 7, 500]) {
      const keys = Array.from({ length: n }, () => Math.floor(random() * 40));
      const desc = [...keys].sort((a, b) => b - a);
      for (const k of [1, Math.min(2, n), Math.ceil(n / 3), n]) expect(kthHighest(keys, k), `n ${n} k ${k}`).toBe(desc[k - 1]);
    }
  });
});
