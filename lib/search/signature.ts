// Gram signatures: the CJK half of the index, one small bit array per clipping.
//
// Why not a multi-entry index of the characters and pairs? Measured in
// Chromium (bench/search.bench.ts, 2,000 clippings of 3,000 characters), an
// article has about 2,100 distinct characters and pairs, and with one index
// entry for each, indexing took 112 ms per clipping (225 s for 2,000), the
// index 58 KB per clipping, saving one clipping 240 ms and an 8-character
// query 375 ms (reading the postings of seven common pairs). So they are
// hashed into a Bloom filter per clipping instead, stored in the clipping's
// searchIndex entry (one plain value, no index entries: 3 ms per clipping to
// index, 5–9 KB of database) and held in memory by the searching page, where
// checking 10,000 of them for a query's pairs takes a few milliseconds. A
// Bloom filter never misses a pair that is there and wrongly reports one ~5%
// of the time, so a candidate is always checked against its
// text (match.ts) and a result is never wrong.
import { isGramChar } from './fold';

/**
 * The format of the entries the indexer writes (these signatures, the
 * folding they are made from). An entry of another version (or none) is
 * reported as stale and indexed again (indexer.ts).
 */
export const SEARCH_INDEX_VERSION = 2;

/** Bits set per gram: two, from double hashing. */
export const HASHES = 2;
/**
 * At least 5 bits per gram, rounded up to a power of two, so 22–33% of the
 * bits are set and a gram that is absent looks present 5–11% of the time.
 */
const BITS_PER_GRAM = 5;
const MIN_BITS = 64;
/** 16 KB: past this (a clipping of ~30,000 distinct grams) false positives rise; the text check still decides. */
const MAX_BITS = 1 << 17;

/** A 32-bit hash of a gram of one or two code points (b = 0 for a single character). */
export function gramHash(a: number, b: number): number {
  // Murmur3's finaliser over the two code points.
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Calls `fn` with the hash of every character and every neighbouring pair in the CJK runs of `folded`. */
export function forEachGram(folded: string, fn: (hash: number) => void): void {
  let prev = 0; // previous CJK code point in this run, or 0
  for (let i = 0; i < folded.length; i++) {
    let cp = folded.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < folded.length) {
      cp = folded.codePointAt(i)!;
      if (cp > 0xffff) i++;
    }
    if (isGramChar(cp)) {
      fn(gramHash(cp, 0));
      if (prev) fn(gramHash(prev, cp));
      prev = cp;
    } else {
      prev = 0;
    }
  }
}

/** The distance between a gram's bits: odd, so the second bit differs from the first. */
export const probeStep = (hash: number): number => (hash >>> 16) | 1;

function setBits(sig: Uint8Array, hash: number, mask: number): void {
  const step = probeStep(hash);
  for (let k = 0, h = hash; k < HASHES; k++, h = (h + step) >>> 0) {
    const bit = h & mask;
    sig[bit >>> 3] |= 1 << (bit & 7);
  }
}

/** The signature of some folded texts: a Bloom filter of all their grams. */
export function gramSignature(foldedTexts: readonly string[]): Uint8Array {
  // The distinct gram hashes (they size the filter), in an open-addressing
  // table of twice the text's length: a Set of numbers is several times slower.
  let length = 0;
  for (const text of foldedTexts) length += text.length;
  let size = 64;
  while (size < length * 4) size *= 2;
  const table = new Uint32Array(size);
  const slotMask = size - 1;
  let hasZero = false;
  let distinct = 0;
  for (const text of foldedTexts) {
    forEachGram(text, (h) => {
      if (h === 0) {
        if (!hasZero) distinct++;
        hasZero = true;
        return;
      }
      let slot = h & slotMask;
      while (table[slot] !== 0 && table[slot] !== h) slot = (slot + 1) & slotMask;
      if (table[slot] === 0) {
        table[slot] = h;
        distinct++;
      }
    });
  }
  let bits = MIN_BITS;
  while (bits < distinct * BITS_PER_GRAM && bits < MAX_BITS) bits *= 2;
  const sig = new Uint8Array(bits >>> 3);
  if (hasZero) setBits(sig, 0, bits - 1);
  for (let i = 0; i < size; i++) if (table[i] !== 0) setBits(sig, table[i], bits - 1);
  return sig;
}

/** Might the signature hold every one of these gram hashes? False means certainly not. */
export function mayHaveAll(sig: Uint8Array, hashes: readonly number[]): boolean {
  const mask = sig.length * 8 - 1;
  for (const hash of hashes) {
    const step = probeStep(hash);
    for (let k = 0, h = hash; k < HASHES; k++, h = (h + step) >>> 0) {
      const bit = h & mask;
      if ((sig[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
    }
  }
  return true;
}
