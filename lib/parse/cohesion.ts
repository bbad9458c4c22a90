// How much the text on either side of a cut between paragraphs shares: an
// article's paragraphs keep to their subject (冰雪 in every paragraph of a
// report on an ice festival), so two articles meet where neighbouring
// paragraphs share fewest word pairs (assign-bodies.ts weighs it in its cuts).

import { pageRawPlaces } from './bigrams';
import { PageText } from './page-text';
import type { BodyItem } from './head-types';

/** Characters read on each side of a cut for its cohesion. */
export const COHESION_WINDOW = 240;

/**
 * For each cut point (an index into `body`; the first and last are the
 * body's ends and get 0), the share of Han character pairs that the text just
 * before it and the text just after it have in common (Dice), each side read
 * up to COHESION_WINDOW characters of paragraphs.
 *
 * The paragraphs' texts, one after another, are one stream: the side before
 * a cut is the stream's last COHESION_WINDOW characters before it, the side
 * after its first COHESION_WINDOW from it, and a pair counts on a side when
 * both its characters lie there in one paragraph.
 *
 * Read without a set per side: each pair position knows where the same pair
 * stood last before it (prevAt), so a pair is new to a side where that lies
 * before the side, and one of the side after is on the side before too
 * where its last place before the cut lies there. Each cut reads its two
 * sides once, in order. (Sliding two sets of counts from cut to cut read
 * every position four times, each a count picked out of a table, a measured
 * fifth of parsing a page of listed heads.)
 */
export function cohesionAt(body: readonly BodyItem[], cutPoints: readonly number[]): Float64Array {
  const out = new Float64Array(cutPoints.length);
  // Stream offset of each item.
  const offset = new Int32Array(body.length + 1);
  for (let i = 0; i < body.length; i++) offset[i + 1] = offset[i] + (body[i].kind === 'paragraph' ? body[i].text.length : 0);
  const total = offset[body.length];
  // The places are read from the page's stream where the body's paragraphs
  // are a run of the page's (start: where the run begins in it); a place
  // before the run is before every side, as "none" is.
  const start = page ? page.runAt(body, total) : -1;
  const prevAt = start >= 0 ? page!.prevAt() : previousPlaces(body, offset, total);
  const shift = Math.max(start, 0);
  // (a cut read through the page's stream is the same question in every body whose sides
  // reach as far: kept by its place and sides, the page's bodies ask a third of theirs again)
  const known = start >= 0 ? page!.cuts : null;
  for (let b = 1; b < cutPoints.length - 1; b++) {
    const q = shift + offset[cutPoints[b]];
    // A side [from, to) of the stream holds the pairs starting in [from, to - 1):
    // before the cut [bLo, bHi), after it [q, aHi).
    const bLo = Math.max(shift, q - COHESION_WINDOW);
    const bHi = Math.max(bLo, q - 1);
    const aHi = Math.max(q, Math.min(shift + total, q + COHESION_WINDOW) - 1);
    const key = (q * CUT_KEY + (q - bLo)) * CUT_KEY + (aHi - q);
    const found = known?.get(key);
    if (found !== undefined) {
      out[b] = found;
      continue;
    }
    let before = 0;
    let after = 0;
    let common = 0;
    // (counted without a branch, by the sign of differences: which way each
    // test goes depends on the text, and mispredicted branches were most of
    // these loops' time; NO_PAIR is above every place, so r < x leaves it out)
    // (four places a step: the optimised loop checks the array and reads where its
    // elements lie at every step, which cost more than the count itself)
    let p = bLo;
    for (; p + 4 <= bHi; p += 4) before -= ((prevAt[p] - bLo) >> 31) + ((prevAt[p + 1] - bLo) >> 31) + ((prevAt[p + 2] - bLo) >> 31) + ((prevAt[p + 3] - bLo) >> 31);
    for (; p < bHi; p++) before -= (prevAt[p] - bLo) >> 31;
    // (a cut lies between items, so no pair starts at q - 1: a pair's last
    // place before q, if any, is on the side before when it is from bLo on)
    // (fresh: -1 where r < q, new to the side after; and on the side before where r >= bLo)
    p = q;
    for (; p + 4 <= aHi; p += 4) {
      const r0 = prevAt[p];
      const r1 = prevAt[p + 1];
      const r2 = prevAt[p + 2];
      const r3 = prevAt[p + 3];
      const f0 = (r0 - q) >> 31;
      const f1 = (r1 - q) >> 31;
      const f2 = (r2 - q) >> 31;
      const f3 = (r3 - q) >> 31;
      after -= f0 + f1 + f2 + f3;
      common -= (f0 & ((bLo - 1 - r0) >> 31)) + (f1 & ((bLo - 1 - r1) >> 31)) + (f2 & ((bLo - 1 - r2) >> 31)) + (f3 & ((bLo - 1 - r3) >> 31));
    }
    for (; p < aHi; p++) {
      const r = prevAt[p];
      const fresh = (r - q) >> 31;
      after -= fresh;
      common -= fresh & ((bLo - 1 - r) >> 31);
    }
    out[b] = before + after ? (2 * common) / (before + after) : 0;
    known?.set(key, out[b]);
  }
  scratch.release();
  return out;
}

/** Radix of a cut's key (its place, then the lengths of its two sides, each at most COHESION_WINDOW). */
const CUT_KEY = COHESION_WINDOW + 1;

/** prevAt of a stream position where no Han pair starts: above every place (an Int32). */
const NO_PAIR = 0x7fffffff;

/**
 * For each stream position where a Han pair starts, the last position before
 * it where the same pair starts (-1: none); NO_PAIR where none starts. In
 * `into`, or in scratch memory.
 */
function previousPlaces(body: readonly BodyItem[], offset: Int32Array, total: number, into?: Int32Array): Int32Array {
  const prevAt = into ?? scratch.positions(total);
  prevAt.fill(NO_PAIR, 0, total);
  const places = scratch.places;
  // (about half a text's pairs are distinct; the table grows past that)
  places.reset(Math.min(total >> 1, 1 << 15));
  for (let i = 0; i < body.length; i++) {
    if (body[i].kind !== 'paragraph') continue;
    const { text } = body[i];
    const o = offset[i];
    let prev = 0;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const han = c >= 0x3400 && c <= 0x9fff;
      if (han && prev) prevAt[o + j - 1] = places.swap((prev << 16) | c, o + j - 1);
      prev = han ? c : 0;
    }
  }
  return prevAt;
}

/** The last place of each 32-bit pair key (never 0): an open-addressed table, each key beside its place. */
class PairPlaces {
  /** Slot s: key at 2s, place at 2s + 1. */
  private table = new Int32Array(0);
  private mask = 0;
  private shift = 0;
  private size = 0;

  /** Empties the table for about `expected` keys (its memory is kept from one use to the next). */
  reset(expected: number): void {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    const slots = 1 << bits;
    if (this.table.length < 2 * slots) this.table = new Int32Array(2 * slots);
    else this.table.fill(0, 0, 2 * slots);
    this.mask = slots - 1;
    this.shift = 32 - bits;
    this.size = 0;
  }

  /** The key's last place (-1: none), which becomes `place`. */
  swap(key: number, place: number): number {
    const table = this.table;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (table[2 * i] !== 0) {
      if (table[2 * i] === key) {
        const last = table[2 * i + 1];
        table[2 * i + 1] = place;
        return last;
      }
      i = (i + 1) & this.mask;
    }
    table[2 * i] = key;
    table[2 * i + 1] = place;
    if (++this.size * 2 > this.mask) this.grow();
    return -1;
  }

  /** Lets go of a table longer than `entries` (a huge input's). */
  releaseIfOver(entries: number): void {
    if (this.table.length > entries) this.table = new Int32Array(0);
  }

  private grow(): void {
    // (the slots in use only: a table kept from a larger use is longer)
    const old = this.table;
    const used = 2 * (this.mask + 1);
    const slots = 2 * (this.mask + 1);
    this.table = new Int32Array(2 * slots);
    this.mask = slots - 1;
    this.shift--;
    for (let k = 0; k < used; k += 2) {
      if (old[k] === 0) continue;
      let i = Math.imul(old[k], 0x9e3779b1) >>> this.shift;
      while (this.table[2 * i] !== 0) i = (i + 1) & this.mask;
      this.table[2 * i] = old[k];
      this.table[2 * i + 1] = old[k + 1];
    }
  }
}

/** A page's stream is read for a body of at least this share of its characters (a small body's own places cost less). */
const MIN_SHARE_OF_PAGE = 0.25;

/**
 * The page being parsed, while buildArticles reads it: its paragraphs, one
 * stream. A page is read several ways, and each reading splits bodies that
 * are runs of the same paragraphs (a group's text, the whole text for the
 * heads listed apart): the places of the page's pairs are found once (a hash
 * look-up a character, two thirds of cohesionAt) and read by every body that
 * is such a run, not found again for each (page 003: 9,700 characters looked
 * up for three bodies, 5,800 now).
 */
class PageStream {
  private index: Map<BodyItem, number> | null = null;
  private offset: Int32Array | null = null;
  private places: Int32Array | null = null;

  private text: PageText | null = null;

  /** The cohesion of each cut read through the stream, by its place and the lengths of its sides (cohesionAt). */
  readonly cuts = new Map<number, number>();

  constructor(private readonly paragraphs: readonly BodyItem[]) {}

  /** Whether the page's text says `words` (within one paragraph or across two). */
  says(words: string): boolean {
    this.text ??= new PageText(this.paragraphs.map((p) => p.text).join(''));
    return this.text.says(words);
  }

  /** Where `body` (of `total` characters) begins in the page's stream, when its paragraphs are a run of the page's and the page is worth reading for it; else -1. */
  runAt(body: readonly BodyItem[], total: number): number {
    let first = 0;
    while (first < body.length && body[first].kind !== 'paragraph') first++;
    if (first === body.length) return -1;
    this.index ??= new Map(this.paragraphs.map((p, k) => [p, k]));
    const at = this.index.get(body[first]);
    if (at === undefined) return -1;
    let k = at;
    for (let i = first; i < body.length; i++) if (body[i].kind === 'paragraph' && this.paragraphs[k++] !== body[i]) return -1;
    const offset = this.streamOffsets();
    if (!this.places && total < MIN_SHARE_OF_PAGE * offset[this.paragraphs.length]) return -1;
    return offset[at];
  }

  /** previousPlaces of the whole page's stream (found at the first call). */
  prevAt(): Int32Array {
    if (!this.places) {
      // (found with the page's word pairs, in the same pass, where they can be: bigrams.ts's PageWords)
      const raw = pageRawPlaces(this.paragraphs);
      if (raw) {
        this.places = raw.prevAt;
        this.last = raw.last;
        this.withWords = true;
      } else {
        const offset = this.streamOffsets();
        const total = offset[this.paragraphs.length];
        this.places = previousPlaces(this.paragraphs, offset, total, new Int32Array(total));
      }
    }
    return this.places;
  }

  /** Each pair's last place on the page, by its key (-1: none), once prevAt() is found. */
  private last: (key: number) => number = () => -1;

  /**
   * The page's Han pairs as places, for `body` (of `total` characters) where
   * it is a run of the page's paragraphs worth reading so, on a page whose
   * places were found with its word pairs (a page's length); else null. (On a
   * paste of many pages, a pair's places after a body are most of its places,
   * each a miss of the cache: the body is read instead.)
   */
  pairPlaces(body: readonly BodyItem[], total: number): PagePairs | null {
    const start = this.runAt(body, total);
    if (start < 0) return null;
    const prevAt = this.prevAt();
    return this.withWords ? { start, prevAt, last: this.last } : null;
  }

  /** Whether prevAt() was found with the page's word pairs (PageWords). */
  private withWords = false;

  private streamOffsets(): Int32Array {
    if (!this.offset) {
      this.offset = new Int32Array(this.paragraphs.length + 1);
      for (let k = 0; k < this.paragraphs.length; k++) this.offset[k + 1] = this.offset[k] + this.paragraphs[k].text.length;
    }
    return this.offset;
  }
}

let page: PageStream | null = null;

/**
 * The Han character pairs of a run of the page's paragraphs as places in the
 * page's stream: `start`, where the run begins; `prevAt`, for each place where
 * a Han pair starts, the place of the same pair before it (previousPlaces);
 * `last(key)`, the pair's last place on the page (-1: none), for its key
 * (first unit << 16 | second).
 */
export interface PagePairs {
  start: number;
  prevAt: Int32Array;
  last: (key: number) => number;
}

/** PagePairs for a body (of `total` characters of paragraphs) that is a run of the page's paragraphs, read through the page's stream; null outside withPageStream, or for another body. */
export function pagePairs(body: readonly BodyItem[], total: number): PagePairs | null {
  return page ? page.pairPlaces(body, total) : null;
}

/** Whether the text of the page being read says `words` (false outside withPageStream). */
export function pageSays(words: string): boolean {
  return page?.says(words) ?? false;
}

/**
 * Runs `read` with `paragraphs` (the page's, in order; objects the bodies
 * will hold) as the page whose stream cohesionAt may read. (A body made of
 * other objects, or of paragraphs out of the page's order, is read alone.)
 */
export function withPageStream<T>(paragraphs: readonly BodyItem[], read: () => T): T {
  const outer = page;
  page = new PageStream(paragraphs);
  try {
    return read();
  } finally {
    page = outer;
  }
}

/**
 * cohesionAt's working memory, kept from one call to the next: a page's
 * bodies are read several times a parse, and typed arrays made and zeroed
 * afresh for each (the pair table alone 64–128 KB for a page) were a
 * measured sixth of its time. What a large input made is let go after it.
 */
const scratch = {
  places: new PairPlaces(),
  prevAt: new Int32Array(0),
  /** An array of at least `total` positions (not cleared). */
  positions(total: number): Int32Array {
    if (this.prevAt.length < total) this.prevAt = new Int32Array(Math.max(total, 4096));
    return this.prevAt;
  },
  release(): void {
    // (a page's body is a few thousand characters; kept past this, one huge
    // paste would hold its megabytes for the rest of the session)
    if (this.prevAt.length > SCRATCH_KEPT) this.prevAt = new Int32Array(0);
    this.places.releaseIfOver(SCRATCH_KEPT);
  },
};
/** Int32 entries of scratch memory kept between calls, per array. */
const SCRATCH_KEPT = 1 << 17;
