// Folding: text → the one normal form that both the index and every query
// use, so 臺灣 and 台湾, ＡＢＣ and abc, `中国 人民` and `中国人民` meet.
//
// Per character (a base character with the combining marks after it):
//   1. format and control characters go (soft hyphen, zero-width space, BOM);
//   2. NFKC: full-width forms become ASCII (Ａ→A, ，→,), ㍿→株式会社, ①→1;
//   3. lower case;
//   4. traditional → simplified by a character table (trad-simp-table.ts);
//   5. runs of white space become one space, and a space that touches a wide
//      (CJK) character goes: Chinese puts no spaces between words, so a space
//      there is layout (a clause gap, a justified PDF line), not meaning.
//
// The table folds single characters only, not phrases (OpenCC's 头发/頭髮 vs
// 发展/發展 distinction does not matter here: both sides fold to 发). It holds
// the ~2,000 traditional forms of the 3,500 most used simplified characters:
// those make up nearly all traditional text in the news, and a full table
// (~4,000 pairs, with phrases ~100,000) would be dead weight in every page
// that searches. Rarer characters fold to themselves, so they still match
// when the query spells them the same way.
import { TRAD_SIMP_GROUPS } from './trad-simp-table';

/** Where a character in folded text came from: [start, end) in the original. */
export interface FoldedWithMap {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

const URO_FIRST = 0x4e00;
const URO_LAST = 0x9fff;

/** Simplified code unit for each character of the main CJK block, 0 where it is not traditional. */
const TO_SIMPLE = new Uint16Array(URO_LAST - URO_FIRST + 1);
for (const group of TRAD_SIMP_GROUPS) {
  for (const entry of group.split(' ')) {
    const simple = entry.charCodeAt(0);
    for (let i = 1; i < entry.length; i++) TO_SIMPLE[entry.charCodeAt(i) - URO_FIRST] = simple;
  }
}

/** Traditional → simplified for one code point (others come back unchanged). */
export function simplifyChar(cp: number): number {
  if (cp < URO_FIRST || cp > URO_LAST) return cp;
  return TO_SIMPLE[cp - URO_FIRST] || cp;
}

/**
 * Wide characters: CJK radicals, punctuation, kana, Hangul, Han, and what is
 * left of the full-width forms after NFKC. Spaces next to them are dropped.
 */
export const isWide = (cp: number): boolean => cp >= 0x2e80;

// Character classes, cached per BMP code point: 1 = gram (indexed as n-grams),
// 2 = word (indexed as whole words), 3 = other (separates terms).
const GRAM = 1;
const WORD = 2;
const OTHER = 3;
const GRAM_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const classCache = new Uint8Array(0x10000);

function classify(cp: number): number {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) ? WORD : OTHER;
  }
  if (cp >= URO_FIRST && cp <= URO_LAST) return GRAM;
  if (cp < 0x10000) {
    const cached = classCache[cp];
    if (cached) return cached;
  }
  const ch = String.fromCodePoint(cp);
  // The ideographic iteration mark 々 and number zero 〇 are Han; 〆 and the like are not letters.
  const kind = GRAM_RE.test(ch) && /\p{L}|\p{N}/u.test(ch) ? GRAM : WORD_RE.test(ch) ? WORD : OTHER;
  if (cp < 0x10000) classCache[cp] = kind;
  return kind;
}

/** Chinese, Japanese and Korean script: indexed as single characters and pairs. */
export const isGramChar = (cp: number): boolean => classify(cp) === GRAM;
/** Letters, digits and marks of other scripts: indexed as whole words. */
export const isWordChar = (cp: number): boolean => classify(cp) === WORD;

/** The code point ending just before `index` in `s` (-1 at the start). */
export function codePointBefore(s: string, index: number): number {
  if (index <= 0) return -1;
  const low = s.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = s.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const MARK_RE = /\p{M}/u;
const DROP_RE = /[\p{Cf}\p{Cc}]/u;
const SPACE_RE = /\s/u;

/** Is the code point a combining mark (which belongs to the character before it)? */
function isMark(cp: number): boolean {
  if (cp < 0x300 || (cp >= URO_FIRST && cp <= URO_LAST)) return false;
  return MARK_RE.test(String.fromCodePoint(cp));
}

/**
 * NFKC + lower case of one character with no marks after it, memoised: the
 * slow path runs on punctuation and full-width forms, which repeat a lot.
 * '' means the character is dropped; ' ' means white space.
 */
const slowCache = new Map<number, string>();
function foldCluster(cluster: string, cp: number, single: boolean): string {
  if (single) {
    const hit = slowCache.get(cp);
    if (hit !== undefined) return hit;
  }
  let out: string;
  if (SPACE_RE.test(cluster)) out = ' ';
  else if (single && DROP_RE.test(cluster)) out = '';
  else {
    out = '';
    for (const ch of cluster.normalize('NFKC').toLowerCase()) {
      const c = ch.codePointAt(0)!;
      if (SPACE_RE.test(ch)) out += ' ';
      else if (!DROP_RE.test(ch)) out += String.fromCodePoint(simplifyChar(c));
    }
  }
  if (single) slowCache.set(cp, out);
  return out;
}

// One growing scratch buffer for the folded code units: decoding it once is
// much faster than adding to a string a character at a time. With a map,
// two more beside it: where each folded unit came from.
let buffer = new Uint16Array(4096);
let mapStarts = new Uint32Array(4096);
let mapEnds = new Uint32Array(4096);
const utf16 = new TextDecoder('utf-16le');

function grow(n: number, need: number): void {
  if (n + need <= buffer.length) return;
  const size = Math.max(n + need, buffer.length * 2);
  const next = new Uint16Array(size);
  next.set(buffer.subarray(0, n));
  buffer = next;
  const starts = new Uint32Array(size);
  starts.set(mapStarts.subarray(0, n));
  mapStarts = starts;
  const ends = new Uint32Array(size);
  ends.set(mapEnds.subarray(0, n));
  mapEnds = ends;
}

// What a BMP code unit folds to when it stands alone (no mark after it):
// itself or another single code unit (most text), or one of these codes.
const UNKNOWN = 0;
const SPACE = 0xffff;
const DROP = 0xfffe;
const COMPLEX = 0xfffd; // surrogates, marks, and what NFKC turns into several characters
const simpleFold = new Uint16Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) simpleFold[c] = c + 0x20;
for (let c = 0x20; c < 0x7f; c++) simpleFold[c] ||= c;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) simpleFold[c] = SPACE;
for (let c = 0; c < 0x20; c++) simpleFold[c] ||= DROP;
simpleFold[0x7f] = DROP;
for (let c = URO_FIRST; c <= URO_LAST; c++) simpleFold[c] = TO_SIMPLE[c - URO_FIRST] || c;
for (let c = 0xd800; c <= 0xdfff; c++) simpleFold[c] = COMPLEX;

function lookupFold(unit: number): number {
  const known = simpleFold[unit];
  if (known !== UNKNOWN) return known;
  let code: number;
  if (isMark(unit)) code = COMPLEX;
  else {
    const folded = foldCluster(String.fromCharCode(unit), unit, true);
    code = folded === ' ' ? SPACE : folded === '' ? DROP : folded.length === 1 && folded !== '\uffff' && folded < '\ufffd' ? folded.charCodeAt(0) : COMPLEX;
  }
  simpleFold[unit] = code;
  return code;
}

/**
 * The folding loop. With `map`, also records for each output code unit the
 * span of the original it came from (in mapStarts, mapEnds; for snippets);
 * without, it is the fast path used for indexing and for checking matches.
 */
function foldInto(text: string, map: boolean): string {
  // The buffer is taken after the loop: the loop may have grown it (a new array), and the one taken before
  // held a longer text's first 4,096 units at most, and stale ones.
  const n = foldUnits(text, map, 0);
  return utf16.decode(buffer.subarray(0, n));
}

/** foldInto's loop: writes the folded code units of `text` into the buffer from `at` on (as if it started there); returns where they end. */
function foldUnits(text: string, map: boolean, at: number): number {
  const len = text.length;
  grow(at, len + 16);
  let n = at;
  let last = -1; // last code point written
  let pendingSpace = -1; // start of a white-space run not yet written, or -1
  let spaceEnd = 0;
  let i = 0;
  while (i < len) {
    // Most characters (a CJK text's): one code unit folding to one, known, no space pending, and the
    // next one known to be no combining mark: written in this loop, without the general path below.
    if (pendingSpace < 0) {
      let simple = simpleFold[text.charCodeAt(i)];
      const room = buffer.length - 2;
      while (simple !== UNKNOWN && simple < COMPLEX && n < room) {
        const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        const nextFold = simpleFold[next];
        if (next >= 0x300 && (nextFold === UNKNOWN || nextFold === COMPLEX)) break;
        if (map) {
          mapStarts[n] = i;
          mapEnds[n] = i + 1;
        }
        buffer[n++] = simple;
        last = simple;
        i++;
        simple = nextFold;
      }
      if (i >= len) break;
    }
    const start = i;
    const unit = text.charCodeAt(i++);
    let code = lookupFold(unit);
    // A combining mark after this character changes it (e + ◌́ = é): fold them together.
    if (i < len && code !== COMPLEX && text.charCodeAt(i) >= 0x300 && lookupFold(text.charCodeAt(i)) === COMPLEX && isMark(text.codePointAt(i)!)) {
      code = COMPLEX;
    }
    if (code === SPACE) {
      if (pendingSpace < 0) pendingSpace = start;
      spaceEnd = i;
      continue;
    }
    if (code === DROP) continue;
    let out: string;
    if (code === COMPLEX) {
      const cp = text.codePointAt(start)!;
      if (cp > 0xffff) i++;
      while (i < len && isMark(text.codePointAt(i)!)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      out = foldCluster(text.slice(start, i), cp, i - start === (cp > 0xffff ? 2 : 1));
    } else {
      out = '';
    }
    // Writes `code` (or each character of `out`), settling a pending space first.
    for (let k = 0; code !== COMPLEX || k < out.length; k++) {
      let cp = code;
      if (code === COMPLEX) {
        cp = out.codePointAt(k)!;
        if (cp > 0xffff) k++;
        if (cp === 0x20) {
          if (pendingSpace < 0) pendingSpace = start;
          spaceEnd = i;
          continue;
        }
      }
      if (pendingSpace >= 0) {
        if (n > at && !isWide(last) && !isWide(cp)) {
          if (map) (mapStarts[n] = pendingSpace), (mapEnds[n] = spaceEnd);
          buffer[n++] = 0x20;
        }
        pendingSpace = -1;
      }
      grow(n, 3);
      if (map) {
        mapStarts[n] = mapStarts[n + 1] = start;
        mapEnds[n] = mapEnds[n + 1] = i;
      }
      if (cp > 0xffff) {
        buffer[n++] = 0xd800 + ((cp - 0x10000) >> 10);
        buffer[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else {
        buffer[n++] = cp;
      }
      last = cp;
      if (code !== COMPLEX) break;
    }
  }
  return n;
}

/**
 * The folded form of each of `parts`, joined by `separator` (one code unit),
 * as one string, and the folded length of the first part: foldText of each
 * joined, in one pass and one decode, not a string for each part, their
 * join and a copy of it (a clipping checked by a search: its title, then
 * every paragraph, caption and tag).
 */
export function foldJoined(parts: readonly string[], separator: string): { text: string; firstLength: number } {
  let n = 0;
  let firstLength = 0;
  const unit = separator.charCodeAt(0);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      grow(n, 1);
      buffer[n++] = unit;
    }
    n = foldUnits(parts[i], false, n);
    if (i === 0) firstLength = n;
  }
  return { text: utf16.decode(buffer.subarray(0, n)), firstLength };
}

/** The folded form of `text`. */
export function foldText(text: string): string {
  return foldInto(text, false);
}

/** The folded form of `text` with, for each of its code units, where it came from in `text`. */
export function foldWithMap(text: string): FoldedWithMap {
  const folded = foldInto(text, true);
  return { text: folded, starts: mapStarts.slice(0, folded.length), ends: mapEnds.slice(0, folded.length) };
}

/** foldWithMap without copying the map: `starts` and `ends` are valid until the next fold. */
export function foldWithScratchMap(text: string): FoldedWithMap {
  const folded = foldInto(text, true);
  return { text: folded, starts: mapStarts, ends: mapEnds };
}
