// Checking a candidate against its folded text, and measuring how well it
// matches. Every result is confirmed here, so the index may over-report
// (pairs of a longer word in the wrong order) but a result never lies.
//
// Search runs these over thousands of clippings per query, so the hot ones
// (firstMatch, countMatches, measureMatch) take a Needle (the word with its
// boundary rule worked out once), use indexOf on the cached strings, and
// allocate nothing per clipping.
import { clippingParts, codePointBefore, FIELD_SEPARATOR, foldJoined, isWordChar, type FoldedClipping, type SearchedFields } from '../searchable';
import { startsAtBoundary } from './terms';

/**
 * Matches are counted up to this many per word: enough to tell one mention
 * from a dozen (ranking buckets counts by doubling), while a character like
 * 的 that occurs 200 times in a long article costs no more than 16 look-ups.
 */
export const MAX_COUNTED = 16;

/** Where `word` starts in `text`, from `from` on; -1 when it does not occur. */
export function findMatch(text: string, word: string, from = 0): number {
  let at = text.indexOf(word, from);
  while (at >= 0 && !startsAtBoundary(text, at, word)) at = text.indexOf(word, at + 1);
  return at;
}

/** Start positions of `word` in `text` (not overlapping), at most `max`. */
export function findMatches(text: string, word: string, max = Infinity): number[] {
  const out: number[] = [];
  let at = findMatch(text, word);
  while (at >= 0 && out.length < max) {
    out.push(at);
    at = findMatch(text, word, at + word.length);
  }
  return out;
}

export function containsWord(doc: FoldedClipping, word: string): boolean {
  return findMatch(doc.title, word) >= 0 || findMatch(doc.body, word) >= 0;
}

/** A folded query word, ready for the hot loops. */
export interface Needle {
  text: string;
  /** Starts with a letter or digit, so it must start a word in the text (terms.ts, startsAtBoundary). */
  latin: boolean;
}

export function needle(word: string): Needle {
  return { text: word, latin: word.length > 0 && isWordChar(word.codePointAt(0)!) };
}

/**
 * A clipping's folded title and body as one string, joined by the field
 * separator (no match crosses it): one string to search instead of two, and
 * positions in it are the combined positions that measureMatch works in.
 */
export interface Searchable {
  text: string;
  /** The title is text[0, titleLength); the body starts at titleLength + 1. */
  titleLength: number;
}

export function searchable(doc: FoldedClipping): Searchable {
  return { text: doc.title + FIELD_SEPARATOR + doc.body, titleLength: doc.title.length };
}

/**
 * searchable(foldClipping(c)), folded in one pass into one string
 * (foldJoined): a search checks 24 whole clippings a query, and folding each
 * field into a string of its own, joining them and copying the join behind
 * the title made three strings of each clipping's length where one will do.
 */
export function searchableClipping(c: SearchedFields): Searchable {
  const parts = clippingParts(c);
  const { text, firstLength } = foldJoined([parts.title, ...parts.body], FIELD_SEPARATOR);
  // foldClipping's body of no fields is '' after the title's separator.
  return { text: parts.body.length ? text : text + FIELD_SEPARATOR, titleLength: firstLength };
}

/** findMatch with the boundary rule decided once. */
export function firstMatch(text: string, n: Needle, from = 0): number {
  let at = text.indexOf(n.text, from);
  if (n.latin) {
    while (at >= 0) {
      const before = codePointBefore(text, at);
      if (before < 0 || !isWordChar(before)) break;
      at = text.indexOf(n.text, at + 1);
    }
  }
  return at;
}

/** Matches of the word, title first, then body, MAX_COUNTED at most: what measureMatch adds to `count`. */
export function countMatches(doc: Searchable, n: Needle): number {
  let c = 0;
  for (let at = firstMatch(doc.text, n); at >= 0 && c < MAX_COUNTED; at = firstMatch(doc.text, n, at + n.text.length)) c++;
  return c;
}

/** How well a clipping matches all the words; see rank.ts for how the figures are ordered. */
export interface MatchFigures {
  /** How many of the words occur in the title. */
  inTitle: number;
  /** Matches of all words, each word counted up to MAX_COUNTED. */
  count: number;
  /**
   * The shortest stretch of text (in folded characters) holding every word,
   * within one field; 0 for a single word, Infinity when no one field holds all.
   */
  span: number;
}

// Scratch space for measureMatch: match positions, MAX_COUNTED per word, and the merged events.
let positions = new Int32Array(MAX_COUNTED * 4);
let eventAt = new Int32Array(MAX_COUNTED * 4);
let eventWord = new Int32Array(MAX_COUNTED * 4);
let found = new Int32Array(4);
let cursor = new Int32Array(4);
let have = new Int32Array(4);

function reserve(words: number): void {
  if (found.length >= words) return;
  positions = new Int32Array(MAX_COUNTED * words);
  eventAt = new Int32Array(MAX_COUNTED * words);
  eventWord = new Int32Array(MAX_COUNTED * words);
  found = new Int32Array(words);
  cursor = new Int32Array(words);
  have = new Int32Array(words);
}

/** The figures, or null when some word does not occur (the candidate is not a result). */
export function measureMatch(doc: Searchable, words: readonly (string | Needle)[]): MatchFigures | null {
  const count = words.length;
  reserve(count);
  const needles = words.map((w) => (typeof w === 'string' ? needle(w) : w));
  const { text, titleLength } = doc;
  let inTitle = 0;
  let total = 0;
  for (let w = 0; w < count; w++) {
    const n = needles[w];
    const base = w * MAX_COUNTED;
    let c = 0;
    // Title matches come first in the text, then the body's: as counting the title first.
    for (let at = firstMatch(text, n); at >= 0 && c < MAX_COUNTED; at = firstMatch(text, n, at + n.text.length)) {
      positions[base + c++] = at;
    }
    if (c === 0) return null;
    if (positions[base] < titleLength) inTitle++;
    found[w] = c;
    total += c;
  }
  return { inTitle, count: total, span: count > 1 ? shortestSpan(text, needles) : 0 };
}

/**
 * The shortest stretch [first match start, last match end) holding one match
 * of every word inside one field: a sliding window over the matches in
 * position order (ties: the earlier word first).
 */
function shortestSpan(text: string, needles: readonly Needle[]): number {
  const words = needles.length;
  // Merge the words' sorted positions into one list of events.
  let events = 0;
  cursor.fill(0, 0, words);
  for (;;) {
    let pick = -1;
    let at = 0;
    for (let w = 0; w < words; w++) {
      if (cursor[w] < found[w]) {
        const p = positions[w * MAX_COUNTED + cursor[w]];
        if (pick < 0 || p < at) {
          pick = w;
          at = p;
        }
      }
    }
    if (pick < 0) break;
    cursor[pick]++;
    eventAt[events] = at;
    eventWord[events++] = pick;
  }
  have.fill(0, 0, words);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < events; right++) {
    if (have[eventWord[right]]++ === 0) covered++;
    while (covered === words) {
      const start = eventAt[left];
      let end = 0;
      for (let k = left; k <= right; k++) end = Math.max(end, eventAt[k] + needles[eventWord[k]].text.length);
      // One field: no separator between the first character and the last.
      if (end - start < best) {
        const separator = text.indexOf(FIELD_SEPARATOR, start);
        if (separator < 0 || separator >= end - 1) best = end - start;
      }
      if (--have[eventWord[left]] === 0) covered--;
      left++;
    }
  }
  return best;
}
