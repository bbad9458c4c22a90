// Posting lists as bytes: the ids of the clippings that hold a term, in
// ascending order, each with its code (lib/searchable/index-terms.ts: title
// bit and count bucket). Each entry is one varint of (id − previous id) × 16
// + code: one byte for most entries of a common term, two or three for rare
// ones, a sixth of what the ids take as numbers.
import { combinedCode } from '../../searchable';

const STEP = 16;

/** Encodes parallel ascending `ids` and their `codes` (0–15). */
export function encodeList(ids: ArrayLike<number>, codes: ArrayLike<number>, n = ids.length): Uint8Array {
  let out = new Uint8Array(Math.max(16, n * 2));
  let at = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    if (at + 8 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    let v = (ids[i] - prev) * STEP + codes[i];
    prev = ids[i];
    while (v >= 0x80) {
      out[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    out[at++] = v;
  }
  return out.slice(0, at);
}

/**
 * Encodes entries idx[from…to) of parallel `ids` and `codes` (ids ascending;
 * a repeated id is left out) into `out` from `at`, which has room for 8
 * bytes an entry. Returns where it ended.
 */
export function encodeInto(out: Uint8Array, at: number, ids: ArrayLike<number>, codes: ArrayLike<number>, idx: ArrayLike<number>, from: number, to: number): number {
  let prev = 0;
  let first = true;
  for (let k = from; k < to; k++) {
    const e = idx[k];
    const id = ids[e];
    if (!first && id === prev) continue;
    let v = (id - prev) * STEP + codes[e];
    prev = id;
    first = false;
    while (v >= 0x80) {
      out[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    out[at++] = v;
  }
  return at;
}

/** A decoded list: ids ascending, with their codes. */
export interface DecodedList {
  ids: Int32Array;
  codes: Uint8Array;
  length: number;
}

/** Where the entry longEntry read last ends. */
let longEntryEnd = 0;

/**
 * The value of an entry of more than one byte (a gap of 8 ids or more), its
 * first byte `b` read and the rest from `i` on; where it ends is left in
 * longEntryEnd. The decoders below read one-byte entries inline, most of a
 * common term's list; the longer ones are few enough for a call.
 */
function longEntry(bytes: Uint8Array, i: number, b: number): number {
  let v = b & 0x7f;
  let scale = 0x80;
  while (b & 0x80) {
    b = bytes[i++];
    v += (b & 0x7f) * scale;
    scale *= 0x80;
  }
  longEntryEnd = i;
  return v;
}

/** Decodes a list, keeping only the entries `keep` accepts (all without it). */
export function decodeList(bytes: Uint8Array, keep?: (id: number) => boolean, from = 0, end = bytes.length): DecodedList {
  const ids = new Int32Array(end - from);
  const codes = new Uint8Array(end - from);
  let n = 0;
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let v = b;
    if (b >= 0x80) {
      v = longEntry(bytes, i, b);
      i = longEntryEnd;
    }
    const code = v % STEP;
    const id = prev + (v - code) / STEP;
    prev = id;
    if (keep && !keep(id)) continue;
    ids[n] = id;
    codes[n++] = code;
  }
  return { ids, codes, length: n };
}

/**
 * Decodes a list keeping the entries still current in its segment: those
 * whose clipping's current version (`current[id]`, or `versionOf(id)` past
 * the array) is in [lo, hi]. decodeList with the check inlined: a query
 * decodes lists of every clipping, and a callback per entry was most of it.
 */
export function decodeCurrent(
  bytes: Uint8Array, from: number, end: number, current: Int32Array, lo: number, hi: number, versionOf: (id: number) => number,
): DecodedList {
  const ids = new Int32Array(end - from);
  const codes = new Uint8Array(end - from);
  const dense = current.length;
  let n = 0;
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let id: number;
    let code: number;
    if (b < 0x80) {
      // One byte: a gap of under 8 ids, most entries of a common term (integer operations only).
      code = b & 15;
      id = prev + (b >> 4);
    } else {
      const v = longEntry(bytes, i, b);
      i = longEntryEnd;
      code = v % STEP;
      id = prev + (v - code) / STEP;
    }
    prev = id;
    const version = id < dense ? current[id] : versionOf(id);
    if (version < lo || version > hi) continue;
    ids[n] = id;
    codes[n++] = code;
  }
  return { ids, codes, length: n };
}

/**
 * decodeCurrent, keeping only the ids among `among[0…n)` (ascending): a
 * common term's list read for a query whose rarer terms left a few
 * candidates is scanned, not made into arrays of every clipping, and the
 * scan stops past the last candidate.
 */
export function decodeCurrentAmong(
  bytes: Uint8Array, from: number, end: number, among: Int32Array, n: number,
  current: Int32Array, lo: number, hi: number, versionOf: (id: number) => number,
): DecodedList {
  const size = Math.min(n, end - from);
  const dense = current.length;
  if (n === 0) return { ids: new Int32Array(0), codes: new Uint8Array(0), length: 0 };
  const last = among[n - 1];
  if (n * AMONG_BITS_SHARE >= last && last < dense && (end - from) * 4 >= n) return decodeCurrentAmongDense(bytes, from, end, among, n, current, lo, hi, size);
  const ids = new Int32Array(size);
  const codes = new Uint8Array(size);
  let out = 0;
  let j = 0;
  let want = among[0];
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let id: number;
    let code: number;
    if (b < 0x80) {
      // One byte (see decodeCurrent).
      code = b & 15;
      id = prev + (b >> 4);
    } else {
      const v = longEntry(bytes, i, b);
      i = longEntryEnd;
      code = v % STEP;
      id = prev + (v - code) / STEP;
    }
    prev = id;
    if (id < want) continue;
    if (id > last) break;
    if (among[j] < id) j = firstAtLeast(among, j + 1, n - 1, id);
    want = among[j];
    if (id !== want) continue;
    const version = id < dense ? current[id] : versionOf(id);
    if (version < lo || version > hi) continue;
    ids[out] = id;
    codes[out++] = code;
  }
  return { ids, codes, length: out };
}

/**
 * The first place in `sorted[from…to]` (ascending) whose value is at least
 * `value`, which `sorted[to]` is: galloped from `from`, then halved. A
 * segment's list holds a part of the ids (the newest segment, the last few
 * hundred); walking the candidates one by one to its first id went through
 * all 40,000 of a common word's for each term and segment.
 */
export function firstAtLeast(sorted: Int32Array, from: number, to: number, value: number): number {
  let step = 1;
  let lo = from;
  while (lo + step <= to && sorted[lo + step] < value) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(to, lo + step);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Candidates at least one id in this many below the last, and a list not
 * much shorter than them: looked up in a bitmap (decodeCurrentAmongDense).
 */
const AMONG_BITS_SHARE = 64;

/**
 * The bitmap of the last candidates asked for: a query scans several lists
 * among the same ones (a phrase's pairs in each segment). Candidates are
 * never changed in place (each step makes new arrays), so the same array
 * and count are the same candidates.
 */
let lastBits: { among: Int32Array; n: number; bits: Uint32Array } | null = null;

function candidateBits(among: Int32Array, n: number): Uint32Array {
  if (lastBits && lastBits.among === among && lastBits.n === n) return lastBits.bits;
  const bits = new Uint32Array((among[n - 1] >>> 5) + 1);
  for (let k = 0; k < n; k++) bits[among[k] >>> 5] |= 1 << (among[k] & 31);
  lastBits = { among, n, bits };
  return bits;
}

/**
 * decodeCurrentAmong for candidates many among the ids below the last (a
 * phrase of common pairs: 40,000 of 50,000), all below current.length: the
 * candidates as a bitmap, and each entry kept or not without a branch
 * (written at the next place, which moves on only when kept). Whether a
 * common term's entry is a candidate is a coin toss to the processor, and
 * the mispredicted branches cost half the time (measured: 7 lists of 45,000
 * entries, 2.9 → 1.5 ms).
 */
function decodeCurrentAmongDense(
  bytes: Uint8Array, from: number, end: number, among: Int32Array, n: number, current: Int32Array, lo: number, hi: number, size: number,
): DecodedList {
  const last = among[n - 1];
  const bits = candidateBits(among, n);
  // One more place than can be kept: the write past the last kept one lands there.
  const ids = new Int32Array(size + 1);
  const codes = new Uint8Array(size + 1);
  let out = 0;
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let id: number;
    let code: number;
    if (b < 0x80) {
      code = b & 15;
      id = prev + (b >> 4);
    } else {
      const v = longEntry(bytes, i, b);
      i = longEntryEnd;
      code = v % STEP;
      id = prev + (v - code) / STEP;
    }
    prev = id;
    if (id > last) break;
    const version = current[id];
    ids[out] = id;
    codes[out] = code;
    out += ((bits[id >>> 5] >>> (id & 31)) & 1) & +(version >= lo) & +(version <= hi);
  }
  return { ids, codes, length: out };
}

/**
 * Sets, in the bitmap `bits` of ids [first, last] (bit id − first), the ids
 * of a list's entries still current in its segment (as decodeCurrent keeps
 * them) within that range: two words' joint pairs, whose lists are only
 * asked which candidates they hold, are not made into arrays (up to tens of
 * thousands of entries each) to be looked up once and dropped.
 */
export function markCurrent(
  bytes: Uint8Array, from: number, end: number, bits: Uint32Array, first: number, last: number,
  current: Int32Array, lo: number, hi: number, versionOf: (id: number) => number,
): void {
  const dense = current.length;
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let id: number;
    if (b < 0x80) {
      id = prev + (b >> 4);
    } else {
      const v = longEntry(bytes, i, b);
      i = longEntryEnd;
      id = prev + (v - (v % STEP)) / STEP;
    }
    prev = id;
    if (id < first) continue;
    if (id > last) break;
    const version = id < dense ? current[id] : versionOf(id);
    if (version < lo || version > hi) continue;
    const at = id - first;
    bits[at >>> 5] |= 1 << (at & 31);
  }
}

/**
 * Intersects by id (a query whose terms are common: each list holds most
 * clippings): adds a list's entries still current in its segment (as
 * decodeCurrent keeps them) to `held`, the number of the query's terms each
 * id is in so far: an entry whose held[id] is `round` (in every term before
 * this one) goes to round + 1, and the entries that did are counted. Each
 * current entry's code is written to `codes` by id (its word's codes), as it
 * is when `first` (the word's first term), else combined with the code there
 * (combinedCode: title bit if both, the smaller count bucket). Nothing is
 * made into arrays of the list's entries, and no merge of two lists walks
 * both. Returns the count, or −1 at the first id past held.length (ids too
 * spread for arrays by id: the caller intersects another way; what was
 * written is scratch).
 */
export function addCurrentById(
  bytes: Uint8Array, from: number, end: number, held: Uint8Array, round: number, codes: Uint8Array, first: boolean,
  current: Int32Array, lo: number, hi: number,
): number {
  const size = Math.min(held.length, codes.length, current.length);
  let n = 0;
  let prev = 0;
  let i = from;
  while (i < end) {
    const b = bytes[i++];
    let id: number;
    let code: number;
    if (b < 0x80) {
      code = b & 15;
      id = prev + (b >> 4);
    } else {
      const v = longEntry(bytes, i, b);
      i = longEntryEnd;
      code = v % STEP;
      id = prev + (v - code) / STEP;
    }
    prev = id;
    if (id >= size) return -1;
    const version = current[id];
    if (version < lo || version > hi) continue;
    const h = held[id];
    // In every term before (no branch: a coin toss to the processor for a term most, not all, clippings hold).
    const ok = +(h === round);
    held[id] = h + ok;
    n += ok;
    codes[id] = first ? code : combinedCode(codes[id], code);
  }
  return n;
}

/** addCurrentById for a decoded list (every entry current). */
export function addListById(list: DecodedList, held: Uint8Array, round: number, codes: Uint8Array, first: boolean): number {
  const size = Math.min(held.length, codes.length);
  const li = list.ids;
  const lc = list.codes;
  let n = 0;
  for (let j = 0; j < list.length; j++) {
    const id = li[j];
    if (id < 0 || id >= size) return -1;
    const code = lc[j];
    const h = held[id];
    const ok = +(h === round);
    held[id] = h + ok;
    n += ok;
    codes[id] = first ? code : combinedCode(codes[id], code);
  }
  return n;
}

/** markCurrent for a decoded list: its ids within [first, last] set in `bits`. */
export function markList(list: DecodedList, bits: Uint32Array, first: number, last: number): void {
  const li = list.ids;
  for (let j = 0; j < list.length; j++) {
    const id = li[j];
    if (id < first || id > last) continue;
    const at = id - first;
    bits[at >>> 5] |= 1 << (at & 31);
  }
}

/** The entries of `list` whose ids are among `among[0…n)` (both ascending). */
export function listAmong(list: DecodedList, among: Int32Array, n: number): DecodedList {
  const size = Math.min(n, list.length);
  const ids = new Int32Array(size);
  const codes = new Uint8Array(size);
  let out = 0;
  let j = 0;
  for (let i = 0; i < n && j < list.length; i++) {
    const id = among[i];
    while (j < list.length && list.ids[j] < id) j++;
    if (j < list.length && list.ids[j] === id) {
      ids[out] = id;
      codes[out++] = list.codes[j++];
    }
  }
  return { ids, codes, length: out };
}

/**
 * One ascending list from lists whose ids are disjoint (an id is current in
 * one segment or recent row only), each ascending: merged in step, pairwise.
 */
export function mergeDisjoint(lists: readonly DecodedList[]): DecodedList {
  const parts = lists.filter((l) => l.length > 0);
  if (parts.length === 1) return parts[0];
  if (parts.length === 0) return { ids: new Int32Array(0), codes: new Uint8Array(0), length: 0 };
  // Newer segments mostly hold newer (higher) ids: when the lists follow one another, one copy of each.
  parts.sort((a, b) => a.ids[0] - b.ids[0]);
  if (parts.every((l, i) => i === 0 || parts[i - 1].ids[parts[i - 1].length - 1] < l.ids[0])) {
    const n = parts.reduce((sum, l) => sum + l.length, 0);
    const ids = new Int32Array(n);
    const codes = new Uint8Array(n);
    let at = 0;
    for (const l of parts) {
      ids.set(l.ids.subarray(0, l.length), at);
      codes.set(l.codes.subarray(0, l.length), at);
      at += l.length;
    }
    return { ids, codes, length: n };
  }
  let acc = parts[0];
  for (let k = 1; k < parts.length; k++) {
    const b = parts[k];
    if (b.length === 0) continue;
    if (acc.length === 0) {
      acc = b;
      continue;
    }
    const n = acc.length + b.length;
    const ids = new Int32Array(n);
    const codes = new Uint8Array(n);
    let i = 0;
    let j = 0;
    let o = 0;
    if (acc.ids[acc.length - 1] < b.ids[0]) {
      // Newer segments mostly hold newer (higher) ids: one after the other.
      ids.set(acc.ids.subarray(0, acc.length));
      codes.set(acc.codes.subarray(0, acc.length));
      ids.set(b.ids.subarray(0, b.length), acc.length);
      codes.set(b.codes.subarray(0, b.length), acc.length);
    } else {
      while (i < acc.length && j < b.length) {
        if (acc.ids[i] < b.ids[j]) {
          ids[o] = acc.ids[i];
          codes[o++] = acc.codes[i++];
        } else {
          ids[o] = b.ids[j];
          codes[o++] = b.codes[j++];
        }
      }
      for (; i < acc.length; i++, o++) (ids[o] = acc.ids[i]), (codes[o] = acc.codes[i]);
      for (; j < b.length; j++, o++) (ids[o] = b.ids[j]), (codes[o] = b.codes[j]);
    }
    acc = { ids, codes, length: n };
  }
  return acc;
}

/** A gram's bucket among `buckets` (a power of two): its key (lib/searchable gramKey) hashed. */
export function termBucket(gram: number, buckets: number): number {
  const hi = Math.floor(gram / 2 ** 21);
  let h = Math.imul((gram % 2 ** 21) ^ 0x811c9dc5, 0x01000193);
  h = Math.imul(h ^ hi, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) & (buckets - 1);
}

/** Where `gram` is in the ascending `sorted`, or −1. */
export function sortedIndex(sorted: ArrayLike<number>, gram: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < gram) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === gram ? lo : -1;
}
