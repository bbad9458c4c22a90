// Character pairs of Han text, the unit the parser compares texts by: Chinese
// has no word spaces, and two texts on one subject share many pairs (a title
// and its article, a caption and the article it illustrates).

const WORD_CHAR = /^[\p{Script=Han}A-Za-z0-9]$/u;

/** Per UTF-16 unit outside the surrogates: 0 not yet asked, 1 not a word character, 2 a word character (WORD_CHAR). */
const unitKind = new Uint8Array(0x10000);
const astralWord = new Map<number, boolean>();

function isWordUnit(c: number): boolean {
  let kind = unitKind[c];
  if (!kind) unitKind[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  return kind === 2;
}

/** Characters outside the BMP remembered at most (a hostile paste could hold many). */
const MAX_ASTRAL_REMEMBERED = 4096;

function isWordCodePoint(cp: number): boolean {
  let word = astralWord.get(cp);
  if (word === undefined) {
    if (astralWord.size >= MAX_ASTRAL_REMEMBERED) astralWord.clear();
    astralWord.set(cp, (word = WORD_CHAR.test(String.fromCodePoint(cp))));
  }
  return word;
}

/** Reused between calls; a text longer than this gets a buffer of its own. */
let unitBuffer = new Uint16Array(4096);

/**
 * The UTF-16 units of wordChars(text), without building the string: the
 * first `length` units of `units`. A character outside the BMP is kept or
 * dropped whole, a lone surrogate dropped, as the pattern reads them.
 */
export function wordUnits(text: string): { units: Uint16Array; length: number } {
  const len = text.length;
  const units = len <= unitBuffer.length ? unitBuffer : new Uint16Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if (isWordUnit(c)) units[n++] = c;
    } else if (c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) {
          units[n++] = c;
          units[n++] = d;
        }
        i++;
      }
    }
  }
  return { units, length: n };
}

/** The sets bigramSet made, by text (shared: each is read only). */
const bigramSets = new Map<string, ReadonlySet<string>>();
/** Sets kept at most (the map is emptied when full), and the longest text kept. */
const MAX_BIGRAM_SETS = 64;
const MAX_KEPT_TEXT = 256;

/**
 * The set of adjacent character pairs of a text's Han, Latin and digit
 * characters. (A text asked again gets the set made for it: a page's titles
 * are asked about by each reading, page 003's 15 times for 9 titles.)
 */
export function bigramSet(text: string): ReadonlySet<string> {
  const kept = bigramSets.get(text);
  if (kept) return kept;
  const t = wordChars(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  if (text.length <= MAX_KEPT_TEXT) {
    if (bigramSets.size >= MAX_BIGRAM_SETS) bigramSets.clear();
    bigramSets.set(text, out);
  }
  return out;
}

/**
 * The pairs of a long text (a page, an article, a lead) as numbers, two
 * UTF-16 units in one key: the same pairs as bigramSet without a string and
 * its hash per character, for texts that are only looked up in (coverage).
 */
export class PairSet {
  // An open-addressed table of 32-bit keys (0 marks a free slot: no pair is
  // two NUL units). A Set<number> boxed most keys (a Han pair is no small
  // integer) and made a page's pairs a measured tenth of a parse.
  private keys: Int32Array;
  private mask: number;
  /** 32 less the table's bits: the hash's top bits pick the slot (its low bits are the key's). */
  private shift: number;
  private count = 0;

  /** `expected`: about how many keys it will hold (it grows past that). */
  constructor(expected = 512) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> this.shift) | 0;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  add(key: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== 0) return;
    this.keys[i] = key;
    if (++this.count * 2 > this.mask) this.grow();
  }

  has(key: number): boolean {
    return key !== 0 && this.keys[this.slot(key)] === key;
  }

  /** Empties the set (keeping its table). */
  clear(): void {
    if (this.count) this.keys.fill(0);
    this.count = 0;
  }

  /** How many of this set's keys `other` holds. */
  countIn(other: PairSet): number {
    let n = 0;
    for (let k = 0; k < this.keys.length; k++) if (this.keys[k] !== 0 && other.has(this.keys[k])) n++;
    return n;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2);
    this.mask = this.keys.length - 1;
    this.shift--;
    for (let k = 0; k < old.length; k++) if (old[k] !== 0) this.keys[this.slot(old[k])] = old[k];
  }
}

export function pairSet(text: string): PairSet {
  // The pairs of wordUnits(text), read in place (no copy of the units): a
  // character dropped joins the units on either side of it into a pair.
  const out = new PairSet(Math.min(text.length, 1 << 15));
  const len = text.length;
  let prev = -1;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if (!isWordUnit(c)) continue;
      if (prev >= 0) out.add((prev << 16) | c);
      prev = c;
    } else if (c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) {
          if (prev >= 0) out.add((prev << 16) | c);
          out.add((c << 16) | d);
          prev = d;
        }
        i++;
      }
    }
  }
  return out;
}

/** Share of `probe`'s pairs found in `text` (a title's pairs in an article's text). */
export function coverage(probe: ReadonlySet<string>, text: PairSet): number {
  if (!probe.size) return 0;
  let hit = 0;
  for (const g of probe) if (text.has((g.charCodeAt(0) << 16) | g.charCodeAt(1))) hit++;
  return hit / probe.size;
}

/**
 * A text's Han, Latin and digit characters: the text its pairs are taken
 * from. The same as text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, ''), read by the character
 * classes wordUnits remembers: the runs between the characters dropped are
 * cut out and joined.
 */
export function wordChars(text: string): string {
  const len = text.length;
  let out = '';
  let start = 0; // first unit of the run being kept
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let drop = 1; // units dropped here
    if (c < 0xd800 || c > 0xdfff) {
      if (isWordUnit(c)) continue;
    } else if (c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        if (isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) continue;
        drop = 2;
      }
    }
    const end = i + 1 - drop;
    if (end > start) out += text.slice(start, end);
    start = i + 1;
  }
  if (start === 0) return text;
  return start < len ? out + text.slice(start) : out;
}

/**
 * Share of `probe`'s pairs found in `words` (from wordChars): the same as
 * coverage(probe, bigramSet(text)) without building the text's set, which
 * costs a string per character of the text.
 */
export function coverageIn(probe: ReadonlySet<string>, words: string): number {
  if (!probe.size) return 0;
  if (words.length < probe.size * LONG_TEXT_PER_PAIR || probe.size >= 0xffff) {
    let hit = 0;
    for (const g of probe) if (words.includes(g)) hit++;
    return hit / probe.size;
  }
  return foundInOnePass(probe, words) / probe.size;
}

/**
 * coverageIn(probe, words) where words is the texts' wordChars one after
 * another, cut to its first `limit` units, without building that string
 * (coverageOfEachInTexts with one probe).
 */
export function coverageInTexts(probe: ReadonlySet<string>, texts: readonly string[], limit = Infinity): number {
  if (!probe.size) return 0;
  return coverageOfEachInTexts([probe], texts, limit)[0];
}

/**
 * For each probe, coverageIn(probe, words) where words is the texts'
 * wordChars one after another, cut to its first `limit` units: the texts'
 * word units are read in place (as wordChars keeps them, each text on its
 * own), once for all the probes, and each pair looked up as it passes (the
 * placement of heads asks the titles before and after a text about it).
 */
export function coverageOfEachInTexts(probes: readonly ReadonlySet<string>[], texts: readonly string[], limit = Infinity): number[] {
  let pairs = 0;
  for (const probe of probes) pairs += probe.size;
  // (firstPairOf numbers the pairs in 16 bits)
  if (pairs >= 0xffff) return probes.map((probe) => (probe.size < 0xffff ? coverageOfEachInTexts([probe], texts, limit)[0] : coverageIn(probe, texts.map(wordChars).join('').slice(0, limit))));
  // (texts that are items of the page being read, in its order: each pair looked up where it stands there)
  const onPage = pageWords?.coverageOfEach(probes, texts, limit);
  if (onPage) return onPage;
  // Every probe's pairs in one index by first unit, each knowing its probe
  // (in working memory kept between calls: four arrays made for each of a
  // page's dozen calls were a measured part of its garbage).
  if (indexMemory.second.length < pairs) indexMemory.grow(pairs);
  const { second, probeOf, nextSameFirst, found } = indexMemory;
  nextSameFirst.fill(-1, 0, pairs);
  found.fill(0, 0, pairs);
  const hits = new Array<number>(probes.length).fill(0);
  const firsts: number[] = [];
  let k = 0;
  for (let q = 0; q < probes.length; q++) {
    for (const g of probes[q]) {
      const a = g.charCodeAt(0);
      second[k] = g.charCodeAt(1);
      probeOf[k] = q;
      if (firstPairOf[a]) nextSameFirst[k] = firstPairOf[a] - 1;
      else {
        firsts.push(a);
        opensPair[a >> 5] |= 1 << (a & 31);
      }
      firstPairOf[a] = k + 1;
      k++;
    }
  }
  let left = pairs; // pairs not found yet: none left, the rest of the texts can add none
  let prev = -1;
  let count = 0;
  // (a whole number to compare with: limit is most often Infinity)
  const max = limit < 0x7fffffff ? limit : 0x7fffffff;
  // Each word unit u, after the one before it (prev): the pair (prev, u) looked
  // up where prev opens one. A unit of the BMP goes straight to the look-up;
  // the first half of a pair outside it is read by a path of its own (rare).
  // (One path for both, a loop over the character's one or two units, cost
  // about three times as much a unit.)
  outer: for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    const len = text.length;
    for (let i = 0; i < len; i++) {
      let u = text.charCodeAt(i);
      if (u < 0xd800 || u > 0xdfff) {
        const kind = unitKind[u];
        if (kind !== 2 && (kind === 1 || !isWordUnit(u))) continue;
      } else {
        const d = u <= 0xdbff && i + 1 < len ? text.charCodeAt(i + 1) : 0;
        if (d < 0xdc00 || d > 0xdfff) continue;
        i++;
        if (!isWordCodePoint((u - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) continue;
        if (count++ >= max) break outer;
        if (prev >= 0 && opensPair[prev >> 5] & (1 << (prev & 31))) {
          for (let j = firstPairOf[prev] - 1; j >= 0; j = nextSameFirst[j]) {
            if (second[j] !== u || found[j]) continue;
            found[j] = 1;
            hits[probeOf[j]]++;
            left--;
          }
          if (!left) break outer;
        }
        prev = u;
        u = d;
      }
      if (count++ >= max) break outer;
      if (prev >= 0 && opensPair[prev >> 5] & (1 << (prev & 31))) {
        for (let j = firstPairOf[prev] - 1; j >= 0; j = nextSameFirst[j]) {
          if (second[j] !== u || found[j]) continue;
          found[j] = 1;
          hits[probeOf[j]]++;
          left--;
        }
        if (!left) break outer;
      }
      prev = u;
    }
  }
  for (const a of firsts) {
    firstPairOf[a] = 0;
    opensPair[a >> 5] = 0;
  }
  return probes.map((probe, q) => (probe.size ? hits[q] / probe.size : 0));
}

/** coverageOfEachInTexts's index of the probes' pairs (its first `pairs` entries in use). */
const indexMemory = {
  second: new Uint16Array(0),
  probeOf: new Uint16Array(0),
  nextSameFirst: new Int32Array(0),
  found: new Uint8Array(0),
  grow(pairs: number): void {
    // (pairs < 0xffff: a few hundred KB at most)
    const n = Math.max(pairs, 256);
    this.second = new Uint16Array(n);
    this.probeOf = new Uint16Array(n);
    this.nextSameFirst = new Int32Array(n);
    this.found = new Uint8Array(n);
  },
};

/** The pairs of a probe, looked up by their first unit (firstPairOf, which clear() resets for the next probe). */
function indexPairs(probe: ReadonlySet<string>) {
  const n = probe.size;
  const second = new Uint16Array(n);
  const nextSameFirst = new Int32Array(n).fill(-1); // pairs with the same first unit, chained
  const found = new Uint8Array(n);
  const firsts: number[] = [];
  let k = 0;
  for (const g of probe) {
    const a = g.charCodeAt(0);
    second[k] = g.charCodeAt(1);
    if (firstPairOf[a]) nextSameFirst[k] = firstPairOf[a] - 1;
    else firsts.push(a);
    firstPairOf[a] = k + 1;
    k++;
  }
  return {
    /** 1 when (a, b) is a pair of the probe not found before, else 0. */
    find(a: number, b: number): number {
      for (let j = firstPairOf[a] - 1; j >= 0; j = nextSameFirst[j]) {
        if (second[j] === b && !found[j]) {
          found[j] = 1;
          return 1;
        }
      }
      return 0;
    },
    clear(): void {
      for (const a of firsts) firstPairOf[a] = 0;
    },
  };
}

/** Texts this many times longer than the probe's pairs are read once (foundInOnePass), not searched once per pair. */
const LONG_TEXT_PER_PAIR = 16;
/** foundInOnePass's index of the probe's pairs by their first unit: 1 + the first pair's index, 0 for none (cleared after each call). */
const firstPairOf = new Uint16Array(0x10000);
/** coverageOfEachInTexts's first units as bits (8 KB, read first: most units open no pair, and firstPairOf read at each missed the cache). */
const opensPair = new Int32Array(0x10000 >> 5);

/** How many of `probe`'s pairs occur in `text`, in one pass over it: each unit that opens a pair of the probe is looked up. */
function foundInOnePass(probe: ReadonlySet<string>, text: string): number {
  const index = indexPairs(probe);
  let hit = 0;
  for (let i = 0; i + 1 < text.length && hit < probe.size; i++) {
    const a = text.charCodeAt(i);
    if (firstPairOf[a]) hit += index.find(a, text.charCodeAt(i + 1));
  }
  index.clear();
  return hit;
}
/**
 * The distinct pairs of a text's word units that are both Han, in a set of
 * keys (two UTF-16 units in one 32-bit key, never 0): the Han pairs of
 * bigramSet, without a string and a hash entry each.
 */
function hanPairSet(text: string): PairSet {
  const { units, length } = wordUnits(text);
  const out = new PairSet(Math.min(length, 1 << 15));
  for (let i = 0; i + 1 < length; i++) if (isHanUnit(units[i]) && isHanUnit(units[i + 1])) out.add((units[i] << 16) | units[i + 1]);
  return out;
}

const isHanUnit = (u: number) => u >= 0x3400 && u <= 0x9fff;

/** Share of pairs two texts have in common (Dice). */
export function topicSimilarity(a: string, b: string): number {
  // (Han pairs only: dates and figures, 2025年 or 8月1日, are in every report and tell no subject)
  // (in sets, not sorted arrays: sorting the pairs of the two sides of every
  // crosshead, 1,500 characters each, was a twelfth of parsing a page of them)
  const A = hanPairSet(a);
  if (!A.size) return 0;
  const B = hanPairSet(b);
  if (!B.size) return 0;
  return (2 * B.countIn(A)) / (A.size + B.size);
}

/**
 * The items of the page being read (its paragraphs, crossheads, notes… in
 * order) as one stream of word units (their wordUnits one after another, as
 * coverageOfEachInTexts reads texts), with where each pair of units stands: a
 * question about texts that are items of the page in its order (a group's
 * paragraphs, an article's blocks, the whole text) looks each pair of its
 * probes up there instead of reading the texts (a page of listed heads asks
 * about its paragraphs six times or more).
 *
 * Made in the same pass: the places of the Han pairs of the page's
 * paragraphs in their raw text (two characters of U+3400–U+9FFF side by side
 * in a paragraph), which the cohesion of cuts and the split's affinities read
 * (rawPlaces). Made at the first question that needs these, or once the
 * questions have asked about twice as many characters as the items hold.
 */
export class PageWords {
  /** Each item's first unit in the stream, and the stream's end. */
  private starts: Int32Array | null = null;
  /** For each unit c of the stream: where the pair (unit c - 1, unit c) stood before (as c), or -1. */
  private prevAt: Int32Array = new Int32Array(0);
  /** For each place of the paragraphs' raw text (one after another) where a Han pair starts, where it stood before (-1: none); NO_RAW_PAIR elsewhere. */
  private rawPrevAt: Int32Array = new Int32Array(0);
  /** Whether every character of U+3400–U+9FFF in the paragraphs is a word character (their raw Han pairs are then word pairs, found in the same pass). */
  private rawOk = true;
  /** Open-addressed table, a slot of three: a pair's key (never 0), its last place in the stream, its last place in the raw text (-1: none). */
  private table: Int32Array = new Int32Array(0);
  private shift = 0;
  private mask = 0;
  /** The items of each text, in order (made at the first text not found a few items after the one before). */
  private itemsOf: Map<string, number[]> | null = null;
  /** Characters the questions have read before the stream was made. */
  private asked = 0;
  private chars = -1;
  /** Whether the stream could not be made (a page too long). */
  private failed = false;

  constructor(
    private readonly items: readonly { kind: string; text: string }[],
    private readonly memory: { mem: Int32Array },
  ) {}

  /** The items' characters. */
  private total(): number {
    if (this.chars < 0) {
      this.chars = 0;
      for (const item of this.items) this.chars += item.text.length;
    }
    return this.chars;
  }

  /** The slot of a key in the table (a free one where it is not there). */
  private slot(key: number): number {
    const table = this.table;
    let i = (Math.imul(key, 0x9e3779b1) >>> this.shift) | 0;
    while (table[3 * i] !== 0 && table[3 * i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The items `texts` are, one after another in the page's order (the first such), or null. */
  private itemsAt(texts: readonly string[]): number[] | null {
    const items = this.items;
    const out: number[] = [];
    let after = -1;
    for (const text of texts) {
      // (most texts asked about are an item a few after the one before, the first the
      // same text found from there, and a page of few items is read to its end: the
      // items are listed by text only for the others, which hashed every item's
      // text, a fiftieth of page 003)
      const near = items.length <= SCANNED_ITEMS ? items.length : Math.min(items.length, after + 1 + NEAR_ITEMS);
      let j = after + 1;
      while (j < near && items[j].text !== text) j++;
      if (j < near) {
        out.push((after = j));
        continue;
      }
      if (near === items.length) return null;
      if (!this.itemsOf) {
        this.itemsOf = new Map();
        for (let k = 0; k < items.length; k++) {
          const list = this.itemsOf.get(items[k].text);
          if (list) list.push(k);
          else this.itemsOf.set(items[k].text, [k]);
        }
      }
      const list = this.itemsOf.get(text);
      if (!list) return null;
      let k = 0;
      while (k < list.length && list[k] <= after) k++;
      if (k === list.length) return null;
      out.push((after = list[k]));
    }
    return out;
  }

  /**
   * coverageOfEachInTexts(probes, texts, limit) where texts are items of the
   * page in its order (and each pair stands in few enough places); else null.
   * The texts' stream is the page's in runs of items that stand together
   * there (no unit between them), joined by pairs of their own.
   */
  coverageOfEach(probes: readonly ReadonlySet<string>[], texts: readonly string[], limit: number): number[] | null {
    if (!texts.length || this.failed) return null;
    if (!this.starts) {
      // (made once the questions have asked about twice as many characters as the page holds:
      // making it costs more than reading them once, and a page asked little is read, its
      // items not even listed by text)
      let asked = 0;
      for (const text of texts) asked += text.length;
      this.asked += Math.min(asked, limit);
      if (this.asked < PASSES_BEFORE_STREAM * this.total()) return null;
      // (a paste of many pages is not listed by text either)
      if (this.total() > MAX_PAGE_WORDS) {
        this.fail();
        return null;
      }
    }
    const at = this.itemsAt(texts);
    if (!at || (!this.starts && !this.build())) return null;
    const starts = this.starts!;
    const { prevAt, table } = this;
    const max = limit < 0x7fffffff ? limit : 0x7fffffff;
    // The runs, as ranges of places [lo, hi) of the stream where a pair (its second unit's
    // place) is one of the texts' (within the first `max` units), and the pairs where two
    // runs join, each with the place of its second unit among the texts' units.
    const lo: number[] = [];
    const hi: number[] = [];
    const joins: number[] = [];
    let units = 0; // units of the texts before the one read
    let end = -1; // the place after the last unit of the last text with any
    let lastItem = -1; // that text's item
    for (const k of at) {
      const from = starts[k];
      const to = starts[k + 1];
      if (from === to) continue;
      if (units >= max) break;
      const cap = from + (max - units);
      if (from === end) hi[hi.length - 1] = Math.min(to, cap);
      else {
        if (end >= 0) joins.push(this.edges[2 * lastItem + 1] << 16 | this.edges[2 * k]);
        lo.push(from + 1);
        hi.push(Math.min(to, cap));
      }
      units += to - from;
      end = to;
      lastItem = k;
    }
    // (places looked at, at most as many as the texts' units: past that a pass over them costs less)
    let budget = units;
    const out: number[] = [];
    for (const probe of probes) {
      if (!probe.size) {
        out.push(0);
        continue;
      }
      let hits = 0;
      for (const g of probe) {
        const key = (g.charCodeAt(0) << 16) | g.charCodeAt(1);
        if (joins.includes(key)) {
          hits++;
          continue;
        }
        const i = this.slot(key);
        if (table[3 * i] === 0) continue;
        // Its places, last first, against the runs, last first.
        let r = lo.length - 1;
        for (let c = table[3 * i + 1]; c >= 0 && r >= 0; c = prevAt[c]) {
          if (--budget < 0) return null;
          while (r >= 0 && c < lo[r]) r--;
          if (r >= 0 && c < hi[r]) {
            hits++;
            break;
          }
        }
      }
      out.push(hits / probe.size);
    }
    return out;
  }

  /** Each item's first and last unit in the stream (for an item with any). */
  private edges: Int32Array = new Int32Array(0);

  /**
   * The places of the Han pairs of the page's paragraphs in their raw text:
   * for each place where one starts, where it stood before (`prevAt`,
   * NO_RAW_PAIR where none starts), and each pair's last place (`last`, by
   * its key, -1: none). Null where `paragraphs` are not the page's
   * paragraphs, the page is too long, or a paragraph holds a character of
   * U+3400–U+9FFF that is no word character.
   */
  rawPlaces(paragraphs: readonly { kind: string; text: string }[]): { prevAt: Int32Array; last: (key: number) => number } | null {
    if (this.failed) return null;
    let p = 0;
    for (const item of this.items) if (item.kind === 'paragraph' && paragraphs[p++] !== item) return null;
    if (p !== paragraphs.length || (!this.starts && !this.build()) || !this.rawOk) return null;
    return {
      prevAt: this.rawPrevAt,
      last: (key) => {
        const i = this.slot(key);
        return this.table[3 * i] === 0 ? -1 : this.table[3 * i + 2];
      },
    };
  }

  /** The stream is not made: every question reads its texts. */
  private fail(): false {
    this.failed = true;
    return false;
  }

  /** Reads the page's items into the stream (false for a page too long to keep so: its texts are read as they are asked about). */
  private build(): boolean {
    const items = this.items;
    const total = this.total();
    if (total > MAX_PAGE_WORDS) return this.fail();
    const starts = new Int32Array(items.length + 1);
    // Each item's first and last unit in the stream (the pairs where two runs of items join).
    const edges = new Int32Array(2 * items.length);
    // (in memory kept from one page to the next; a slot a character at least, about half of them
    // filled by a page's distinct pairs: a table twice that size cost more in the cache than its
    // longer runs of probes)
    let bits = 4;
    while (1 << bits < total + 1) bits++;
    // (probes past this many a unit: a text of few repeated pairs, made to fill the table; read text by text)
    let probes = MAX_PROBES_PER_UNIT * total;
    // The table, prevAt and rawPrevAt one after another in one array: the optimised loop
    // checks an array and reloads where its elements lie at each step, once for each array
    // it writes (three arrays and the units cost about a sixth of the pass).
    const size = 3 << bits;
    const P = size; // prevAt's place in `mem`
    const R = size + total; // rawPrevAt's
    const memory = this.memory;
    if (memory.mem.length < R + total) memory.mem = new Int32Array(Math.max(R + total, 4096));
    const mem = memory.mem;
    mem.fill(0, 0, size);
    mem.fill(NO_RAW_PAIR, R, R + total);
    let rawOk = true;
    // (each unit's pair looked up in line: a function called a unit kept `c` in memory, not a register)
    let c = 0;
    let prev = -1;
    let o = 0; // the paragraph's place in the paragraphs' raw text
    for (let k = 0; k < items.length; k++) {
      starts[k] = c;
      const text = items[k].text;
      const len = text.length;
      const paragraph = items[k].kind === 'paragraph';
      // (the unit before, kept here: read again from the text, it cost a tenth of the pass)
      let last = 0;
      // (the second unit of a character outside the BMP, taken at the next step)
      let low = false;
      const first = c;
      for (let i = 0; i < len; i++) {
        const u = text.charCodeAt(i);
        const before = last;
        last = u;
        if (u >= 0x4e00 && u <= 0x9fa5) {
          // (the ideographs of Unicode 1.1, every one a word character: most of a page, read without the table)
        } else if (u < 0xd800 || u > 0xdfff) {
          const kind = unitKind[u];
          if (kind !== 2 && (kind === 1 || !isWordUnit(u))) {
            if (u >= 0x3400 && u <= 0x9fff && paragraph) rawOk = false;
            continue;
          }
        } else if (low) low = false;
        else {
          // (a character outside the BMP: its first unit here, paired with the unit before it, and
          // its second at the next step, paired with the first; a lone surrogate is dropped)
          const d = u <= 0xdbff && i + 1 < len ? text.charCodeAt(i + 1) : 0;
          if (d < 0xdc00 || d > 0xdfff) continue;
          if (!isWordCodePoint((u - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) {
            i++;
            continue;
          }
          low = true;
        }
        if (c === first) edges[2 * k] = u;
        if (prev < 0) mem[P + c] = -1;
        else {
          const key = (prev << 16) | u;
          let s = Math.imul(Math.imul(key, 0x9e3779b1) >>> (32 - bits), 3);
          while (mem[s] !== 0 && mem[s] !== key) {
            s += 3;
            if (s === size) s = 0;
            if (--probes < 0) return this.fail();
          }
          if (mem[s] === 0) {
            mem[s] = key;
            mem[s + 2] = -1;
            mem[P + c] = -1;
          } else mem[P + c] = mem[s + 1];
          mem[s + 1] = c;
          // (two Han characters side by side in a paragraph: a raw pair, the same key, the
          // character before a word character here where every Han one is; a surrogate is not Han)
          if (paragraph && u >= 0x3400 && u <= 0x9fff && before >= 0x3400 && before <= 0x9fff) {
            const at = o + i - 1;
            mem[R + at] = mem[s + 2];
            mem[s + 2] = at;
          }
        }
        c++;
        prev = u;
      }
      if (c > first) edges[2 * k + 1] = prev;
      if (paragraph) o += len;
    }
    starts[items.length] = c;
    this.starts = starts;
    this.edges = edges;
    this.prevAt = mem.subarray(P, P + total);
    this.rawPrevAt = mem.subarray(R, R + total);
    this.rawOk = rawOk;
    this.table = mem.subarray(0, size);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    return true;
  }
}

/** Items after the last one found that PageWords.itemsAt reads for the next text before it looks it up by text, and the items of a page it reads to the end. */
const NEAR_ITEMS = 16;
const SCANNED_ITEMS = 128;
/** The questions about a page's items read this many times its characters before its stream is made. */
const PASSES_BEFORE_STREAM = 2;
/** rawPlaces' prevAt where no Han pair starts: above every place (an Int32, as cohesion.ts's NO_PAIR). */
const NO_RAW_PAIR = 0x7fffffff;
/** Probes of the table a unit (beyond the first) the stream is made with at most. */
const MAX_PROBES_PER_UNIT = 4;
/** Characters of paragraphs a page's stream is made for at most (a paste of megabytes is read text by text, as asked). */
const MAX_PAGE_WORDS = 1 << 16;
/** PageWords' arrays, kept from one page to the next (one page is read at a time). */
const pageWordsMemory = { mem: new Int32Array(0) };

let pageWords: PageWords | null = null;

/** The raw places of the Han pairs of the page being read's paragraphs (PageWords.rawPlaces), made now if they were not; null outside withPageWords, for other paragraphs, or where they cannot be made so. */
export function pageRawPlaces(paragraphs: readonly { kind: string; text: string }[]): { prevAt: Int32Array; last: (key: number) => number } | null {
  return pageWords?.rawPlaces(paragraphs) ?? null;
}

/** Runs `read` with `items` (the page's paragraphs, crossheads, notes…, in order) as the page coverageOfEachInTexts may look pairs up in. */
export function withPageWords<T>(items: readonly { kind: string; text: string }[], read: () => T): T {
  const outer = openPageWords(items);
  try {
    return read();
  } finally {
    closePageWords(outer);
  }
}

/** Makes `items` the page coverageOfEachInTexts may look pairs up in, until closePageWords is given what this returns (the page before). */
export function openPageWords(items: readonly { kind: string; text: string }[]): PageWords | null {
  const outer = pageWords;
  // (a page read inside another gets memory of its own)
  pageWords = new PageWords(items, outer ? { mem: new Int32Array(0) } : pageWordsMemory);
  return outer;
}

export function closePageWords(outer: PageWords | null): void {
  pageWords = outer;
}
