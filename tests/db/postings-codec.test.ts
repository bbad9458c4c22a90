// The posting lists' byte format and the rows they are packed in.
import { describe, expect, it } from 'vitest';
import { RowBuilder, bucketsFor } from '@/lib/db/postings/build';
import { addCurrentById, addListById, decodeCurrent, decodeCurrentAmong, decodeList, encodeList, firstAtLeast, listAmong, markCurrent, markList, mergeDisjoint, termBucket, type DecodedList } from '@/lib/db/postings/codec';
import { gramKeyOf, gramText } from '@/lib/searchable';

const k = gramKeyOf;

describe('posting lists', () => {
  it('round-trip ids and codes, one byte an entry for close ids', () => {
    const ids = [1, 2, 3, 10, 11, 200, 70_000, 2 ** 31 - 1];
    const codes = [0, 8, 4, 12, 1, 15, 3, 9];
    const bytes = encodeList(ids, codes);
    const back = decodeList(bytes);
    expect(Array.from(back.ids.subarray(0, back.length))).toEqual(ids);
    expect(Array.from(back.codes.subarray(0, back.length))).toEqual(codes);
    expect(encodeList([5, 6, 7, 8], [1, 1, 1, 1])).toHaveLength(4);
  });

  it('decode keeps only what the filter accepts', () => {
    const list = decodeList(encodeList([1, 2, 3, 4], [0, 1, 2, 3]), (id) => id % 2 === 0);
    expect(Array.from(list.ids.subarray(0, list.length))).toEqual([2, 4]);
    expect(Array.from(list.codes.subarray(0, list.length))).toEqual([1, 3]);
  });

  it('decodeCurrent keeps the entries whose current version is in the segment, past the dense array too', () => {
    const bytes = encodeList([1, 2, 3, 9], [0, 1, 2, 3]);
    // Versions by id: 1 → 5, 2 → 20 (rewritten since), 3 → 6; id 9 is past the array: asked for.
    const current = Int32Array.from([0, 5, 20, 6]);
    const asked: number[] = [];
    const list = decodeCurrent(bytes, 0, bytes.length, current, 5, 10, (id) => (asked.push(id), 7));
    expect(Array.from(list.ids.subarray(0, list.length))).toEqual([1, 3, 9]);
    expect(Array.from(list.codes.subarray(0, list.length))).toEqual([0, 2, 3]);
    expect(asked).toEqual([9]);
  });

  it('decodeCurrentAmong and listAmong keep what decodeCurrent keeps, among the ids asked for only', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const entries = (n: number) => Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.3);
    const array = (l: DecodedList) => [Array.from(l.ids.subarray(0, l.length)), Array.from(l.codes.subarray(0, l.length))];
    for (let round = 0; round < 50; round++) {
      const ids = entries(400);
      const codes = ids.map((id) => id % 16);
      const bytes = encodeList(ids, codes);
      // Versions: most ids current in [5, 10]; some rewritten since (20); ids past 300 asked for.
      const current = Int32Array.from({ length: 300 }, () => (random() < 0.8 ? 7 : 20));
      const versionOf = (id: number) => (id % 3 ? 7 : 20);
      const among = Int32Array.from(entries(420));
      const n = among.length - (round % 4);
      const whole = decodeCurrent(bytes, 0, bytes.length, current, 5, 10, versionOf);
      const wanted = new Set(among.subarray(0, n));
      const ids2 = Array.from(whole.ids.subarray(0, whole.length));
      const expected = [ids2.filter((id) => wanted.has(id)), ids2.filter((id) => wanted.has(id)).map((id) => id % 16)];
      expect(array(decodeCurrentAmong(bytes, 0, bytes.length, among, n, current, 5, 10, versionOf))).toEqual(expected);
      expect(array(listAmong(whole, among, n))).toEqual(expected);
    }
    expect(decodeCurrentAmong(encodeList([1, 2], [0, 0]), 0, 2, new Int32Array(0), 0, new Int32Array(3), 0, 9, () => 0).length).toBe(0);
  });

  it('firstAtLeast finds the first place at least a value, galloping from where it is told to start', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const sorted = Int32Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 2000)))).sort();
      const to = sorted.length - 1;
      const from = Math.floor(random() * (to + 1));
      // Its precondition: the value is above sorted[from − 1] and at most sorted[to].
      const low = from > 0 ? sorted[from - 1] + 1 : 0;
      if (low > sorted[to]) continue;
      const value = low + Math.floor(random() * (sorted[to] - low + 1));
      let expected = from;
      while (sorted[expected] < value) expected++;
      expect(firstAtLeast(sorted, from, to, value)).toBe(expected);
    }
  });

  it('decodeCurrentAmong keeps the same for a list of only the newest ids among many older candidates (a newer segment\'s part)', () => {
    const among = Int32Array.from({ length: 5000 }, (_, i) => i * 3);
    const ids = [14_700, 14_703, 14_704, 14_997, 20_000];
    const bytes = encodeList(ids, [1, 2, 3, 4, 5]);
    const current = new Int32Array(30_000).fill(7);
    const got = decodeCurrentAmong(bytes, 0, bytes.length, among, among.length, current, 5, 10, () => 7);
    expect(Array.from(got.ids.subarray(0, got.length))).toEqual([14_700, 14_703, 14_997]);
    expect(Array.from(got.codes.subarray(0, got.length))).toEqual([1, 2, 4]);
  });

  it('decodeCurrentAmong keeps the same with many candidates (looked up in a bitmap): stale versions, long gaps, candidates past the list', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const array = (l: DecodedList) => [Array.from(l.ids.subarray(0, l.length)), Array.from(l.codes.subarray(0, l.length))];
    for (let round = 0; round < 50; round++) {
      // Most ids one to a few apart (one byte an entry), some hundreds apart (two bytes).
      const ids: number[] = [];
      for (let id = 1 + (round % 5); id < 3000; id += random() < 0.05 ? 200 + Math.floor(random() * 300) : 1 + Math.floor(random() * 3)) ids.push(id);
      const codes = ids.map(() => Math.floor(random() * 16));
      const bytes = encodeList(ids, codes);
      const current = Int32Array.from({ length: 4000 }, () => (random() < 0.9 ? 7 : 20));
      const among = Int32Array.from(Array.from({ length: 3500 }, (_, i) => i).filter(() => random() < 0.7));
      const n = among.length - (round % 3) * 100;
      const whole = decodeCurrent(bytes, 0, bytes.length, current, 5, 10, () => 0);
      const wanted = new Set(among.subarray(0, n));
      const keep = Array.from(whole.ids.subarray(0, whole.length)).map((id, i) => [id, whole.codes[i]]).filter(([id]) => wanted.has(id));
      expect(array(decodeCurrentAmong(bytes, 0, bytes.length, among, n, current, 5, 10, () => 0))).toEqual([keep.map((e) => e[0]), keep.map((e) => e[1])]);
    }
  });

  it('markCurrent and markList set in a bitmap of [first, last] the ids decodeCurrent keeps within it: stale versions, ids past the dense array, long gaps', () => {
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const setBits = (bits: Uint32Array, first: number) => {
      const out: number[] = [];
      for (let at = 0; at < bits.length * 32; at++) if ((bits[at >>> 5] >>> (at & 31)) & 1) out.push(first + at);
      return out;
    };
    for (let round = 0; round < 50; round++) {
      const ids: number[] = [];
      for (let id = round % 7; id < 5000; id += random() < 0.05 ? 100 + Math.floor(random() * 900) : 1 + Math.floor(random() * 4)) ids.push(id);
      const bytes = encodeList(ids, ids.map(() => Math.floor(random() * 16)));
      // Versions: most current in [5, 10], some rewritten since; ids from 4000 on past the dense array, asked for.
      const current = Int32Array.from({ length: 4000 }, () => (random() < 0.85 ? 7 : 20));
      const versionOf = (id: number) => (id % 5 ? 7 : 20);
      const first = Math.floor(random() * 2000);
      const last = first + 1 + Math.floor(random() * 3500);
      const whole = decodeCurrent(bytes, 0, bytes.length, current, 5, 10, versionOf);
      const expected = Array.from(whole.ids.subarray(0, whole.length)).filter((id) => id >= first && id <= last);
      const bits = new Uint32Array(((last - first) >>> 5) + 1);
      markCurrent(bytes, 0, bytes.length, bits, first, last, current, 5, 10, versionOf);
      expect(setBits(bits, first)).toEqual(expected);
      const fromList = new Uint32Array(bits.length);
      markList(whole, fromList, first, last);
      expect(setBits(fromList, first)).toEqual(expected);
    }
  });

  it('addCurrentById and addListById intersect by id as the lists intersect, codes combined per word, and give up on an id past the arrays', () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const size = 3000;
    const combined = (a: number, c: number) => (a & c & 8) | Math.min(a & 7, c & 7);
    for (let round = 0; round < 8; round++) {
      // Three terms: two segments' parts of each (an id current in one of them at most), most ids held, stale versions.
      const current = Int32Array.from({ length: size }, (_, id) => (id % 2 ? 7 : 17));
      const terms = [0.9, 0.8, 0.95].map((share) => {
        const entries = Array.from({ length: size }, (_, id) => id).filter(() => random() < share).map((id) => [id, Math.floor(random() * 16)]);
        // Each entry in the segment its version is current in (lo–hi 5–10 or 15–20), and a stale copy in the other now and then.
        const part = (lo: number) => entries.filter(([id]) => current[id] >= lo && current[id] <= lo + 5 || random() < 0.1);
        const parts = [5, 15].map((lo) => {
          const es = part(lo);
          return { bytes: encodeList(es.map((e) => e[0]), es.map((e) => e[1])), lo, hi: lo + 5 };
        });
        return { entries, parts };
      });
      // The same by lists: each term's current entries, intersected; a word's codes combined (the first two terms one word).
      const currentOf = (t: (typeof terms)[number]) => new Map(t.entries.map(([id, code]) => [id, code]));
      const maps = terms.map(currentOf);
      const wantIds = Array.from({ length: size }, (_, id) => id).filter((id) => maps.every((m) => m.has(id)));
      const held = new Uint8Array(size);
      const word0 = new Uint8Array(size).fill(12);
      const word1 = new Uint8Array(size).fill(3);
      const counts: number[] = [];
      terms.forEach((t, i) => {
        const codes = i < 2 ? word0 : word1;
        let n = 0;
        for (const p of t.parts) n += addCurrentById(p.bytes, 0, p.bytes.length, held, i, codes, i === 0 || i === 2, current, p.lo, p.hi);
        counts.push(n);
      });
      expect(counts[2]).toBe(wantIds.length);
      expect(counts[0]).toBe(maps[0].size);
      expect(Array.from({ length: size }, (_, id) => id).filter((id) => held[id] === 3)).toEqual(wantIds);
      expect(wantIds.map((id) => word0[id])).toEqual(wantIds.map((id) => combined(maps[0].get(id)!, maps[1].get(id)!)));
      expect(wantIds.map((id) => word1[id])).toEqual(wantIds.map((id) => maps[2].get(id)));
      // A decoded list: the same.
      const heldList = new Uint8Array(size);
      const codesList = new Uint8Array(size);
      terms.forEach((t, i) => {
        const whole = mergeDisjoint(t.parts.map((p) => decodeCurrent(p.bytes, 0, p.bytes.length, current, p.lo, p.hi, () => 0)));
        addListById(whole, heldList, i, codesList, i === 0);
      });
      expect(heldList.join()).toBe(held.join());
    }
    // An id past the arrays: −1.
    const bytes = encodeList([1, 2, 40], [1, 2, 3]);
    expect(addCurrentById(bytes, 0, bytes.length, new Uint8Array(10), 0, new Uint8Array(10), true, new Int32Array(50).fill(7), 5, 10)).toBe(-1);
    expect(addListById({ ids: Int32Array.of(1, 40), codes: Uint8Array.of(1, 2), length: 2 }, new Uint8Array(10), 0, new Uint8Array(10), true)).toBe(-1);
  });

  it('mergeDisjoint merges ascending lists in step, codes with their ids', () => {
    const list = (ids: number[]): DecodedList => ({ ids: Int32Array.from([...ids, -1]), codes: Uint8Array.from([...ids.map((id) => id % 16), 0]), length: ids.length });
    const merged = mergeDisjoint([list([2, 5, 9]), list([1, 6, 7, 12]), list([]), list([20, 21])]);
    expect(Array.from(merged.ids.subarray(0, merged.length))).toEqual([1, 2, 5, 6, 7, 9, 12, 20, 21]);
    expect(Array.from(merged.codes.subarray(0, merged.length))).toEqual([1, 2, 5, 6, 7, 9, 12, 4, 5]);
    expect(mergeDisjoint([]).length).toBe(0);
    // Lists that follow one another, given in any order.
    const apart = mergeDisjoint([list([30, 31]), list([1, 2]), list([]), list([10, 12])]);
    expect(Array.from(apart.ids.subarray(0, apart.length))).toEqual([1, 2, 10, 12, 30, 31]);
    expect(Array.from(apart.codes.subarray(0, apart.length))).toEqual([1, 2, 10, 12, 14, 15]);
  });

  it('puts a term in the same bucket of a smaller power of two as of a larger one, masked', () => {
    for (const term of ['发', '发展', '的', '𠀀𠀁']) expect(termBucket(k(term), 1024) & 63).toBe(termBucket(k(term), 64));
  });
});

describe('RowBuilder', () => {
  it('packs every term into its bucket, ids ascending even when added out of order, repeats once', () => {
    const b = new RowBuilder();
    b.addClipping(5, [k('中'), k('中国')], [0, 1]);
    b.addClipping(3, [k('中'), k('国')], [8, 2]);
    b.add(k('中'), 3, 8);
    const rows = b.rows(7, 4);
    const lists = new Map<string, number[]>();
    for (const row of rows) {
      expect(row.seg).toBe(7);
      expect([...row.terms]).toEqual([...row.terms].sort((x, y) => x - y));
      row.terms.forEach((term, i) => {
        expect(termBucket(term, 4)).toBe(row.bucket);
        const l = decodeList(row.data, undefined, row.offsets[i], row.offsets[i + 1]);
        lists.set(gramText(term), Array.from(l.ids.subarray(0, l.length)));
      });
    }
    expect(lists).toEqual(new Map([['中', [3, 5]], ['中国', [5]], ['国', [3]]]));
    expect(bucketsFor(1)).toBe(1);
    expect(bucketsFor(4001)).toBe(2);
  });
});
