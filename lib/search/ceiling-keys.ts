// The ceiling key of every candidate: how well it can rank at best, from
// its words' codes in the posting lists (lib/searchable index-terms: title
// bit and count bucket), as one number that sorts in compareRanked's order.
// A common word or phrase has 40,000–50,000 candidates, and this runs for
// each of them on every query: the part a code gives is looked up in a table
// made once (16 codes, or 256 pairs of codes for two words), not worked out
// for each candidate (a quarter to half a millisecond a query at 50,000).
import { bucketCeiling, BUCKET_MASK, IN_TITLE } from '../searchable';
import { countBucket } from './rank';

/** bucketCeiling of each bucket (0–7). */
export const BUCKET_CEILING = Uint16Array.from({ length: 8 }, (_, b) => bucketCeiling(b));

const DAY_BITS = 2 ** 17;

/**
 * A candidate's place by its ceilings, higher first, in compareRanked's
 * order: title words, matches, whether the words may stand side by side
 * (1, or 0 when its span is at least one more), date as dayNumber. Ties are
 * settled by compareRanked.
 */
export const ceilingKey = (inTitle: number, count: number, close: number, day: number): number =>
  ((Math.min(inTitle, 63) * 32 + Math.max(0, countBucket(count))) * 2 + close) * DAY_BITS + day;

/** The part of ceilingKey that codes give (title words, matches), before `close` and the day: ceilingKey = (part + close) × 2^17 + day. */
function codePart(codes: readonly number[]): number {
  let t = 0;
  let c = 0;
  for (const code of codes) {
    t += (code & IN_TITLE) >> 3;
    c += BUCKET_CEILING[code & BUCKET_MASK];
  }
  // (ceilingKey's own formula, with no close and no day: exact, DAY_BITS a power of two)
  return ceilingKey(t, c, 0, 0) / DAY_BITS;
}

/** codePart of each code (one word), and of each pair of codes a × 16 + b (two words). */
const ONE = Float64Array.from({ length: 16 }, (_, a) => codePart([a]));
const TWO = Float64Array.from({ length: 256 }, (_, ab) => codePart([ab >> 4, ab & 15]));

/**
 * ceilingKey of candidates 0…n−1: `codes[k][i]` is word k's code for
 * candidate i, `apart[i]` 1 where its words cannot stand side by side,
 * `dayOf(i)` its date as dayNumber. With `byId` (the candidates' ids,
 * ascending, and the days by id), a candidate's day is `days[ids[i]]`,
 * looked up in the arrays when every id is within them, without a call
 * for each of 50,000 candidates: the call and its range check, and the
 * branch on `apart`, were half of the keys' time (1.4 → 0.3–0.6 ms at
 * 50,000 in Node). One loop for each case, so that a page just opened,
 * whose first search runs this before V8 has optimised it, waits for one
 * loop to be compiled, not several (two loops, day then codes, took 7–18
 * ms cold against the closure's 3–11 and one loop's 3–8, in fresh Node
 * processes at load 7).
 */
export function ceilingKeys(
  codes: readonly Uint8Array[], n: number, apart: Uint8Array | null, dayOf: (i: number) => number, byId?: { ids: Int32Array; days: Int32Array },
): Float64Array {
  let ids: Int32Array;
  let days: Int32Array;
  if (byId && n > 0 && byId.ids[0] >= 0 && byId.ids[n - 1] < byId.days.length) {
    ({ ids, days } = byId);
  } else {
    // Ids past the days (imported with odd ids): each day asked for, then looked up by place.
    days = new Int32Array(n);
    for (let i = 0; i < n; i++) days[i] = dayOf(i);
    ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = i;
  }
  const keys = new Float64Array(n);
  if (codes.length === 1) {
    const a = codes[0];
    if (apart) for (let i = 0; i < n; i++) keys[i] = (ONE[a[i] & 15] + +(apart[i] === 0)) * DAY_BITS + days[ids[i]];
    else for (let i = 0; i < n; i++) keys[i] = (ONE[a[i] & 15] + 1) * DAY_BITS + days[ids[i]];
  } else if (codes.length === 2) {
    const a = codes[0];
    const b = codes[1];
    if (apart) for (let i = 0; i < n; i++) keys[i] = (TWO[((a[i] & 15) << 4) | (b[i] & 15)] + +(apart[i] === 0)) * DAY_BITS + days[ids[i]];
    else for (let i = 0; i < n; i++) keys[i] = (TWO[((a[i] & 15) << 4) | (b[i] & 15)] + 1) * DAY_BITS + days[ids[i]];
  } else {
    const w = codes.length;
    for (let i = 0; i < n; i++) {
      let t = 0;
      let c = 0;
      for (let k = 0; k < w; k++) {
        const code = codes[k][i];
        t += (code & IN_TITLE) >> 3;
        c += BUCKET_CEILING[code & BUCKET_MASK];
      }
      keys[i] = ceilingKey(t, c, apart && apart[i] ? 0 : 1, days[ids[i]]);
    }
  }
  return keys;
}

/** What gatherById makes: the candidates, ascending, each word's codes, whether its words are apart (with a joint), and the keys. */
export interface Gathered {
  ids: Int32Array;
  codes: Uint8Array[];
  apart: Uint8Array | null;
  keys: Float64Array;
}

/**
 * The candidates of one or two words from arrays by id (search.ts
 * denseCandidates): the ids whose `held` is `round` (in every term), each
 * word's code from `codesById`, `apart` from `joint` (a bitmap by id of the
 * ids in either joint pair: apart where the bit is 0), and the ceiling key
 * (ceilingKeys', `days` by id), in one pass over the ids 0…size−1, each
 * written at the next place, which moves on only for a candidate (no
 * branch). `n` is how many there are. Separate passes (gather, then the
 * joint, then the keys) read and wrote each candidate's arrays three times.
 */
export function gatherById(
  held: Uint8Array, round: number, size: number, codesById: readonly Uint8Array[], joint: Uint32Array | null, days: Int32Array, n: number,
): Gathered {
  const words = codesById.length;
  if (words !== 1 && words !== 2) throw new RangeError('gatherById gathers one or two words');
  const ids = new Int32Array(n + 1);
  const codes = codesById.map(() => new Uint8Array(n + 1));
  const apart = joint ? new Uint8Array(n + 1) : null;
  const keys = new Float64Array(n + 1);
  let o = 0;
  if (words === 1) {
    const a = codesById[0];
    const ca = codes[0];
    if (joint && apart) {
      for (let id = 0; id < size; id++) {
        const code = a[id];
        const close = (joint[id >>> 5] >>> (id & 31)) & 1;
        ids[o] = id;
        ca[o] = code;
        apart[o] = close ^ 1;
        keys[o] = (ONE[code & 15] + close) * DAY_BITS + days[id];
        o += +(held[id] === round);
      }
    } else {
      for (let id = 0; id < size; id++) {
        const code = a[id];
        ids[o] = id;
        ca[o] = code;
        keys[o] = (ONE[code & 15] + 1) * DAY_BITS + days[id];
        o += +(held[id] === round);
      }
    }
  } else {
    const a = codesById[0];
    const b = codesById[1];
    const ca = codes[0];
    const cb = codes[1];
    if (joint && apart) {
      for (let id = 0; id < size; id++) {
        const x = a[id];
        const y = b[id];
        const close = (joint[id >>> 5] >>> (id & 31)) & 1;
        ids[o] = id;
        ca[o] = x;
        cb[o] = y;
        apart[o] = close ^ 1;
        keys[o] = (TWO[((x & 15) << 4) | (y & 15)] + close) * DAY_BITS + days[id];
        o += +(held[id] === round);
      }
    } else {
      for (let id = 0; id < size; id++) {
        const x = a[id];
        const y = b[id];
        ids[o] = id;
        ca[o] = x;
        cb[o] = y;
        keys[o] = (TWO[((x & 15) << 4) | (y & 15)] + 1) * DAY_BITS + days[id];
        o += +(held[id] === round);
      }
    }
  }
  return { ids: ids.subarray(0, n), codes: codes.map((c) => c.subarray(0, n)), apart: apart ? apart.subarray(0, n) : null, keys: keys.subarray(0, n) };
}
