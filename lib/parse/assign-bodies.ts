// Shares the text under one head group out among the articles it names.
// E-paper pages and some PDF copies list several titles first and then all
// their texts; a text belongs to the title whose words it repeats, and an
// article ends at its closing note (（新华社…电）, （转自…）).

import { PairSet, bigramSet, coverage, coverageInTexts, coverageOfEachInTexts, pairSet, wordUnits } from './bigrams';
import { cohesionAt, pagePairs, pageSays } from './cohesion';
import { TITLE_WORDS_WINDOW } from './constants';
import { SOFT_JOIN, withoutSoftJoins, type BodyItem, type Head } from './head-types';
import { isBareName, printedTwice } from './head-fields';
import { halfWidthCount } from './line-shape';
import { firstWordChar, lastWordChar } from './cjk';
import { joinedLine, plainOverSpaced, styleOf, stylesDiffer } from './frame-style';
import { pageUnwrapped } from './unwrapped';
import { HAN_ONLY, NEWS_LEAD, PARALLEL_PHRASES, SERIES_KICKER, isClosingNote, isSignatureNote, leavesMarkOpen, opensWithClaim, reportsClaim, reportsSpeech } from './patterns';

/** Above this many items the quadratic split is not tried; notes alone cut. */
const MAX_SPLIT_ITEMS = 600;
/** A column label (理论学苑, 太报时评) is a short standing name. */
const MAX_COLUMN_CHARS = 6;
/** Lines shorter than this are kickers or a wrapped title's lines, not a
 *  headline of their own: stacked titles must each be this long. */
const MIN_STACKED_TITLE_CHARS = 9;
/** … or this long, where the text under it plainly starts an article. */
const MIN_PLAIN_CUT_TITLE_CHARS = 5;
/** A title line this short ends the line above it, whatever the lines around it. */
const MAX_LINE_TAIL_CHARS = 2;
/** A last title line this short is the tail of a wrapped title. */
const MAX_TITLE_TAIL_CHARS = 6;

const charCount = (s: string) => [...withoutSoftJoins(s)].length;

/** The pairs of the texts a TextPairs indexes, by first unit: 1 + the index of the last pair opening with it (0: none); cleared by release(). */
const lastPairOf = new Int32Array(0x10000);
/** The same units as bits (8 KB, read first: most units open no pair, and the 256 KB table read at each missed the cache). */
const opensPair = new Int32Array(0x10000 >> 5);

/**
 * The word pairs of several texts (heads' titles), indexed by their first
 * unit, so that one pass over a paragraph finds which of each text's pairs it
 * holds: every place in it is looked up, with no search of the paragraph per
 * pair. A head's affinity to a paragraph is the share of its pairs found there.
 * One index at a time (it lives in lastPairOf until released).
 */
class TextPairs {
  /** Distinct pairs of each text. */
  readonly sizes: number[] = [];
  /** Pairs of each text found by the last count(). */
  readonly hits: Int32Array;
  private readonly second: number[] = [];
  private readonly textOf: number[] = [];
  /** The pair before it with the same first unit (-1: none). */
  private readonly next: number[] = [];
  private readonly firsts: number[] = [];
  /** The count() (numbered from 1) in which each pair was last found: a pair counts once a paragraph. */
  private readonly foundIn: Int32Array;
  private counted = 0;

  constructor(texts: string[]) {
    // Each text's distinct pairs (bigramSet's, in its order) read from its word
    // units in place: no string and no Set entry a pair. A pair is new to its
    // text where the chain of its first unit holds no pair of the text with
    // its second (the text's own pairs are the chain's newest).
    for (let t = 0; t < texts.length; t++) {
      const { units, length } = wordUnits(texts[t]);
      let size = 0;
      for (let i = 0; i + 1 < length; i++) {
        const a = units[i];
        const b = units[i + 1];
        let k = lastPairOf[a] - 1;
        while (k >= 0 && this.textOf[k] === t && this.second[k] !== b) k = this.next[k];
        if (k >= 0 && this.textOf[k] === t) continue;
        size++;
        if (!lastPairOf[a]) {
          this.firsts.push(a);
          opensPair[a >> 5] |= 1 << (a & 31);
        }
        this.next.push(lastPairOf[a] - 1);
        this.second.push(b);
        this.textOf.push(t);
        lastPairOf[a] = this.second.length;
      }
      this.sizes.push(size);
    }
    this.foundIn = new Int32Array(this.second.length);
    this.hits = new Int32Array(texts.length);
  }

  /** Counts into `hits` the pairs of each text that `text` holds (as text.includes(pair) would find them). */
  count(text: string): void {
    const { second, next, textOf, foundIn, hits } = this;
    const n = ++this.counted;
    hits.fill(0);
    for (let j = 0; j + 1 < text.length; j++) {
      const a = text.charCodeAt(j);
      if (!(opensPair[a >> 5] & (1 << (a & 31)))) continue;
      const last = lastPairOf[a];
      const b = text.charCodeAt(j + 1);
      for (let k = last - 1; k >= 0; k = next[k])
        if (second[k] === b && foundIn[k] !== n) {
          foundIn[k] = n;
          hits[textOf[k]]++;
        }
    }
  }

  /** Share of text t's pairs the last count() found (0 for a text with none). */
  affinity(t: number): number {
    return this.sizes[t] ? this.hits[t] / this.sizes[t] : 0;
  }

  release(): void {
    for (const a of this.firsts) {
      lastPairOf[a] = 0;
      opensPair[a >> 5] = 0;
    }
  }
}

/**
 * Running sums of each paragraph's affinity to the word pairs of each text
 * (a head's words): out[t][i] covers items before i. Each paragraph is read
 * once for all the texts.
 */
function prefixAffinities(texts: string[], body: BodyItem[]): Float64Array[] {
  const out: Float64Array[] = [];
  // (views of one buffer: a buffer each, made outside the heap, cost more than the views)
  const sums = new Float64Array(texts.length * (body.length + 1));
  for (let t = 0; t < texts.length; t++) out.push(sums.subarray(t * (body.length + 1), (t + 1) * (body.length + 1)));
  const hits = hitsByPlaces(texts, body);
  if (hits) {
    const { found } = hits;
    const n = body.length;
    for (let t = 0; t < texts.length; t++) {
      const size = hits.sizes[t];
      for (let i = 0; i < n; i++) out[t][i + 1] = out[t][i] + (body[i].kind === 'paragraph' && size ? found[t * n + i] / size : 0);
    }
    return out;
  }
  const index = new TextPairs(texts);
  for (let i = 0; i < body.length; i++) {
    const paragraph = body[i].kind === 'paragraph';
    if (paragraph) index.count(body[i].text);
    for (let t = 0; t < texts.length; t++) out[t][i + 1] = out[t][i] + (paragraph ? index.affinity(t) : 0);
  }
  index.release();
  return out;
}

/** Places a text's pairs may be looked up at, per character of the body (past them, the body is read through). */
const PLACES_PER_CHAR = 1;

/** Scratch for hitsByPlaces: the keys of one text's pairs. */
let pairKeys = new Int32Array(256);
/** Entries of a scratch array kept from one call to the next at most (larger ones are made for the call). */
const SCRATCH_KEPT = 1 << 16;

/**
 * A typed array kept between calls, for work whose arrays made afresh at
 * every call cost a share of it: `take(size)` gives at least `size` entries,
 * the kept array (grown by doubling) up to SCRATCH_KEPT, a new one past it.
 * What it holds is the caller's to read before the next take.
 */
class KeptArray<T extends Int32Array | Float64Array> {
  constructor(
    private array: T,
    private readonly make: (size: number) => T,
  ) {}
  take(size: number): T {
    if (size > SCRATCH_KEPT) return this.make(size);
    if (this.array.length < size) this.array = this.make(Math.max(size, 2 * this.array.length));
    return this.array;
  }
}
const int32s = (size: number) => new Int32Array(size);

/** Scratch for hitsByPlaces: the body's offsets and the counts it returns (read by its caller before the next call). */
const offsetScratch = new KeptArray(new Int32Array(256), int32s);
const foundScratch = new KeptArray(new Int32Array(1024), int32s);

/**
 * For each text, its distinct word pairs (`sizes`, as TextPairs counts them)
 * and how many of them each paragraph of the body holds (`found[t * n + i]`
 * for n items, 0 for an item that is not a paragraph; memory kept for the
 * next call, read before it), as TextPairs.count finds them, read from
 * where the page's Han pairs stand (cohesion.ts's pagePairs): a look-up a
 * place of each pair, not a pass over the text. Null where that cannot
 * answer: a body that is not a run of the page's paragraphs, a text with a
 * pair other than two Han characters of the BMP, or a text whose pairs stand
 * in more places than the body has characters (then the pass costs less).
 */
function hitsByPlaces(texts: string[], body: BodyItem[]): { sizes: number[]; found: Int32Array } | null {
  const n = body.length;
  // (typed arrays made afresh for each call, and a view and a sort of each text's keys, were
  // two fifths of this function on page 003: the arrays are kept, the keys sorted in place)
  const offset = offsetScratch.take(n + 1);
  offset[0] = 0;
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i] + (body[i].kind === 'paragraph' ? body[i].text.length : 0);
  const total = offset[n];
  if (!total) return null;
  const pairs = pagePairs(body, total);
  if (!pairs) return null;
  const { start, prevAt, last } = pairs;
  const end = start + total;
  let budget = PLACES_PER_CHAR * total;
  const sizes: number[] = [];
  const entries = texts.length * n;
  const all = foundScratch.take(entries).fill(0, 0, entries);
  for (let t = 0; t < texts.length; t++) {
    // The text's distinct pairs, in a sorted list of their keys.
    const { units, length } = wordUnits(texts[t]);
    if (pairKeys.length < length) pairKeys = new Int32Array(length);
    let keys = 0;
    for (let j = 0; j + 1 < length; j++) {
      const a = units[j];
      const b = units[j + 1];
      if (a < 0x3400 || a > 0x9fff || b < 0x3400 || b > 0x9fff) return null;
      pairKeys[keys++] = (a << 16) | b;
    }
    // (sorted in place, by insertion: a title holds a few dozen pairs)
    const sorted = pairKeys;
    for (let k = 1; k < keys; k++) {
      const key = sorted[k];
      let j = k - 1;
      while (j >= 0 && sorted[j] > key) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = key;
    }
    const at = t * n;
    let size = 0;
    for (let k = 0; k < keys; k++) {
      if (k > 0 && sorted[k] === sorted[k - 1]) continue;
      size++;
      // Its places on the page, last first: each paragraph of the body that holds one counts once.
      // (the item holding a place is the last whose offset is at most the place's: items of no
      // characters before it share its offset, those after it the next paragraph's)
      let item = n - 1;
      let counted = -1;
      for (let p = last(sorted[k]); p >= start; p = prevAt[p]) {
        if (--budget < 0) return null;
        if (p >= end) continue;
        const local = p - start;
        while (offset[item] > local) item--;
        if (item !== counted) {
          all[at + item]++;
          counted = item;
        }
      }
    }
    sizes.push(size);
  }
  return { sizes, found: all };
}
/**
 * The running sums of prefixAffinities for each head's text, remembered
 * with the body; in an array built by push: the arrays map() built here came
 * in two shapes, and the split's optimised code, which reads them in its
 * inner loop, was thrown away again and again.
 */
function prefixesOf(heads: Head[], text: (h: Head) => string, body: BodyItem[]): Float64Array[] {
  const memo = bodyMemo(body).prefix;
  const missing: string[] = [];
  for (const h of heads) {
    const t = text(h);
    if (!memo.has(t) && !missing.includes(t)) missing.push(t);
  }
  if (missing.length) {
    const made = prefixAffinities(missing, body);
    for (let t = 0; t < missing.length; t++) memo.set(missing[t], made[t]);
  }
  const out: Float64Array[] = [];
  for (const h of heads) out.push(memo.get(text(h))!);
  return out;
}

/** The text whose word pairs are a head's words for the split: its titles and subtitle. */
const headWords = (h: Head) => [...h.titles, h.subtitle ?? ''].join('');

/**
 * What splitBody reads of a body that does not depend on the heads: its cut
 * points, their bonuses and cohesion, and each head text's prefix affinities.
 * One body is split several times (each head's stacked titles, then the
 * group; each listed reading twice), and the readings rebuild the body array
 * from the same items, so the memo is found by its first item and checked
 * item by item (same object, kind and text) against the body asked about.
 */
interface BodyMemo {
  items: BodyItem[];
  kinds: string[];
  texts: string[];
  cutPoints: number[] | null;
  bonusAt: Float64Array | null;
  cohesion: Float64Array | null;
  prefix: Map<string, Float64Array>;
  /** The word pairs of all its paragraphs (splitListed), once it has been read through often enough to need them. */
  pageWords: PairSet | null;
  /** Passes over its paragraphs made without pageWords. */
  pagePasses: number;
}

/** Bodies remembered per first item (the readings of one page give a few). */
const MEMOS_PER_ITEM = 4;
const bodyMemos = new WeakMap<BodyItem, BodyMemo[]>();
const emptyBodyMemo = (): BodyMemo => ({ items: [], kinds: [], texts: [], cutPoints: null, bonusAt: null, cohesion: null, prefix: new Map(), pageWords: null, pagePasses: 0 });

function sameBody(memo: BodyMemo, body: BodyItem[]): boolean {
  if (memo.items.length !== body.length) return false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (memo.items[i] !== b || memo.kinds[i] !== b.kind || memo.texts[i] !== b.text) return false;
  }
  return true;
}

function bodyMemo(body: BodyItem[]): BodyMemo {
  if (!body.length) return emptyBodyMemo();
  let list = bodyMemos.get(body[0]);
  const found = list?.find((m) => sameBody(m, body));
  if (found) return found;
  const memo = emptyBodyMemo();
  for (const b of body) {
    memo.items.push(b);
    memo.kinds.push(b.kind);
    memo.texts.push(b.text);
  }
  if (!list) bodyMemos.set(body[0], (list = []));
  if (list.length >= MEMOS_PER_ITEM) list.shift();
  list.push(memo);
  return memo;
}

/**
 * Splits a body among heads listed in its order, without the checks
 * assignBodies makes: the listed reading. Title lines listed together may
 * name several articles (a title with no byline over the next head); each
 * head's kicker and title are read against its own part of the text.
 */
export function splitListed(heads: Head[], body: BodyItem[], bylinesListed = 0): [Head, BodyItem[]][] | null {
  return withPrinted(heads, () => splitListedPrinted(heads, body, bylinesListed));
}

function splitListedPrinted(heads: Head[], body: BodyItem[], bylinesListed: number): [Head, BodyItem[]][] | null {
  // The page's word pairs, built once and only when a head has lines to cut
  // (a search of the whole text per title line would be quadratic in the page).
  // (kept with the body: each listed reading splits the same body again)
  const memo = bodyMemo(body);
  // (each head of two or more title lines asks once: a pass over the text for
  // each is cheaper than the text's pair set only when they are few)
  const asking = heads.filter((h) => h.titles.length > 1 || h.titles.some((t) => t.includes(SOFT_JOIN))).length;
  if (asking > PAGE_PASSES_BEFORE_SET) memo.pagePasses = Math.max(memo.pagePasses, PAGE_PASSES_BEFORE_SET);
  const ways = heads.map((h) => stackListedTitles(h, body, (probes) => pageCoverage(memo, probes)));
  let families = ways.map((w) => w[0]);
  // Where a head's title lines can be cut into as many groups in several
  // ways, the way whose titles the text, split among them, repeats best.
  for (let i = 0; i < ways.length; i++) {
    if (ways[i].length < 2) continue;
    let bestScore = -Infinity;
    let chosen = families[i];
    for (const way of ways[i]) {
      const trial = [...families.slice(0, i), way, ...families.slice(i + 1)].flat();
      const score = trial.length > 1 ? splitBodyScore(trial, body) : -Infinity;
      if (score > bestScore + (way === ways[i][0] ? 0 : MIN_WAY_GAIN)) [bestScore, chosen] = [score, way];
    }
    families[i] = chosen;
  }
  let expanded = families.flat();
  let cuts = expanded.length > 1 ? splitBody(expanded, body, false) : null;
  // (more titles than the text has places to cut: the heads as listed)
  if (!cuts && expanded.length > heads.length) {
    families = heads.map((h) => [{ ...h, titles: joinWrappedTitles(h.titles, body) }]);
    expanded = families.flat();
    cuts = expanded.length > 1 ? splitBody(expanded, body, false) : null;
  }
  // Heads cut from one listed head whose texts repeat each other's titles are
  // one head after all (a title wrapped over two lines, both about one text).
  if (cuts && families.some((f) => f.length > 1)) {
    let k = 0;
    const kept = families.map((f, i) => {
      const start = k;
      k += f.length;
      if (f.length < 2) return f;
      let local = cuts!.slice(start, start + f.length + 1);
      const joined = withRepeatedTitlesJoined(f, body, local);
      if (!joined) return [{ ...heads[i] }];
      const wasJoined = joined.heads !== f;
      if (wasJoined) {
        f = joined.heads;
        local = joined.cuts;
        if (f.length < 2) return f;
      }
      // (each cut inside the stack must fall where the text plainly opens an
      // article or changes subject, as for stacked titles over one text)
      // (a listing of as many bylines as heads names so many texts: the cut holds on one subject, too)
      const named = expanded.length <= bylinesListed;
      const apart = (s: number) => named || cutBonus(body, local[s]) > 0 || cohesionAtCut(body, local[s]) < MAX_STACK_COHESION;
      // (and its part repeats some of its title: a theme kicker, 深化改革 激发
      // 活力, given a paragraph of the text before the next title repeats none)
      const repeats = (s: number) => coverageInTexts(bigramSet(f[s].titles.join('')), partTexts(body, local[s], local[s + 1]), TITLE_WORDS_WINDOW) > 0;
      // (the first group names no text where its part does not repeat it and it
      // is shaped as a theme: parallel phrases, a series name 在希望的田野上·三夏时节)
      // (read once a group: the fold asks again)
      // (where two groups were one title, the join moved the cuts: the first group, too, must repeat its title)
      const ownText = f.map((_, s) => (s === 0 ? repeats(0) || (!wasJoined && !themeShaped(f[0])) : apart(s) && repeats(s)));
      return ownText.every(Boolean) ? f : foldTextlessGroups(f, (s) => ownText[s]);
    });
    if (kept.some((f, i) => f !== families[i])) {
      expanded = kept.flat();
      cuts = expanded.length > 1 ? splitBody(expanded, body, false) : null;
    }
  }
  if (expanded.length === 1) return [[resolveTitleLines(expanded[0], body, false)[0], body]];
  if (!cuts) return null;
  return expanded.map((h, k) => {
    const part = body.slice(cuts![k], cuts![k + 1]);
    return [resolveTitleLines(h, part, false)[0], part];
  });
}

/**
 * Groups cut from one listed head where one group's text repeats the title of
 * the group beside it are one title in two lines (《求是》杂志发表…重要文章 /
 * 《朝着…》 over the text that quotes both): the two are joined and the text
 * split again among the groups left. Null where a text repeats a title not
 * beside it (no cut among the groups holds).
 */
function withRepeatedTitlesJoined(f: Head[], body: BodyItem[], cuts: number[]): { heads: Head[]; cuts: number[] } | null {
  let heads = f;
  for (;;) {
    const found = titleFoundAt(heads, body, cuts);
    if (!found) return { heads, cuts };
    const [a, b] = found;
    if (Math.abs(a - b) !== 1) return null;
    const at = Math.min(a, b);
    const merged: Head = { ...heads[at + 1], column: heads[at].column, titles: [...heads[at].titles, ...heads[at + 1].titles] };
    heads = [...heads.slice(0, at), merged, ...heads.slice(at + 2)];
    if (heads.length < 2) return { heads, cuts: [cuts[0], cuts[cuts.length - 1]] };
    const part = body.slice(cuts[0], cuts[cuts.length - 1]);
    const local = splitBody(heads, part, false);
    if (!local) return null;
    cuts = local.map((c) => c + cuts[0]);
  }
}

/** Passes over a body's paragraphs pageCoverage makes before it builds their pair set. */
const PAGE_PASSES_BEFORE_SET = 2;

/**
 * Share of each probe's pairs found in a body's paragraphs, one after
 * another (as coverage(probe, pairSet of their joined texts) reads it). The
 * first questions read the paragraphs, once for all their probes (a pass
 * that stops once every pair is found); past PAGE_PASSES_BEFORE_SET the
 * paragraphs' pairs are built into a set kept with the body, so that a page
 * of many listed heads stays linear. (A page of listed heads asks about two
 * or three lines: the set, built for each, was a twentieth of its parse.)
 */
function pageCoverage(memo: BodyMemo, probes: readonly ReadonlySet<string>[]): number[] {
  // (no pair to look for: no pass)
  if (probes.every((probe) => !probe.size)) return probes.map(() => 0);
  if (!memo.pageWords && memo.pagePasses < PAGE_PASSES_BEFORE_SET) {
    memo.pagePasses++;
    return coverageOfEachInTexts(probes, paragraphTexts(memo));
  }
  memo.pageWords ??= pairSet(paragraphTexts(memo).join(''));
  return probes.map((probe) => coverage(probe, memo.pageWords!));
}

/** The texts of a remembered body's paragraphs. */
function paragraphTexts(memo: BodyMemo): string[] {
  const out: string[] = [];
  for (let i = 0; i < memo.items.length; i++) if (memo.kinds[i] === 'paragraph') out.push(memo.texts[i]);
  return out;
}

/**
 * A stacked group whose part of the text only goes on from the part before
 * (no plain opening, the same subject) names no text of its own: its lines
 * are a kicker or column over the next group's title, or, for the last
 * group, the tail of the title before.
 */
function foldTextlessGroups(groups: Head[], ownText: (s: number) => boolean): Head[] {
  const out: Head[] = [];
  // (lines of textless groups waiting for the next group with a text)
  let carried: string[] = [];
  let carriedColumn: string | null = null;
  for (let s = 0; s < groups.length; s++) {
    const g = groups[s];
    if (ownText(s)) {
      out.push(carried.length ? { ...g, column: carriedColumn ?? g.column, titles: [...carried, ...g.titles] } : g);
      carried = [];
      carriedColumn = null;
    } else if (s + 1 < groups.length) {
      carried.push(...g.titles);
      carriedColumn ??= g.column;
    } else {
      const prev = out.pop();
      out.push({ ...g, column: prev?.column ?? carriedColumn ?? g.column, titles: [...(prev?.titles ?? []), ...carried, ...g.titles] });
    }
  }
  return out;
}

/** A kicker's shape: phrases set side by side (锚定现代化 改革再深化), or a series name with its part (…·三夏时节, …——实干笃行). */
const themeShaped = (h: Head) => h.titles.length === 1 && (PARALLEL_PHRASES.test(withoutSoftJoins(h.titles[0]).trim()) || /[·•]|——/u.test(h.titles[0]));

/** The paragraphs' texts of body[from, to). */
function partTexts(body: BodyItem[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (body[i].kind === 'paragraph') out.push(body[i].text);
  return out;
}

/** A listed title shares at least this much of its word pairs with the
 *  page's text (a feature's title repeats few words, 老手艺焕发新光彩 over a
 *  text on 剪纸 shares 手艺; a theme kicker none). */
const LISTED_TITLE_WORDS = 0.1;
/** A line opening with a clause of one or two characters (道，命运与共开新篇) ends the line above it: no title opens so. */
const SHORT_CLAUSE_FIRST = /^\s*\p{Script=Han}{1,2}[，、；,;]/u;
/** Lines a listed head may be cut into is tried up to this many. */
const MAX_LISTED_TITLE_LINES = 24;

/**
 * A listed head's title lines cut into as many heads as the text supports:
 * each must be a headline's length, and its last line (the title proper,
 * under any kicker) must be repeated by the text. A kicker alone is neither.
 */
function stackListedTitles(h: Head, body: BodyItem[], pageCoverage: (probes: readonly ReadonlySet<string>[]) => number[]): Head[][] {
  const t = joinWrappedTitles(h.titles, body);
  // The units that may be cut apart: the title lines, and the parts of a line
  // joined at the column edge (SOFT_JOIN) unless the page's text has the two
  // characters that meet there side by side (a title wrapped inside a word:
  // 全 / 力以赴 over a text that says 全力以赴).
  const units: string[] = [];
  const soft: boolean[] = [];
  for (const line of t) {
    const parts = line.split(SOFT_JOIN);
    units.push(parts[0]);
    soft.push(false);
    for (const part of parts.slice(1)) {
      const prev = units[units.length - 1];
      const seam = bigramSet(lastWordChar(prev) + firstWordChar(part));
      if (!seam.size || pageCoverage([seam])[0] > 0) units[units.length - 1] = prev + SOFT_JOIN + part;
      else {
        units.push(part);
        soft.push(true);
      }
    }
  }
  if (units.length < 2 || units.length > MAX_LISTED_TITLE_LINES) return [[{ ...h, titles: t }]];
  // (the masks below meet the same groups again and again: each line's coverage is read once)
  const covered = new Map<string, number>();
  const coverageOf = (line: string) => {
    let c = covered.get(line);
    if (c === undefined) covered.set(line, (c = pageCoverage([bigramSet(line)])[0]));
    return c;
  };
  // (a speech report, …时强调, runs on into what was said: no title ends so)
  // (where no group can end at the last unit, a title wrapped in a narrow frame
  // ends in a fragment the text does not say, 地摧毁美加 / 油机: the group's
  // lines under its first are asked together)
  // (the last group only: the groups before it end in a line of their own)
  let wrapped = false;
  // (a last line of a character or two under a letter-spaced line is a
  // narrow frame's wrapped tail, 习 近 平 会 / 见 赞 比 亚 / 总 统: it is asked
  // with the line above it, which the text may say where it does not say the tail)
  const titleLines = (lines: string[], last: boolean) =>
    wrapped && last && lines.length > 1
      ? lines.slice(1).join('')
      : lines.length > 1 && charCount(lines[lines.length - 1]) <= MAX_LINE_TAIL_CHARS && styleOf(lines[lines.length - 2]) === 'spaced'
        ? lines.slice(-2).join('')
        : lines[lines.length - 1];
  const groupOk = (lines: string[], last = false) =>
    charCount(lines.join('')) >= MIN_STACKED_TITLE_CHARS && !reportsSpeech(lines[lines.length - 1]) && coverageOf(titleLines(lines, last)) >= LISTED_TITLE_WORDS;
  // The units [a, b) as one group's lines: units of one line left together stay one line.
  const groupOf = (a: number, b: number) => {
    const lines = [units[a]];
    for (let k = a + 1; k < b; k++) {
      if (soft[k]) lines[lines.length - 1] += SOFT_JOIN + units[k];
      else lines.push(units[k]);
    }
    return lines;
  };
  // The most groups every one of which is a title.
  // most[j]: most groups the first j units make (-1: none), starts[j]: where the last of them may start.
  const n = units.length;
  // The last line of every group the search below may ask about, looked up in
  // one pass: of the units [c, j), those from where unit j - 1's line starts
  // (units joined at the column edge stay one line), or from c.
  const lastLines: string[] = [];
  for (let j = 1; j <= n; j++) {
    let lineStart = j - 1;
    while (lineStart > 0 && soft[lineStart]) lineStart--;
    for (let s = lineStart; s < j; s++) {
      const line = groupOf(s, j)[0];
      if (!covered.has(line) && !lastLines.includes(line) && !reportsSpeech(line)) lastLines.push(line);
    }
  }
  const found = pageCoverage(lastLines.map(bigramSet));
  lastLines.forEach((line, k) => covered.set(line, found[k]));
  // A plain line between letter-spaced title lines opens another head's
  // frames (its kicker): no group runs across it, where groups can be cut so.
  const style = units.map(styleOf);
  const firstSpaced = style.indexOf('spaced');
  const opensFrame = style.map((st, k) => k > 0 && !soft[k] && st === 'plain' && style[k - 1] !== 'plain' && firstSpaced >= 0 && firstSpaced < k && style[k + 1] === 'spaced');
  // (and a plain line right over a spaced one is its kicker: no group ends between them)
  const overSpaced = style.map((st, k) => k + 1 < n && !soft[k + 1] && st === 'plain' && style[k + 1] === 'spaced');
  const byStyle = overSpaced.some(Boolean);
  const search = (byFrames: boolean) => {
    const most = new Array<number>(n + 1).fill(-1);
    const starts: number[][] = [];
    for (let j = 0; j <= n; j++) starts.push([]);
    most[0] = 0;
    // (the last line opening a frame before j: no group ending at j starts before it)
    let from = 0;
    for (let j = 1; j <= n; j++) {
      if (byFrames && opensFrame[j - 1]) from = j - 1;
      if (byFrames && overSpaced[j - 1]) continue;
      // (a line the page prints twice is a column label, over the title under it: no group ends with it)
      if (j < n && !soft[j - 1] && printedTwice(units[j - 1])) continue;
      // (a line of one or two characters ends the line above it, 取得积极进 / 展: no group opens with one,
      // unless set plain between spaced title lines: a frame's own label, 短评)
      for (let c = from; c < j; c++)
        if (most[c] >= 0 && most[c] + 1 >= most[j] && (c === 0 || (byFrames && overSpaced[c] && style[c - 1] === 'spaced') || (charCount(units[c]) > MAX_LINE_TAIL_CHARS && !SHORT_CLAUSE_FIRST.test(units[c]))) && groupOk(groupOf(c, j), j === n)) {
          if (most[c] + 1 > most[j]) {
            most[j] = most[c] + 1;
            starts[j] = [];
          }
          starts[j].push(c);
        }
    }
    return { most, starts };
  };
  // (cut by the frames where that gives two groups at least, else as if the page had no styles)
  const searchByStyle = () => {
    const found = search(byStyle);
    return found.most[n] < 2 && byStyle ? search(false) : found;
  };
  let { most, starts } = searchByStyle();
  if (most[n] < 0) {
    wrapped = true;
    ({ most, starts } = searchByStyle());
  }
  if (most[n] <= 1) return [[{ ...h, titles: t }]];
  // Every way to cut as many groups (up to MAX_STACK_WAYS), the first the one
  // whose last cut comes first, then the cut before it, and so on: the text,
  // split among each, chooses (splitListed).
  const ways: Head[][] = [];
  const walk = (j: number, cuts: number[]) => {
    if (ways.length >= MAX_STACK_WAYS) return;
    if (j === 0) {
      const groups: string[][] = [];
      for (let k = 0; k + 1 < cuts.length; k++) groups.push(groupOf(cuts[k], cuts[k + 1]));
      ways.push(stackHeads(h, groups, h.column));
      return;
    }
    for (const c of starts[j]) walk(c, [c, ...cuts]);
  };
  walk(n, [n]);
  return ways;
}

/** Ways to cut a listed head's title lines into as many groups the text is asked about. */
const MAX_STACK_WAYS = 16;
/** Word pairs of the heads more than the first way's that the text must say
 *  for another way to be taken (one pair, 中国 or 发展, any text may say). */
const MIN_WAY_GAIN = 2;

/** One head's title lines cut into several heads: the column goes to the
 *  first, the subtitle, byline and jump marker to the last. */
function stackHeads(h: Head, titleGroups: string[][], column: string | null): Head[] {
  const last = titleGroups.length - 1;
  return titleGroups.map((titles, k) => ({
    column: k === 0 ? column : null,
    kicker: null,
    titles,
    subtitle: k === last ? h.subtitle : null,
    byline: k === last ? h.byline : null,
    continuation: k === last ? h.continuation : null,
  }));
}

/**
 * The head lines as printed (each a line of the page) of the head being
 * resolved: groups cut from listed heads join their lines before they are
 * read, and a title's frame is measured on its lines as printed.
 */
let printedNow: string[] = [];

/** Runs `read` with `heads`' title lines as printed noted as the ones being resolved (none outside). */
function withPrinted<T>(heads: readonly Head[], read: () => T): T {
  const outer = printedNow;
  // (in loops, a line split only where it holds a join: flatMap and split were 1.5% of
  // the instructions of a parse of page 003, whose heads are noted here ten times)
  const printed: string[] = [];
  for (const h of heads)
    for (const line of h.titles) {
      if (line.includes(SOFT_JOIN)) for (const part of line.split(SOFT_JOIN)) printed.push(part);
      else printed.push(line);
    }
  printedNow = printed;
  try {
    return read();
  } finally {
    printedNow = outer;
  }
}

/**
 * The heads' articles over the body. Fields a head held that the one head
 * they are merged into cannot (a second subtitle or byline) go to `lost`.
 */
export function assignBodies(heads: Head[], body: BodyItem[], lost: string[] = []): [Head, BodyItem[]][] {
  return withPrinted(heads, () => assignBodiesPrinted(heads, body, lost));
}

function assignBodiesPrinted(heads: Head[], body: BodyItem[], lost: string[]): [Head, BodyItem[]][] {
  let expanded: Head[] = [];
  for (const h of heads) expanded.push(...withPrinted([h], () => resolveTitleLines(h, body, true)));
  expanded = withLoneBylinesGiven(expanded);
  if (expanded.length === 1) return [[expanded[0], body]];
  const cuts = splitBody(expanded, body, true);
  if (cuts) return expanded.map((h, k) => [h, body.slice(cuts[k], cuts[k + 1])]);
  heads = expanded;
  // The text does not split by title: the heads are one head. Title lines
  // before its byline or subtitle are its column, kicker and title; title
  // lines after them are the text's first crossheads (项目背景 under a byline).
  const merged: Head = { column: null, kicker: null, titles: [], subtitle: null, byline: null, continuation: null };
  const headings: BodyItem[] = [];
  for (const h of heads) {
    for (const t of h.titles) {
      if (merged.byline || merged.subtitle) headings.push({ kind: 'heading', text: withoutSoftJoins(t) });
      else merged.titles.push(t);
    }
    // (a field is lost where the merged head holds one of its kind already; else it is the merged head's)
    if (h.subtitle !== null && merged.subtitle !== null && h.subtitle !== merged.subtitle) lost.push(h.subtitle);
    if (h.byline !== null && merged.byline !== null && h.byline !== merged.byline) lost.push(h.byline);
    merged.subtitle ??= h.subtitle;
    merged.byline ??= h.byline;
    merged.continuation ??= h.continuation;
    merged.column ??= h.column;
  }
  const [resolved] = resolveTitleLines(merged, body, false);
  return [[resolved, [...headings, ...body]]];
}

/**
 * A head that is only a byline (a run's second byline: 本报记者 程倩冬 … /
 * 新华社记者 蒋颖 under two listed titles) signs one of the run's titles that
 * has none: frames come in any order, so it goes to the first such title.
 * Left alone, it would name no text, and the run's titles would not split.
 */
function withLoneBylinesGiven(heads: Head[]): Head[] {
  const lone = (h: Head) => h.byline !== null && !h.titles.length && !h.subtitle && !h.continuation && !h.column && !h.kicker;
  if (heads.filter((h) => h.titles.length).length < 2 || !heads.some(lone)) return heads;
  const out = heads.map((h) => ({ ...h }));
  for (let k = out.length - 1; k >= 0; k--) {
    if (!lone(out[k])) continue;
    const unsigned = out.find((h) => h.titles.length && h.byline === null);
    if (!unsigned) continue;
    unsigned.byline = out[k].byline;
    out.splice(k, 1);
  }
  return out;
}

/** Joins every title line after the first that is at most `maxChars` long to the one above it. */
function joinShortLines(t: string[], maxChars: number): void {
  for (let k = t.length - 1; k >= 1; k--) if (charCount(t[k]) <= maxChars) t.splice(k - 1, 2, joinedLine(t[k - 1], t[k], t[k - 1] + t[k]));
}

/** Joins title lines' last line to the one above it when it is at most `maxChars` long. */
function joinShortLastLine(t: string[], maxChars: number): void {
  if (t.length >= 2 && charCount(t[t.length - 1]) <= maxChars) t.splice(-2, 2, joinedLine(t[t.length - 2], t[t.length - 1], t[t.length - 2] + t[t.length - 1]));
}

/**
 * A head with several title lines holds a column label, a kicker and a title,
 * a title wrapped over two lines, or several stacked titles. Stacked titles
 * are accepted when the text splits so that each part repeats its own title.
 */
function resolveTitleLines(h: Head, body: BodyItem[], mayStack: boolean): Head[] {
  h = withKickerCutAtEdge(h, body);
  h = withNameUnderTitleRead(h, body);
  if (h.titles.length < 2) return [h];
  const t = joinWrappedTitles(h.titles, body);
  // A line of one or two characters ends the line above it (黄河岸边绿意 / 浓,
  // a kicker's 学习贯彻四中全会精神·一线 / 见闻 over its title) before the lines
  // are told apart: no column, kicker or title is that short.
  joinShortLines(t, MAX_LINE_TAIL_CHARS);
  if (t.length < 2) return [{ ...h, titles: t }];
  let column: string | null = null;
  // A column label is a short standing name over a longer line; over two more
  // lines (column, kicker, title) it may be as long as the kicker under it.
  // (A first line whose words the text repeats is a wrapped title's: 国务院印发 / 《…》.)
  // The word pairs of the text's lead, read once for this head's decisions.
  let leadWordSet: PairSet | null = null;
  const leadWords = () => (leadWordSet ??= pairSet(leadText(body)));
  // (over a series kicker and a title, a short name is a column label whatever the lead says: 第一现场 / 新时代新征程新伟业——实干笃行 / …)
  if (t.length >= 2 && charCount(t[0]) <= MAX_COLUMN_CHARS && !/[，。：！？,:\s]/u.test(t[0]) && !LABEL_CANNOT_END.test(withoutSoftJoins(t[0]).trim()) && (charCount(t[1]) > MAX_COLUMN_CHARS || (t.length >= 3 && charCount(t[2]) > MAX_COLUMN_CHARS)) && ((t.length >= 3 && SERIES_KICKER.test(t[1])) || !repeatsTitleWords(t[0], leadWords()))) {
    column = t.shift()!;
  }
  let kickerOverShortPart = false;
  if (t.length >= 2 && mayStack) {
    // (a speech report runs on into the line after it: the two stack as one title)
    const lines: string[][] = [];
    for (const title of t) {
      const prev = lines[lines.length - 1];
      if (prev && reportsSpeech(prev[prev.length - 1])) prev[prev.length - 1] = `${prev[prev.length - 1].trim()} ${title}`;
      else lines.push([title]);
    }
    // (first with the lines cut where two frames' lines were run together, when any were)
    const units = framedUnits(t);
    if (units.length > t.length) {
      const byFrames = readStack(h, units.map((u) => [u]), column, body);
      if (byFrames.stands) return byFrames.heads;
    }
    const stack = readStack(h, lines, column, body);
    if (stack.stands) return stack.heads;
    kickerOverShortPart = stack.kickerOverShortPart;
    const grouped = stackInGroups(h, lines, column, body);
    if (grouped) return grouped;
  }
  const out: Head = { ...h, column: column ?? h.column, titles: t };
  // A last line this short is the tail of the title line above it (冰雪经济持续升 / 温).
  joinShortLastLine(t, MAX_TITLE_TAIL_CHARS);
  // (a plain line over letter-spaced title lines is another frame's: a kicker;
  // so is a line that stacks but over its text's short lead only)
  // (and so is an unpunctuated line the page prints twice: a series label over two of its articles)
  const kickerByStyle =
    (t.length >= 2 && plainOverSpaced(t[0], t.slice(1))) || (kickerOverShortPart && t.length === 2) || (t.length >= 2 && printedTwice(t[0]) && !/[，。：！？,:]/u.test(t[0]));
  // (on a page that wraps no line, two title lines are two fields: a kicker over the title)
  const kickerUnwrapped = t.length === 2 && pageUnwrapped() && !reportsSpeech(t[0]);
  // (the title lines under the first, and how the first stands over them as printed: read once, when asked)
  const rest = t.slice(1).join('');
  let frame: WrappedTitle | null | undefined;
  const frameUnder = () => (frame === undefined ? (frame = overWrappedTitle(t[0], rest, printedNow)) : frame);
  if (t.length === 2 && !kickerByStyle && !kickerUnwrapped && isCouplet(t[0], t[1], leadWords)) {
    // (joined as a title wrapped over two lines is: the halves of a couplet
    // and the parts of a wrapped title look alike, 城西图书馆夜间 / 开放受读者欢迎)
    out.titles = [t.join('')];
  } else if (kickerByStyle || kickerUnwrapped) {
    out.kicker = t[0];
    out.titles = [t.slice(1).join('')];
  } else if (t.length >= 2 && (inOneFrame(frameUnder()) || (!(h.titles.includes(t[0]) && widerThanFrameUnder(t[0], t[1])) && !overNarrowerFrame(frameUnder()) && !isKickerLine(t[0], rest, leadWords, isShortNameOverTitle(t[0], h.titles))))) {
    // (the report of a speech and what was said keep the space the headline sets between them)
    out.titles = [reportsSpeech(t[0]) ? `${t[0].trim()} ${rest}` : t.join('')];
  } else if (t.length >= 2) {
    // (a kicker wrapped in its own, wider frame: a second line wider than the
    // frame the title under it wraps in is the kicker's, 新时代新征程新伟业——真抓 /
    // 实干推动高质量发展 over 黑龙江：科技赋 / 能 全力推进农 / 业现代化)
    // (or a short second line over a title that wraps at a wider edge, under a
    // first line wider still: the kicker's last line, 学思想 强党性 重实践 / 建新功
    // over 多彩端午活 / 动 传承家国 / 情怀; a wrapped title's first line reaches its edge)
    const wraps = t.length >= 3 && (widerThanFrameUnder(t[1], t[2]) || widerThanWrappedLines(t[1], h.titles) || kickerTailOverFrame(t[0], t[1], t.slice(2).join('')));
    out.kicker = wraps ? t[0].trimEnd() + t[1].trimStart() : t[0];
    out.titles = [t.slice(wraps ? 2 : 1).join('')];
  } else out.titles = t;
  return [out];
}

/** Title lines read as stacked heads, whether the text stands them apart, and whether the first is a kicker over a short part instead. */
interface StackReading {
  heads: Head[];
  stands: boolean;
  kickerOverShortPart: boolean;
}

/** Lines (each a group's) stacked as heads over `body`, the text split among them and asked whether each part is its own. */
function readStack(h: Head, lines: string[][], column: string | null, body: BodyItem[]): StackReading {
  const stacked = stackHeads(h, lines, column);
  const cuts = splitBody(stacked, body, true);
  // A title shorter than a headline's length stacks only where its text
  // plainly starts an article (after a closing note, at a byline or jump
  // marker): a kicker or a wrapped title's line has no such cut under it.
  const longEnough = (s: number) => charCount(stacked[s].titles[0]) >= (s > 0 && cutBonus(body, cuts![s]) >= 2 ? MIN_PLAIN_CUT_TITLE_CHARS : MIN_STACKED_TITLE_CHARS);
  // (and where it does not, the texts on either side of the cut are on two
  // subjects: a title in two parts, 以称继续在加沙… / 哈马斯方面称…, over a
  // report of one war would cut it where both sides are still the same war)
  // (texts shorter than a short report share few word pairs with anything:
  // about a cut where either side is that short, two subjects share fewer
  // still; a text's first paragraph saying a series kicker, 国务院新闻办公室…
  // 举行“推动高质量发展”系列主题新闻发布会, over the report the title under it names)
  const partChars = (s: number) => {
    let chars = 0;
    for (let i = cuts![s]; i < cuts![s + 1]; i++) if (body[i].kind === 'paragraph') chars += body[i].text.length;
    return chars;
  };
  const shortCut = (s: number) => Math.min(partChars(s - 1), partChars(s)) < MIN_STACKED_PART_CHARS;
  // (and a first part of one short paragraph before a report is never apart from it)
  const leadOnly = (s: number) => partChars(s - 1) < MAX_LEAD_PART_CHARS && partChars(s) >= MIN_STACKED_PART_CHARS;
  const apart = (s: number) => s === 0 || cutBonus(body, cuts![s]) > 0 || (cohesionAtCut(body, cuts![s]) < (shortCut(s) ? MAX_SHORT_STACK_COHESION : MAX_STACK_COHESION) && !leadOnly(s));
  // (asked once, by whichever question below comes to it first)
  let found: boolean | undefined;
  const foundElsewhere = () => (found ??= titleFoundElsewhere(stacked, body, cuts!));
  const stands = !!cuts && !foundElsewhere() && stacked.every((_, s) => longEnough(s) && apart(s));
  // (two lines that would stack but for that: the first a kicker, whatever the lead says of it)
  // (!apart(1): no plain opening at the cut, which the cohesion alone would have let apart)
  const kickerOverShortPart = !stands && stacked.length === 2 && !!cuts && longEnough(0) && longEnough(1) && cohesionAtCut(body, cuts[1]) < MAX_STACK_COHESION && !apart(1) && !foundElsewhere();
  return { heads: stacked, stands, kickerOverShortPart };
}

/**
 * Title lines cut where a frame's edge joined them (SOFT_JOIN) and the page
 * never says the two characters that meet there side by side: two frames'
 * lines that the copy ran together (携手构建网络空间命运共同体 / 李强同澳大利亚
 * 总理举行第十轮 / 中澳总理年度会晤, listed after their texts).
 */
function framedUnits(t: string[]): string[] {
  const units: string[] = [];
  for (const line of t) {
    const parts = line.split(SOFT_JOIN);
    units.push(parts[0]);
    for (const part of parts.slice(1)) {
      const prev = units[units.length - 1];
      if (pageSays(lastWordChar(prev) + firstWordChar(part))) units[units.length - 1] = prev + SOFT_JOIN + part;
      else units.push(part);
    }
  }
  return units;
}

/** Texts that share at most this much about a cut (cohesionAt) are on two subjects… */
const MAX_STACK_COHESION = 0.08;
/** …at most this much where the text on one side is shorter than MIN_STACKED_PART_CHARS. */
const MAX_SHORT_STACK_COHESION = 0.04;
/** A stacked title's part shorter than this (characters) shares few word pairs with any text. */
const MIN_STACKED_PART_CHARS = 200;
/** A first part shorter than this over a longer one is the text's lead saying a kicker. */
const MAX_LEAD_PART_CHARS = 100;

/** The cohesion of the text about a cut splitBody made (its memo holds it). */
function cohesionAtCut(body: BodyItem[], cut: number): number {
  const { cutPoints, cohesion } = bodyMemo(body);
  if (!cutPoints || !cohesion) return 0;
  // (cut points are in order: a binary search)
  let lo = 0;
  let hi = cutPoints.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cutPoints[mid] < cut) lo = mid + 1;
    else hi = mid;
  }
  return cutPoints[lo] === cut ? cohesion[lo] : 0;
}

/** Title lines a head may be cut into groups is tried up to this many. */
const MAX_GROUPED_TITLE_LINES = 7;
/** …over a text of at most this many items (each way is a split of the text). */
const MAX_GROUPED_BODY_ITEMS = 200;

/**
 * Title lines listed together over several texts, some of them a kicker over
 * its title or a title wrapped over two lines: every way to cut the lines into
 * consecutive groups (2^(n-1) ways, n ≤ 7), the most groups the text splits
 * into (each part repeating its own title) kept. Each group is then read as a
 * kicker and title against its own part.
 */
function stackInGroups(h: Head, lines: string[][], column: string | null, body: BodyItem[]): Head[] | null {
  const units = lines.map((l) => l.join(''));
  if (units.length < 3 || units.length > MAX_GROUPED_TITLE_LINES || body.length > MAX_GROUPED_BODY_ITEMS) return null;
  // Each part after the first opens plainly (after a closing note, at a news
  // lead or byline): no more groups than such openings allow.
  let openings = 0;
  for (let i = 1; i < body.length; i++) if (cutBonus(body, i) > 0) openings++;
  let best: { heads: Head[]; cuts: number[] } | null = null;
  for (let mask = 1; mask < (1 << (units.length - 1)) - 1; mask++) {
    const groups: string[][] = [[units[0]]];
    for (let k = 1; k < units.length; k++) {
      if (mask & (1 << (k - 1))) groups.push([units[k]]);
      else groups[groups.length - 1].push(units[k]);
    }
    if (groups.length > openings + 1 || (best && groups.length <= best.heads.length)) continue;
    // (a group's last line is its title proper: a speech report ends none)
    if (groups.some((g) => charCount(g.join('')) < MIN_STACKED_TITLE_CHARS || reportsSpeech(g[g.length - 1]))) continue;
    const stacked = stackHeads(h, groups, column);
    const cuts = splitBody(stacked, body, true);
    // (each part after the first opens plainly: after a closing note, at a news lead or byline)
    if (cuts && cuts.slice(1, -1).every((c) => cutBonus(body, c) > 0) && !titleFoundElsewhere(stacked, body, cuts)) best = { heads: stacked, cuts };
  }
  if (!best) return null;
  const { heads, cuts } = best;
  return heads.map((x, k) => resolveTitleLines(x, body.slice(cuts[k], cuts[k + 1]), false)[0]);
}

/**
 * A kicker that reached its column's edge was joined to the title under it
 * (SOFT_JOIN): where the part before the join reads as a kicker (its words
 * not the text's, or a speech report) and the text does not have the two
 * characters of the seam side by side, the head's first line is cut there.
 */
function withKickerCutAtEdge(h: Head, body: BodyItem[]): Head {
  // The kicker's line is the first, or the second under a column label (经济透视 / 绿水青山就是金山银山⁠全国…).
  const at = h.titles.findIndex((line) => line.includes(SOFT_JOIN));
  if (at < 0 || at > 1) return h;
  const first = h.titles[at];
  // The first join after which a line of its own follows: a line as short as
  // a wrapped line's tail (新篇 / 章) goes with the line before it.
  const parts = first.split(SOFT_JOIN);
  const k = parts.findIndex((part, i) => i > 0 && charCount(part) > MAX_TITLE_TAIL_CHARS);
  if (k < 1) return h;
  const kicker = parts.slice(0, k).join('');
  const rest = parts.slice(k).join(SOFT_JOIN);
  const lead = leadText(body);
  // (a report of a speech, 丁薛祥在山西调研时强调, runs on into what was said: one title)
  if (!lead || lead.includes(lastWordChar(kicker) + firstWordChar(rest)) || reportsSpeech(kicker)) return h;
  let words: PairSet | null = null;
  if (!isKickerLine(kicker, withoutSoftJoins(rest), () => (words ??= pairSet(lead)))) return h;
  return { ...h, titles: [...h.titles.slice(0, at), kicker, rest, ...h.titles.slice(at + 1)] };
}

/**
 * A name standing under a title (2–3 characters opening with a surname) is
 * its writer's, or the title's last characters cut at its frame's edge
 * (…国家主席特使 / 沙伦赛, …白皮 / 书). The text tells them apart: it says the
 * title's end and the cut-off characters side by side (特使沙伦赛), and never
 * its writer's name. Read so whichever way the head was first read.
 */
function withNameUnderTitleRead(h: Head, body: BodyItem[]): Head {
  if (!h.titles.length) return h;
  const at = h.titles.length - 1;
  const parts = h.titles[at].split(SOFT_JOIN);
  const tail = parts[parts.length - 1].trim();
  // (the lead, read once for either question)
  let leadRead: string | null = null;
  // A name joined to the title at its edge that the text does not say there
  // (nor the page, run on from the title's last character: 再创历 / 史新高
  // over a page that says 历史 elsewhere): a signature.
  if (h.byline === null && parts.length >= 2 && isBareName(tail)) {
    const text = (leadRead ??= leadText(body));
    const seam = lastWordChar(parts[parts.length - 2]) + tail.slice(0, 1);
    if (text && !text.includes(seam) && !text.includes(tail) && !pageSays(seam))
      return { ...h, titles: [...h.titles.slice(0, at), parts.slice(0, -1).join(SOFT_JOIN)], byline: tail };
  }
  // A name read as the byline that the text says right after the title's last
  // character (…立场》 / 白皮书: 立场》白皮书), or says on its own but not as
  // its writer's (…国家主席特使 / 沙伦赛 over …副总理沙伦赛。, never （记者 沙伦赛）): the title's end.
  const name = h.byline?.trim() ?? '';
  if (name && !h.subtitle && isBareName(name)) {
    const text = (leadRead ??= leadText(body));
    const end = withoutSoftJoins(h.titles[at]).trim().slice(-1);
    if (text.includes(end + name) || saysNameNotAsWriter(text, name)) return { ...h, titles: [...h.titles.slice(0, at), h.titles[at] + SOFT_JOIN + name], byline: null };
  }
  return h;
}

/** Characters before a name a writer's credit reads within (（记者 王晓 通讯员 …）). */
const CREDIT_REACH = 12;

/** The text says `name`, and no time as its writer: no 记者, 通讯员 or 作者 just before it. */
function saysNameNotAsWriter(text: string, name: string): boolean {
  let found = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/记者|通讯员|作者/u.test(text.slice(Math.max(0, at - CREDIT_REACH), at))) return false;
    found = true;
  }
  return found;
}

/** A title this much of whose word pairs one paragraph repeats names that paragraph's article. */
const TITLE_FOUND = 0.6;

/**
 * Lines read as stacked titles are one title (or kicker and title) when a
 * part's text repeats another part's title: a lead paragraph that says
 * 中央军委主席习近平日前签署命令，发布《军事设施建设条例》 is named by both lines.
 */
function titleFoundElsewhere(heads: Head[], body: BodyItem[], cuts: number[]): boolean {
  return titleFoundAt(heads, body, cuts) !== null;
}

/** The first part (and the other head whose title it repeats) found by titleFoundElsewhere. */
function titleFoundAt(heads: Head[], body: BodyItem[], cuts: number[]): [part: number, head: number] | null {
  const texts = heads.map((h) => h.titles.join(''));
  // (each paragraph's affinity to each title, read from where the page's pairs stand where it can be)
  const byPlaces = hitsByPlaces(texts, body);
  if (byPlaces) {
    const { sizes, found } = byPlaces;
    for (let s = 0; s < heads.length; s++)
      for (let i = cuts[s]; i < cuts[s + 1]; i++) {
        if (body[i].kind !== 'paragraph') continue;
        for (let t = 0; t < heads.length; t++) if (t !== s && (sizes[t] ? found[t * body.length + i] / sizes[t] : 0) >= TITLE_FOUND) return [s, t];
      }
    return null;
  }
  const index = new TextPairs(texts);
  let found: [number, number] | null = null;
  for (let s = 0; s < heads.length && !found; s++)
    for (let i = cuts[s]; i < cuts[s + 1] && !found; i++) {
      if (body[i].kind !== 'paragraph') continue;
      index.count(body[i].text);
      for (let t = 0; t < heads.length && !found; t++) if (t !== s && index.affinity(t) >= TITLE_FOUND) found = [s, t];
    }
  index.release();
  return found;
}

/** A first line whose word pairs the text repeats this much is the title's own first line. */
const TITLE_LINE_WORDS = 0.5;
/**
 * A particle, or a word that takes what follows it (的, 之, 与, 及, 把, 被, 跟, 促,
 * an ordinal's 第, the conjunction 并: 坚定不移跟 / 党走, 团结奋斗促 / 进…, 十三届全国
 * 人大常委会第 / 三十八次会议…): no kicker or column label ends with one (none of
 * 3,363 in six development sets does). Characters that also end common words
 * (一致, 应对, 作为, 方向, 存在) are left out.
 */
const LABEL_CANNOT_END = /[的之与及把被跟促第并]$/u;

/**
 * The first of a head's title lines is a kicker (引题) or the first line of a
 * title wrapped in its frame. A kicker gives the occasion or theme (坚持稳中求进
 * 推动高质量发展, 产业升级看一线), words the text itself seldom repeats; a
 * wrapped title's first line is as much about the text as the rest of the title.
 * A report of a speech (丁薛祥在山西调研时强调) runs on into what was said: the
 * paper's own site and the news agencies give the two as one headline
 * (丁薛祥在山西调研时强调 守好公平公正“生命线”…), so the clipping keeps them so.
 */
function isKickerLine(first: string, rest: string, leadWords: () => PairSet, shortName = false): boolean {
  // A line that leaves 《 or “ open is cut inside the title (国务院印发《关于开展 / 第四次…》).
  if (leavesMarkOpen(first)) return false;
  // A line ending on a particle or a word that governs what follows (一次世界瞩目的 /
  // 友谊、合作、和平之旅) goes on in the next: a kicker is a phrase of its own
  // (none of 2,196 kickers in six development sets ends so).
  if (LABEL_CANNOT_END.test(withoutSoftJoins(first).trim())) return false;
  if (reportsSpeech(first)) return false;
  // A series name and its title parted by a bar (镜观·足迹｜呵护千山万 / 水…) open a title, never a kicker.
  if (/\S\s*[|｜]\s*\S/u.test(first)) return false;
  // A series name and its part (一线调研·加快形成新质生产力, 新时代新征程新伟业——实干笃行): a kicker's form.
  if (SERIES_KICKER.test(first)) return true;
  // A line that names with a colon opens a title of the form 北京中轴线：保护与发展的中国案例
  // (刘艳英：走稳增 / 收致富的乡村振兴路): none of 1,071 kickers of five development sets had one.
  if (/[：:]/u.test(first)) return false;
  // Phrases of three or more characters each, parted by word spaces, a line to
  // themselves (学思想 强党性 重实践 建新功, 锚定现代化 改革再深化): a theme
  // kicker; a title wrapped in its frame breaks inside a phrase.
  if (PARALLEL_PHRASES.test(first.trim()) && !first.trim().split(/\s+/u).some(reportsSpeech)) return true;
  const own = coverage(bigramSet(first), leadWords());
  return own < (shortName ? SHORT_NAME_KICKER_WORDS : TITLE_LINE_WORDS) || own < coverage(bigramSet(rest), leadWords()) / 2;
}


/** Halves of a couplet title are this long (Han characters), one at most longer than the other… */
const COUPLET_CHARS = [6, 10];
/** …and the lead repeats at least this share of the first half's word pairs (a theme kicker's, none). */
const COUPLET_FIRST_WORDS = 0.2;

/**
 * A title of two parallel halves (对仗) set one to a line: 北京办好民生实事 /
 * 提升群众生活品质. The lines are as long as each other, and the lead says
 * some of the first half; a kicker over a title of its length (在希望的田野上 /
 * 黄河岸边绿意浓) is a theme the lead does not name.
 */
function isCouplet(a: string, b: string, leadWords: () => PairSet): boolean {
  a = a.trim();
  b = b.trim();
  if (!HAN_ONLY.test(a) || !HAN_ONLY.test(b)) return false;
  const [lo, hi] = COUPLET_CHARS;
  const [na, nb] = [charCount(a), charCount(b)];
  if (na < lo || na > hi || nb < lo || nb > hi || Math.abs(na - nb) > 1) return false;
  return coverage(bigramSet(a), leadWords()) >= COUPLET_FIRST_WORDS;
}

/** A head line's width in columns (digits and Latin letters set half width). */
function headCols(line: string): number {
  const t = withoutSoftJoins(line).replace(/\s+/gu, '');
  return [...t].length - halfWidthCount(t) / 2;
}

/**
 * A title wraps at its frame's edge, every line but the last as wide as the
 * frame: a line wider than the edge the title under it reached (its first
 * line went on past a soft join) is set in another frame, a smaller size, over
 * the title: a kicker (新思想引领新征程, 8 wide, over 书写全面推进美 / 丽中国建设新答 / 卷,
 * 7) — a line as printed, not lines joined as a title wrapped inside a word.
 * Lines of Han characters only are measured exactly; others may be a column
 * narrower or wider for their punctuation and half-width digits.
 */
function widerThanFrameUnder(first: string, next: string): boolean {
  if (first.includes(SOFT_JOIN) || !next.includes(SOFT_JOIN)) return false;
  const edge = next.split(SOFT_JOIN)[0];
  const exact = HAN_ONLY.test(first.trim()) && HAN_ONLY.test(edge.trim());
  return headCols(first) > headCols(edge) + (exact ? 0 : 1);
}

/**
 * The widths (headCols) of the printed lines `field` was joined from, in
 * order, or null where they cannot be found one after another.
 */
function printedWidths(field: string, printed: string[]): number[] | null {
  const bare = (s: string) => withoutSoftJoins(s).replace(/\s+/gu, '');
  const want = bare(field);
  for (let at = 0; at < printed.length; at++) {
    if (!want.startsWith(bare(printed[at])) || !bare(printed[at])) continue;
    const widths: number[] = [];
    let got = '';
    for (let k = at; k < printed.length && got.length < want.length; k++) {
      got += bare(printed[k]);
      // (a word space inside a line, 兴 假期消, takes a column of the frame)
      widths.push(headCols(printed[k]) + (printed[k].trim().match(/\s+/gu)?.length ?? 0));
    }
    if (got === want) return widths;
  }
  return null;
}

/** How a field stands over the title wrapped under it (overWrappedTitle). */
interface WrappedTitle {
  above: number[];
  edge: number;
  slack: number;
}

/**
 * A field over a title that wraps: the field's printed widths, the edge the
 * title wraps at (two printed lines or more, all but the last that wide) and
 * the slack of the measure (lines of Han characters alone are measured
 * exactly; a word space may be set narrower, punctuation and digits too).
 * Null where the title does not wrap so.
 */
function overWrappedTitle(first: string, next: string, printed: string[]): WrappedTitle | null {
  const above = printedWidths(first, printed);
  const under = printedWidths(next, printed);
  if (!above || !under || under.length < 2) return null;
  const slack = HAN_ONLY.test(withoutSoftJoins(first).trim()) && HAN_ONLY.test(withoutSoftJoins(next).trim()) ? 0 : 1;
  const edge = under[0];
  for (let k = 1; k < under.length - 1; k++) if (Math.abs(under[k] - edge) > slack) return null;
  return under[under.length - 1] > edge + slack ? null : { above, edge, slack };
}

/**
 * A field set in a wider frame than the title under it: its first line is
 * wider than the edge the title wraps at. A title keeps one frame whatever
 * its lines were joined by, so the field over it is a kicker (学习贯彻党的二十届
 * 三中全会精神 over 栗战书参加党的二十 / 大四川代表团讨论; 推动高质量发展系列主题 /
 * 新闻发布会 over 我国水利高质 / 量发展迈出坚 / 实步伐).
 */
function overNarrowerFrame(f: WrappedTitle | null): boolean {
  return !!f && f.above[0] > f.edge + f.slack;
}

/**
 * A line short of the edge the title under it wraps at, under a line wider
 * than that edge: the last line of a kicker in its own, wider frame (a title
 * that wraps fills its first line to the edge).
 */
/** Columns a kicker's last line falls short of the title's edge at least (a title's first phrase set on a line of its own, 今年清明期间 / 绿色低碳祭扫成 / 主流, falls short by one). */
const MIN_TAIL_SHORTFALL = 2;

function kickerTailOverFrame(first: string, line: string, rest: string): boolean {
  const f = overWrappedTitle(line, rest, printedNow);
  if (!f || f.above.length !== 1 || f.above[0] > f.edge - MIN_TAIL_SHORTFALL - f.slack) return false;
  const above = printedWidths(first, printedNow);
  return !!above && above[above.length - 1] > f.edge + f.slack;
}

/**
 * A field of two printed lines or more, all as wide as the edge the title
 * under it wraps at: one frame's lines, the field the title's first part,
 * not a kicker set in a frame of its own (以色列与伊朗相互 / 打击对方能源设施 /
 * 伊外长称伊朗行动 / 是在自卫). A kicker is set smaller than its title: wrapped,
 * its lines are wider. (One line of a kicker is as often as wide as the
 * title's edge by chance.)
 */
function inOneFrame(f: WrappedTitle | null): boolean {
  return !!f && f.above.length >= 2 && f.above.every((w) => Math.abs(w - f.edge) <= f.slack);
}

/**
 * The line under `line` among a head's lines as printed and the one under
 * that are as wide as each other (a title wrapping at its frame's edge), and
 * `line` is wider than both: set in another, wider frame.
 */
function widerThanWrappedLines(line: string, printed: string[]): boolean {
  const at = printed.indexOf(line);
  const [a, b] = [printed[at + 1], printed[at + 2]];
  // (a line joined at its own frame's edge is a wrapped line, not a wider frame's)
  if (at < 0 || line.includes(SOFT_JOIN) || a === undefined || b === undefined || a.includes(SOFT_JOIN)) return false;
  // (the second line under it measured up to its first SOFT_JOIN, within a
  // column: a word space set between two phrases is not counted)
  const edge = headCols(a);
  return Math.abs(headCols(b.split(SOFT_JOIN)[0]) - edge) <= 1 && headCols(line) > edge + 1;
}

/** A line this short (characters)… */
const MAX_SHORT_NAME_CHARS = 6;
/** …over a line at least twice its length is a kicker unless the lead repeats this share of it. */
const SHORT_NAME_KICKER_WORDS = 0.75;

/**
 * A head's first title line is a short standing name (文化中国行 over
 * 平遥古城活态保护焕发新光彩): as a line of its own, at most six characters,
 * over a line twice its length at least. A title wrapped in a narrow frame
 * has no such first line: the line under it is no longer than it (伊朗外长披露 / 伊美 / …).
 */
function isShortNameOverTitle(first: string, lines: string[]): boolean {
  const at = lines.indexOf(first);
  const next = lines[at + 1];
  if (at < 0 || next === undefined) return false;
  const chars = charCount(first);
  return chars <= MAX_SHORT_NAME_CHARS && chars * 2 <= charCount(next.split(SOFT_JOIN)[0]);
}

/** The text's lead repeats most of this head line's words (a column label's it does not). */
function repeatsTitleWords(line: string, leadWords: PairSet): boolean {
  return coverage(bigramSet(line), leadWords) >= TITLE_LINE_WORDS;
}

/** Two Han characters side by side, or a per cent sign and the character after it (95% / 的行政村). */
const HAN_PAIR = /^[\p{Script=Han}%％]\p{Script=Han}$/u;
/** Two digits, two Latin letters, or a number and its per cent sign, side by side. */
const CUT_WORD_PAIR = /^(?:\d\d|[A-Za-z][A-Za-z]|\d[%％‰])$/u;

export function leadText(body: BodyItem[]): string {
  const out: string[] = [];
  let n = 0;
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    out.push(b.text);
    n += b.text.length;
    if (n >= TITLE_WORDS_WINDOW) break;
  }
  return out.join('').slice(0, TITLE_WORDS_WINDOW);
}

/**
 * leadText(body).includes(pair) for a pair of two UTF-16 units, without
 * joining the lead: each paragraph cut where the lead is cut, and the pair
 * across each seam (joinWrappedTitles asks it once or twice a head, and a
 * join made up to TITLE_WORDS_WINDOW characters each time).
 */
export function leadHasPair(body: BodyItem[], pair: string): boolean {
  const first = pair.charCodeAt(0);
  const second = pair.charCodeAt(1);
  let n = 0;
  let last = -1;
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    const t = b.text;
    const part = t.length > TITLE_WORDS_WINDOW - n ? t.slice(0, TITLE_WORDS_WINDOW - n) : t;
    if (part.length) {
      if (last === first && part.charCodeAt(0) === second) return true;
      if (part.includes(pair)) return true;
      last = part.charCodeAt(part.length - 1);
    }
    n += t.length;
    if (n >= TITLE_WORDS_WINDOW) break;
  }
  return false;
}

/** A line ending so has been cut before what it opens. */
const OPENS_ONLY = /[《“‘（(【〈「『]$/u;
/** A line opening so has been cut after what it closes. */
const CLOSES_ONLY = /^[》”’）)】〉」』，、。；！？]/u;

/**
 * A title wrapped over two lines breaks anywhere, even inside a word
 * (韩正会见中美高级别二 / 轨对话…): where the two characters that meet at the
 * break stand together in the article's text, the lines are one title.
 */
function joinWrappedTitles(titles: string[], body: BodyItem[]): string[] {
  // (the line two claims were joined into, if any)
  let claimsJoinedAt = -1;
  const out = [titles[0]];
  for (let k = 1; k < titles.length; k++) {
    const prev = out[out.length - 1];
    // (a plain line and a letter-spaced one are set in two frames: never one title's lines)
    // (nor is a line the page prints twice, a label over two articles, a wrapped title's)
    if (stylesDiffer(prev, titles[k]) || printedTwice(titles[k])) {
      out.push(titles[k]);
      continue;
    }
    // A separator never starts or ends a title line of its own: 学习手记 / | “环境就是民生”.
    if (/^[|｜·•:：]/u.test(titles[k].trim()) || /[|｜·•:：]$/u.test(prev.trim())) {
      // (a full-width colon carries its own space: 南北狮舞：舞出新春精气神)
      out[out.length - 1] = joinedLine(prev, titles[k], /：$/u.test(prev.trim()) ? prev.trim() + titles[k].trim() : `${prev} ${titles[k]}`);
      continue;
    }
    // An opening bracket or quote never ends a line, a closing one or a
    // comma never opens one (避头尾, the rule every Chinese typesetter keeps):
    // a line so cut runs on (丰收背后的“ / 稳”与“进”).
    // (and a line ending on who claims, 美军称…封锁 伊朗称 / 侵犯伊朗船只…, runs on into the claim)
    if (OPENS_ONLY.test(withoutSoftJoins(prev).trimEnd()) || CLOSES_ONLY.test(titles[k].trimStart()) || reportsClaim(withoutSoftJoins(prev))) {
      out[out.length - 1] = joinedLine(prev, titles[k], prev.trimEnd() + titles[k].trimStart());
      continue;
    }
    // (a claim under a claim: the other side's, the second half of one title,
    // set apart by a space; two sides only, a third claim over them is a kicker's)
    if (opensWithClaim(withoutSoftJoins(titles[k])) && opensWithClaim(withoutSoftJoins(prev)) && claimsJoinedAt !== out.length - 1 && !(k + 1 < titles.length && opensWithClaim(withoutSoftJoins(titles[k + 1])))) {
      out[out.length - 1] = joinedLine(prev, titles[k], `${prev.trimEnd()} ${titles[k].trimStart()}`);
      claimsJoinedAt = out.length - 1;
      continue;
    }
    const pair = prev.slice(-1) + titles[k].slice(0, 1);
    // (a number or a Latin word cut at the edge, 论坛20 / 24年年会: no field ends inside one)
    if (CUT_WORD_PAIR.test(withoutSoftJoins(prev).trimEnd().slice(-1) + titles[k].trimStart().slice(0, 1))) {
      out[out.length - 1] = joinedLine(prev, titles[k], prev.trimEnd() + titles[k].trimStart());
      continue;
    }
    // (or, where the lead does not, the page says the two characters on each
    // side of the break together: 丁薛祥访问土库曼斯坦并主持 / 中土合作委员会第六次会议
    // over a page that says 并主持中土; two characters alone meet by chance)
    if (HAN_PAIR.test(pair)) {
      // (the pair looked for in the lead's paragraphs, not in their join)
      if ((leadHasPair(body, pair) || saysAcrossSeam(prev, titles[k])) && !prev.includes(pair)) {
        out[out.length - 1] = joinedLine(prev, titles[k], prev + titles[k]);
        continue;
      }
    }
    out.push(titles[k]);
  }
  return out;
}

/** Whether the page says the two characters on each side of where two title lines meet (正确 / 方向: 正确方向), all Han. */
function saysAcrossSeam(prev: string, next: string): boolean {
  const a = withoutSoftJoins(prev).trimEnd().slice(-2);
  const b = withoutSoftJoins(next).trimStart().slice(0, 2);
  return /^\p{Script=Han}{4}$/u.test(a + b) && pageSays(a + b);
}

/** An end note: （新华社…电）, （转自…）, or the writers' names signing the text （龚凯霞 江思）. */
const closesArticle = (text: string) => isClosingNote(text) || isSignatureNote(text);

/** A byline or jump marker: an item that opens an article's text. */
const opens = (b: BodyItem) => b.kind === 'byline' || b.kind === 'jump-in';

/** Whether a body of n items may be cut before body[i] (0 < i < n): at a paragraph, heading or opening item, not after a heading or opening item. */
const canCutAt = (body: BodyItem[], i: number) =>
  i > 0 && i < body.length && (body[i].kind === 'paragraph' || body[i].kind === 'heading' || opens(body[i])) && body[i - 1].kind !== 'heading' && !opens(body[i - 1]);

/** A head's title lines as one text (the strict split's words: titles only). */
const titleText = (h: Head) => h.titles.join('');

/**
 * How many of the heads' word pairs the text says, each head's in its own part
 * of the best split of the body among them (-Infinity where there is none): a
 * line moved to the head whose text repeats it counts more.
 */
function splitBodyScore(heads: Head[], body: BodyItem[]): number {
  const cuts = splitBody(heads, body, false);
  if (!cuts) return -Infinity;
  let found = 0;
  for (let k = 0; k < heads.length; k++) {
    const probe = bigramSet(headWords(heads[k]));
    found += coverage(probe, pairSet(partTexts(body, cuts[k], cuts[k + 1]).join(''))) * probe.size;
  }
  return found;
}

/** How plainly an article starts at body[i]: after a closing note, at a news lead (本报讯…), at a byline or jump marker. */
function cutBonus(body: BodyItem[], i: number): number {
  return (
    (body[i - 1].kind === 'note' && closesArticle(body[i - 1].text) ? 2 : 0) +
    // (a text sent on inside the paper, （下转第二版）, breaks off there: the next text is another article's)
    (body[i - 1].kind === 'jump-out' ? 2 : 0) +
    (body[i].kind === 'paragraph' && NEWS_LEAD.test(body[i].text) ? 1 : 0) +
    (opens(body[i]) ? 2 : 0)
  );
}

/** Weight of how much the text on either side of a cut shares (cohesion.ts):
 *  two articles meet where neighbouring paragraphs share fewest word pairs. */
const COHESION = 1;

/** splitBody's tables, kept between calls (each call reads its own before it returns). */
const bestScratch = new KeptArray(new Float64Array(256), (size) => new Float64Array(size));
const fromScratch = new KeptArray(new Int32Array(256), int32s);

/**
 * Cuts the body into one part per head, maximising how much of each part's
 * text repeats its own title; cuts after a closing note or before a news lead
 * (本报讯…) are preferred. Returns the start index of each part plus the end,
 * or null when no cut makes every part prefer its own title (if `strict`).
 */
function splitBody(heads: Head[], body: BodyItem[], strict = false): number[] | null {
  const k = heads.length;
  const n = body.length;
  const memo = bodyMemo(body);
  let cutPoints = memo.cutPoints;
  if (!cutPoints) {
    cutPoints = [0];
    for (let i = 1; i < n; i++) if (canCutAt(body, i)) cutPoints.push(i);
    cutPoints.push(n);
    memo.cutPoints = cutPoints;
  }
  if (cutPoints.length - 1 < k) return null;
  if (n > MAX_SPLIT_ITEMS) {
    const notes = cutPoints.filter((i) => i > 0 && i < n && cutBonus(body, i) >= 2);
    return notes.length >= k - 1 ? [0, ...notes.slice(0, k - 1), n] : null;
  }
  // pre[h][i]: affinity of items before i to head h.
  const pre = prefixesOf(heads, headWords, body);
  const m = cutPoints.length;
  // The bonus of a cut at each cut point, read once (the loop below meets each point once per part and end).
  let bonusAt = memo.bonusAt;
  if (!bonusAt) {
    bonusAt = memo.bonusAt = new Float64Array(m);
    for (let b = 1; b < m - 1; b++) bonusAt[b] = cutBonus(body, cutPoints[b]);
  }
  const gapCohesion = (memo.cohesion ??= cohesionAt(body, cutPoints));
  // best[s * m + c]: best score with s parts ending at cutPoints[c]; from: the
  // cut point the last part starts at. (One array each, not one per part; kept
  // from one call to the next, as made afresh they cost a tenth of the split.)
  const size = (k + 1) * m;
  const best = bestScratch.take(size).fill(-Infinity, 0, size);
  const from = fromScratch.take(size).fill(-1, 0, size);
  best[0] = 0;
  for (let s = 1; s <= k; s++) {
    const partPre = pre[s - 1];
    for (let c = s; c < m; c++) {
      if (s < k && c === m - 1) continue;
      if (s === k && c !== m - 1) continue;
      // (the part's end and the best so far held in locals: read from the arrays at
      // every b, each read checked the array again)
      const preEnd = partPre[cutPoints[c]];
      let top = best[s * m + c];
      let topFrom = from[s * m + c];
      for (let b = s - 1; b < c; b++) {
        const before = best[(s - 1) * m + b];
        if (before === -Infinity) continue;
        const score = before + preEnd - partPre[cutPoints[b]] + bonusAt[b] - COHESION * gapCohesion[b];
        if (score > top) {
          top = score;
          topFrom = b;
        }
      }
      best[s * m + c] = top;
      from[s * m + c] = topFrom;
    }
  }
  if (best[k * m + m - 1] === -Infinity) return null;
  const cuts: number[] = [n];
  for (let s = k, c = m - 1; s > 0; s--) {
    c = from[s * m + c];
    cuts.unshift(cutPoints[c]);
  }
  if (strict) {
    // Every part must repeat its own title more than any other title (or
    // start at a note's cut). Titles only: a subtitle's words (——一线观察)
    // would make the last title look foreign to a text that repeats it.
    const titlePre = prefixesOf(heads, titleText, body);
    for (let s = 0; s < k; s++) {
      const a = cuts[s];
      const e = cuts[s + 1];
      const own = titlePre[s][e] - titlePre[s][a];
      // (a loop, not Math.max(...array): spreading arrays whose elements were
      // now whole numbers, now not, threw the optimised code away again and again)
      let others = -Infinity;
      for (let h = 0; h < k; h++) if (h !== s) others = Math.max(others, titlePre[h][e] - titlePre[h][a]);
      if (own <= others && !(s > 0 && cutBonus(body, a) > 0)) return null;
    }
  }
  return cuts;
}
