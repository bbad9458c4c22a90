// The index terms of a clipping, as the posting lists hold them: every CJK
// character and every pair of neighbouring CJK characters (a query of one or
// two characters is then answered exactly, a longer one by all its pairs and
// a check of the text), each with a code that bounds how it ranks there:
// whether it occurs in the title, and how often (by doubling, as rank.ts
// buckets counts). Latin words and numbers are terms apart (wordTermsOf in
// lib/search/terms.ts style), looked up by prefix. Pairs never cross a
// non-CJK character, so text on either side of punctuation or a field
// boundary is not adjacent.
import { foldClipping, type SearchedFields } from './clipping-text';
import { isGramChar, isWordChar } from './fold';

/** Occurrences are counted up to this (lib/search/match.ts counts matches up to the same). */
export const MAX_TERM_COUNT = 16;
/** Bit of a code: the term occurs in the title. */
export const IN_TITLE = 8;
/** Bits of a code: the doubling bucket of its count (1 → 0, 2–3 → 1, 4–7 → 2, 8–15 → 3, 16+ → 4). */
export const BUCKET_MASK = 7;

/**
 * One clipping's codes in two lists as one: in the title where both are, and
 * the smaller count bucket.
 * (A function of its own, one rule for every place that combines codes: V8
 * inlines it, measured as fast as the expression written out.)
 */
export function combinedCode(a: number, c: number): number {
  const ab = a & BUCKET_MASK;
  const cb = c & BUCKET_MASK;
  return (a & c & IN_TITLE) | (ab < cb ? ab : cb);
}

/** The doubling bucket of a count ≥ 1, capped at MAX_TERM_COUNT. */
export const countCode = (count: number): number => 31 - Math.clz32(Math.min(count, MAX_TERM_COUNT));

/** The largest count a bucket stands for. */
export const bucketCeiling = (bucket: number): number => Math.min(MAX_TERM_COUNT, 2 ** (bucket + 1) - 1);

/**
 * A CJK gram as the index stores it, a number: a character is its code
 * point, a pair of characters a × 2^21 + b (below 2^42, exact in a double).
 * Numbers sort, hash and clone several times faster than strings, and a
 * row of them is one typed array.
 */
export const gramKey = (a: number, b = 0): number => (b ? a * PAIR + b : a);

const PAIR = 2 ** 21;

/** The gram key of a one- or two-character string (tests, tools). */
export function gramKeyOf(text: string): number {
  const [a, b] = Array.from(text, (c) => c.codePointAt(0)!);
  return gramKey(a, b ?? 0);
}

/** The characters of a gram key. */
export const gramText = (g: number): string => (g < PAIR ? String.fromCodePoint(g) : String.fromCodePoint(Math.floor(g / PAIR), g % PAIR));

/** Adds the grams of a folded text to `counts` (count ×2, +1 for one in the title). */
function addGrams(folded: string, counts: Map<number, number>, title: boolean): void {
  let prev = 0;
  for (let i = 0; i < folded.length; i++) {
    let cp = folded.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < folded.length) {
      cp = folded.codePointAt(i)!;
      if (cp > 0xffff) i++;
    }
    if (!isGramChar(cp)) {
      prev = 0;
      continue;
    }
    counts.set(cp, ((counts.get(cp) ?? 0) + 2) | (title ? 1 : 0));
    if (prev) {
      const pair = prev * PAIR + cp;
      const c = counts.get(pair) ?? 0;
      counts.set(pair, c + 2 + (title && c % 2 === 0 ? 1 : 0));
    }
    prev = cp;
  }
}

/** Adds the Latin words and numbers of one folded text to `into` (whole, cut at MAX_WORD_TERM code points). */
export function addWordTerms(folded: string, into: Set<string>): void {
  const len = folded.length;
  let i = 0;
  while (i < len) {
    const cp = folded.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      let end = i + width;
      while (end < len) {
        const c = folded.codePointAt(end)!;
        if (!isWordChar(c)) break;
        end += c > 0xffff ? 2 : 1;
      }
      into.add(truncateWord(folded.slice(i, end)));
      i = end;
      continue;
    }
    i += width;
  }
}

/**
 * Longer words are indexed by their first 24 characters (URLs, long numbers
 * and identifiers would bloat the index), and matched by prefix like any
 * other word, so nothing is missed: the text check settles the rest.
 */
export const MAX_WORD_TERM = 24;

/** The first MAX_WORD_TERM code points of a word. */
export function truncateWord(word: string): string {
  if (word.length <= MAX_WORD_TERM) return word;
  return Array.from(word).slice(0, MAX_WORD_TERM).join('');
}

/**
 * Latin words and numbers are terms of the posting lists too, as numbers
 * above every gram key (WORD_KEYS on): each word whole, and each of its
 * prefixes, so `gd` finds GDP while typing. A word of up to 9 letters a–z and
 * digits is spelt out in base 37 (one number per word, no two alike); any
 * other is hashed to 52 bits, which two words may share, so a search for it
 * checks the text (wordKeyIsExact). They were a multi-entry index of their
 * own (`searchIndex`), about 60 entries a clipping that IndexedDB writes and
 * logs one by one, and whose dead undo-log entries Chromium read again at
 * every first open of the database (0.5 s at 50,000 clippings).
 */
const WORD_KEYS = 2 ** 42;
const HASHED_KEYS = WORD_KEYS + 2 ** 48;
const SPELT = /^[a-z0-9]{1,9}$/;

/** A word term spelt exactly (not hashed): its lists prove the word. */
export const wordKeyIsExact = (term: string): boolean => SPELT.test(term);

/** The key of a word term: the word whole, or (prefix) every word it starts. */
export function wordKey(term: string, prefix: boolean): number {
  if (SPELT.test(term)) {
    let v = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      v = v * 37 + (c >= 0x61 ? c - 0x61 + 1 : c - 0x30 + 27);
    }
    return WORD_KEYS + v * 2 + (prefix ? 1 : 0);
  }
  // FNV-1a twice, seeded apart: 32 + 20 bits.
  let a = prefix ? 0x811c9dc5 : 0x050c5d1f;
  let b = 0x9e3779b9;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b) ^ (b >>> 13);
  }
  return HASHED_KEYS + (a >>> 0) * 2 ** 20 + ((b >>> 0) & 0xfffff);
}

/** A word's terms: itself whole and each prefix of it, by code points. */
function addWordKeys(word: string, into: Set<number>): void {
  into.add(wordKey(word, false));
  const chars = Array.from(word);
  let prefix = '';
  for (const c of chars) {
    prefix += c;
    into.add(wordKey(prefix, true));
  }
}

/** The code of a word term: it may be in the title, any number of times (the text check gives the figures). */
const WORD_CODE = IN_TITLE | countCode(MAX_TERM_COUNT);

/** What the index holds of one clipping. */
export interface ClippingTerms {
  /** Its terms, ascending, each once: CJK grams (gramKey), then word terms (wordKey). */
  grams: Float64Array;
  /** The code of each term (IN_TITLE | count bucket). */
  codes: Uint8Array;
  /** Latin words and numbers, each once. */
  words: string[];
}

export function clippingTerms(c: SearchedFields): ClippingTerms {
  const { title, body } = foldClipping(c);
  const counts = new Map<number, number>();
  addGrams(title, counts, true);
  addGrams(body, counts, false);
  const words = new Set<string>();
  addWordTerms(title, words);
  addWordTerms(body, words);
  const wordKeys = new Set<number>();
  for (const w of words) addWordKeys(w, wordKeys);
  const n = counts.size;
  const grams = new Float64Array(n + wordKeys.size);
  let at = 0;
  for (const g of counts.keys()) grams[at++] = g;
  grams.subarray(0, n).sort();
  for (const k of wordKeys) grams[at++] = k;
  // Word keys are all above gram keys: sorting them alone keeps the whole ascending.
  grams.subarray(n).sort();
  const codes = new Uint8Array(grams.length).fill(WORD_CODE);
  for (let i = 0; i < n; i++) {
    const c = counts.get(grams[i])!;
    codes[i] = countCode(c >>> 1) | (c & 1 ? IN_TITLE : 0);
  }
  return { grams, codes, words: [...words] };
}
