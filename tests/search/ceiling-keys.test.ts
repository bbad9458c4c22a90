// The ceiling keys made from tables equal the formula for every code, pair
// of codes and more words, with and without the words side by side.
import { describe, expect, it } from 'vitest';
import { BUCKET_CEILING, ceilingKey, ceilingKeys, gatherById } from '@/lib/search/ceiling-keys';
import { BUCKET_MASK, IN_TITLE } from '@/lib/searchable';

/** The key worked out for one candidate from its words' codes. */
function byFormula(codes: number[], apart: boolean, day: number): number {
  let t = 0;
  let c = 0;
  for (const code of codes) {
    if (code & IN_TITLE) t++;
    c += BUCKET_CEILING[code & BUCKET_MASK];
  }
  return ceilingKey(t, c, apart ? 0 : 1, day);
}

describe('ceilingKeys', () => {
  it('gives each candidate the key of its codes, side by side or not, and its day', () => {
    for (const words of [1, 2, 3]) {
      // Every combination of codes for one and two words; a spread of them for three.
      const n = words === 1 ? 16 : 256;
      const codes = Array.from({ length: words }, (_, k) => Uint8Array.from({ length: n }, (_, i) => (words === 3 ? (i * (k + 3) + k) % 16 : k === 0 ? i % 16 : i >> 4)));
      const apart = Uint8Array.from({ length: n }, (_, i) => i % 3 === 0 ? 1 : 0);
      const day = (i: number) => 19000 + ((i * 37) % 400);
      const keys = ceilingKeys(codes, n, apart, day);
      const plain = ceilingKeys(codes, n, null, day);
      for (let i = 0; i < n; i++) {
        const mine = codes.map((c) => c[i]);
        expect(keys[i]).toBe(byFormula(mine, apart[i] === 1, day(i)));
        expect(plain[i]).toBe(byFormula(mine, false, day(i)));
      }
    }
  });

  it('gives the same keys with the days looked up by id as with dayOf, and falls back to dayOf where an id is past the days', () => {
    const n = 300;
    for (const words of [1, 2, 3]) {
      const codes = Array.from({ length: words }, (_, k) => Uint8Array.from({ length: n }, (_, i) => (i * (k + 5) + 3 * k) % 16));
      const apart = Uint8Array.from({ length: n }, (_, i) => (i % 4 === 1 ? 1 : 0));
      const ids = Int32Array.from({ length: n }, (_, i) => 2 * i + 1);
      const days = Int32Array.from({ length: 2 * n + 1 }, (_, id) => 19000 + ((id * 13) % 500));
      const dayOf = (i: number) => (ids[i] < days.length ? days[ids[i]] : 20000);
      for (const a of [apart, null]) {
        expect(Array.from(ceilingKeys(codes, n, a, dayOf, { ids, days }))).toEqual(Array.from(ceilingKeys(codes, n, a, dayOf)));
        // The last id past the days: every day from dayOf.
        const short = days.subarray(0, 2 * n - 2);
        const shortDay = (i: number) => (ids[i] < short.length ? short[ids[i]] : 20000);
        expect(Array.from(ceilingKeys(codes, n, a, shortDay, { ids, days: short }))).toEqual(Array.from(ceilingKeys(codes, n, a, shortDay)));
      }
    }
  });

  it('orders by title words first, then matches, then side by side, then date', () => {
    // Two words: both in the title beats one in the title with more matches; more matches beat closer; closer beats newer.
    const k = (a: number, b: number, apart: number, day: number) => ceilingKeys([Uint8Array.of(a), Uint8Array.of(b)], 1, Uint8Array.of(apart), () => day)[0];
    expect(k(IN_TITLE, IN_TITLE, 1, 1)).toBeGreaterThan(k(IN_TITLE | 4, 4, 0, 9));
    expect(k(4, 4, 1, 1)).toBeGreaterThan(k(0, 0, 0, 9));
    expect(k(2, 2, 0, 1)).toBeGreaterThan(k(2, 2, 1, 9));
    expect(k(2, 2, 1, 9)).toBeGreaterThan(k(2, 2, 1, 1));
  });
});

describe('gatherById', () => {
  it('gathers the ids in every term with their codes, apart and keys as ceilingKeys makes them from the gathered lists', () => {
    const size = 700;
    const days = Int32Array.from({ length: size }, (_, id) => 19000 + ((id * 29) % 600));
    // Ids in every term: held at the round; some ids held one term less, some not at all.
    const round = 3;
    const held = Uint8Array.from({ length: size + 40 }, (_, id) => (id % 7 === 0 ? 2 : id % 11 === 0 ? 0 : round));
    // Stale values past size must not be read.
    held.fill(round, size);
    const want = Array.from({ length: size }, (_, id) => id).filter((id) => held[id] === round);
    for (const words of [1, 2]) {
      const codesById = Array.from({ length: words }, (_, k) => Uint8Array.from({ length: size + 40 }, (_, id) => (id * (k + 3) + 5 * k) % 16));
      const joint = new Uint32Array((size >>> 5) + 2);
      for (let id = 0; id < size; id++) if (id % 5 === 1 || id % 13 === 4) joint[id >>> 5] |= 1 << (id & 31);
      for (const bits of [joint, null]) {
        const got = gatherById(held, round, size, codesById, bits, days, want.length);
        expect(Array.from(got.ids)).toEqual(want);
        const codes = codesById.map((c) => Uint8Array.from(want, (id) => c[id]));
        codes.forEach((c, k) => expect(Array.from(got.codes[k])).toEqual(Array.from(c)));
        const apart = bits ? Uint8Array.from(want, (id) => ((bits[id >>> 5] >>> (id & 31)) & 1) ^ 1) : null;
        expect(got.apart && Array.from(got.apart)).toEqual(apart && Array.from(apart));
        expect(Array.from(got.keys)).toEqual(Array.from(ceilingKeys(codes, want.length, apart, (i) => days[want[i]])));
      }
    }
  });
});
