// Checking a candidate against its folded text, and measuring how well it
// matches. Every result is confirmed here, so the index may over-report
// (pairs of a longer word in the wrong order) but a result never lies.
import type { FoldedClipping } from './clipping-text';
import { FIELD_SEPARATOR } from './clipping-text';
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

/** The figures, or null when some word does not occur (the candidate is not a result). */
export function measureMatch(doc: FoldedClipping, words: readonly string[]): MatchFigures | null {
  let inTitle = 0;
  let count = 0;
  // Positions in title + separator + body, so one number says where a match is.
  const offset = doc.title.length + FIELD_SEPARATOR.length;
  const events: Array<[position: number, word: number]> = [];
  for (let w = 0; w < words.length; w++) {
    const t = findMatches(doc.title, words[w], MAX_COUNTED);
    const b = findMatches(doc.body, words[w], MAX_COUNTED - t.length);
    if (t.length === 0 && b.length === 0) return null;
    if (t.length > 0) inTitle++;
    count += t.length + b.length;
    if (words.length > 1) {
      for (const p of t) events.push([p, w]);
      for (const p of b) events.push([p + offset, w]);
    }
  }
  return { inTitle, count, span: words.length > 1 ? shortestSpan(events, words, fieldStarts(doc, offset)) : 0 };
}

/** Where each field starts in title + separator + body: the title at 0, then each body field. */
function fieldStarts(doc: FoldedClipping, offset: number): number[] {
  const starts = [0, offset];
  for (let at = doc.body.indexOf(FIELD_SEPARATOR); at >= 0; at = doc.body.indexOf(FIELD_SEPARATOR, at + 1)) {
    starts.push(offset + at + 1);
  }
  return starts;
}

function fieldOf(position: number, starts: readonly number[]): number {
  let f = 0;
  while (f + 1 < starts.length && starts[f + 1] <= position) f++;
  return f;
}

/**
 * The shortest stretch [first match start, last match end) holding one match
 * of every word inside one field: a sliding window over the sorted matches.
 */
function shortestSpan(events: Array<[number, number]>, words: readonly string[], starts: readonly number[]): number {
  events.sort((a, b) => a[0] - b[0]);
  const have = new Array<number>(words.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    if (have[events[right][1]]++ === 0) covered++;
    while (covered === words.length) {
      const start = events[left][0];
      let end = 0;
      for (let k = left; k <= right; k++) end = Math.max(end, events[k][0] + words[events[k][1]].length);
      if (end - start < best && fieldOf(start, starts) === fieldOf(end - 1, starts)) best = end - start;
      if (--have[events[left][1]] === 0) covered--;
      left++;
    }
  }
  return best;
}
