// A query, start to finish:
//   1. parse it into words to find and to exclude (query.ts), and plan each
//      (terms.ts): its CJK characters or pairs, its Latin words;
//   2. read those posting lists in one transaction (lib/db readIndex: a row
//      per term and segment, nothing loaded beforehand) and intersect them:
//      the candidates, each with ceilings of how it can rank (in the title?
//      how many times?) from the lists' codes; filters and exclusions the
//      index answers exactly narrow them too;
//   3. when the lists prove every word (words of one or two characters,
//      whole Latin words), the candidates are the results: the count is
//      exact, and for one word the codes rank them, so only the page shown
//      is read. Otherwise candidates are read and checked against their text
//      in ceiling order, best possible first, and the walk stops as soon as
//      the k-th best found beats the best the next could be (rank.ts); a
//      common phrase then reads the page, not the thousands: its count is
//      estimated, and `complete()` checks the rest in the background.
import {
  dayNumber, ensureIndexBuilt, inForeground, IndexChangedError, IndexNotBuiltError, readIndex, TermNotReadError, warmIndexView, withStorage,
  readClippingsForSearch, type Clipping, type ClippingFilter, type DecodedList, type IndexView, type LeaveOut,
} from '../db';
import { filteredIdsByPaper } from '../library/list-ids';
import { BUCKET_MASK, clippingParts, combinedCode, gramKey, IN_TITLE, isGramChar } from '../searchable';
import { BUCKET_CEILING, ceilingKeys, gatherById, type Gathered } from './ceiling-keys';
import { DescendingOrder, kthHighest } from './ceiling-order';
import { KeepBest } from './keep-best';
import { firstMatch, measureMatch, needle, searchableClipping, type Needle } from './match';
import { parseQuery, type ParsedQuery } from './query';
import { compareRanked, countBucket, type RankedClipping } from './rank';
import { makeSnippet, markTitle, type MarkRange, type Snippet } from './snippet';
import { planWord, type WordPlan } from './terms';

export interface SearchOptions extends ClippingFilter {
  /** Results to describe (snippets); `total` still counts them all. Default DEFAULT_LIMIT. */
  limit?: number;
  offset?: number;
  /** Called while a search checks many texts (complete(), or the index being built): done so far, of how many. */
  onProgress?: (checked: number, total: number, loaded?: number) => void;
}

export interface SearchHit {
  id: number;
  title: string | null;
  source: string | null;
  date: string | null;
  /** Matches in the title, as ranges of `title`. */
  titleMarks: MarkRange[];
  snippet: Snippet;
}

export interface SearchResult {
  /** How many clippings match (an estimate when `approximate`). */
  total: number;
  /** Best first, from `offset`, at most `limit`. */
  hits: SearchHit[];
  query: ParsedQuery;
  /** The total is an estimate: a common phrase had more candidates than were checked for the first page. */
  approximate?: boolean;
  /**
   * Present when candidates were left unchecked (the total is an estimate,
   * or the order of the page may change): checks them all and resolves to
   * the exact result.
   */
  complete?: () => Promise<SearchResult>;
}

export const DEFAULT_LIMIT = 20;
/**
 * Texts read for the first answer, at most (or the results asked for and
 * half as many again, if more); past this the total is estimated, or the
 * order of the page may still change, and complete() goes on. Each text
 * costs 0.2–0.3 ms to read and check at 50,000 clippings on a busy machine:
 * 160 made a rare phrase whose pairs are common (few of its candidates hold
 * it) take 40 ms, and 64 still 20–35 ms; a walk that settles the page stops
 * sooner anyway (24 texts for most phrases and two common words).
 */
export const FIRST_READS = 32;
/** Texts read per request while checking. */
const READ_BATCH = 200;

/** Milliseconds per step of one search, for the benchmark (and `reads`: how many texts it read and checked). */
export type SearchPhases = Record<string, number>;

function stopwatch(phases?: SearchPhases): (name: string, count?: number) => void {
  if (!phases) return () => undefined;
  let last = performance.now();
  return (name, count) => {
    if (count !== undefined) {
      phases[name] = (phases[name] ?? 0) + count;
      return;
    }
    const now = performance.now();
    phases[name] = (phases[name] ?? 0) + now - last;
    last = now;
  };
}

/** A candidate, with the best figures its codes allow (exact when the codes prove them). */
interface Candidate extends RankedClipping {
  /** Ids of every candidate are ascending; this is its place among them. */
  index: number;
  /** The date as days (dayNumber), for sorting. */
  day: number;
}

const ANY_CODE = IN_TITLE | 4;

const dateString = (n: number): string | null => (n > 0 ? `${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}` : null);

/** What the walk found. */
interface Found {
  total: number;
  approximate: boolean;
  best: Array<RankedClipping & { clipping?: Clipping }>;
  /** Goes on checking, when approximate. */
  rest?: (onProgress?: SearchOptions['onProgress']) => Promise<Found>;
}

/**
 * The candidates as arrays (thousands for a common word), made into
 * objects only for those ranked or read (`at`).
 */
interface Candidates {
  n: number;
  ids: Int32Array;
  /** Each one's ceilingKey: title words, matches, date. */
  keys: Float64Array;
  at(i: number): Candidate;
  /** Posting lists of the included words intersected (decoded, or scanned among the candidates). */
  lists: number;
}

/** The candidates of a query, and what is needed to check them. */
interface Collected {
  candidates: Candidates;
  /** The lists prove every word: the candidates are the results. */
  proven: boolean;
  include: WordPlan[];
  words: Needle[];
  textExcludes: Needle[];
}

async function collect(parsed: ParsedQuery, filter: ClippingFilter, lap: (name: string, count?: number) => void): Promise<Collected> {
  const words = parsed.include.map((w) => needle(w.text));
  await withStorage(() => ensureIndexBuilt());
  lap('build');
  const include = parsed.include.map((w) => planWord(w.text));
  const exclude = parsed.exclude.map((w) => planWord(w.text));
  const exactExcludes = exclude.filter((p) => p.exact);
  const textExcludes = parsed.exclude.filter((_, i) => !exclude[i].exact).map((w) => needle(w.text));

  const joint = jointGrams(words.map((w) => w.text));
  const grams = [...new Set([...include, ...exactExcludes].flatMap((p) => p.grams).concat(joint ?? []))];
  // A long phrase's commonest pairs are left unread when its rarest, common too, will leave many candidates anyway.
  let leaveOut: LeaveOut | undefined = (entries, clippings) => unreadTerms(include, [...exactExcludes.flatMap((p) => p.grams), ...(joint ?? [])], entries, clippings);
  const read = () => withStorage(() => Promise.all([readIndex(grams, lap, leaveOut), filteredIdsByPaper(filter)]));
  for (let attempt = 1; ; attempt++) {
    try {
      const [view, allowed] = await read();
      lap('read');
      // Decoded at once after the read (a later read may change what the view's lists stand on: then it throws, and this reads again).
      const candidates = candidatesOf(view, allowed, include, exactExcludes, joint, words);
      lap('candidates');
      lap('lists', candidates.lists);
      return { candidates, proven: include.every((p) => p.exact) && textExcludes.length === 0, include, words, textExcludes };
    } catch (error) {
      // Built meanwhile by another page, or of another format: build, then read again.
      if (error instanceof IndexNotBuiltError) await withStorage(() => ensureIndexBuilt());
      // A term left unread was needed after all (fewer candidates than the sizes promised): read them all (the rows read are kept).
      else if (error instanceof TermNotReadError && leaveOut) leaveOut = undefined;
      else if (!(error instanceof IndexChangedError) || attempt >= 3) throw error;
    }
  }
}

/**
 * The candidates: the included words' terms intersected, the shortest list
 * first, decoded whole and cut to the filter, the others only scanned for the
 * candidates left (a rare pair of an 8-character query leaves a few, and the
 * common pairs are scanned for them; none left, the rest are not decoded at
 * all), a phrase's terms past its rarest CHECKED_TERMS spared while more than
 * SPARE_PAIRS_ABOVE candidates are left (the text check proves it); then the
 * exact exclusions, and each candidate's ceiling key from its words' codes.
 */
function candidatesOf(view: IndexView, allowed: number[] | null, include: WordPlan[], exactExcludes: WordPlan[], joint: number[] | null, words: Needle[]): Candidates {
  const terms = [...new Set(include.flatMap((p) => p.grams))].sort((a, b) => view.sizeOf(a) - view.sizeOf(b));
  const byId = allowed === null && exactExcludes.length === 0 ? denseCandidates(view, include, terms, joint) : null;
  if (byId) return finishCandidates(view, joint, words, byId.ids, byId.ids.length, byId.codes, byId.lists, byId);
  const lists = new Map<number, DecodedList>();
  // One word: its code (title bit if all its terms have it, the smallest count bucket of any) is carried through the intersections.
  const single = include.length === 1;
  let ids: Int32Array | null = null;
  let codes: Uint8Array | null = null;
  let n = 0;
  // (the filter is applied with the first list: the candidates it leaves decide whether a term may be spared)
  const allowedList = allowed ? { ids: Int32Array.from(allowed), length: allowed.length } : null;
  for (const g of terms) {
    if (ids !== null && n > SPARE_PAIRS_ABOVE && spare(g, include, lists)) continue;
    // Left unread (unreadTerms) and needed: the caller reads again.
    if (!view.has(g)) throw new TermNotReadError(g);
    if (ids === null) {
      const list = view.list(g);
      lists.set(g, list);
      ({ ids, codes } = list);
      n = list.length;
      if (allowedList) ({ ids, n, codes } = intersect(ids, n, allowedList, single ? codes : null));
    } else {
      // Decoded whole by an earlier query: merged in step. Else scanned for the candidates left only (a
      // phrase's common pairs, 40,000 entries each: no arrays of every clipping holding it, no second pass).
      if (view.decoded(g)) {
        const list = view.list(g);
        lists.set(g, list);
        ({ ids, n, codes } = intersect(ids, n, list, single ? codes : null));
      } else {
        // Its entries among the candidates are the candidates left: only the codes are combined.
        const list = view.listAmong(g, ids, n);
        lists.set(g, list);
        codes = single ? combineCodes(ids, n, codes!, list) : null;
        ids = list.ids;
        n = list.length;
      }
    }
    if (n === 0) break;
  }
  if (ids === null) {
    ids = Int32Array.from(view.allIds());
    n = ids.length;
    codes = new Uint8Array(n).fill(ANY_CODE);
    if (allowedList && n > 0) ({ ids, n, codes } = intersect(ids, n, allowedList, single ? codes : null));
  }
  for (const p of exactExcludes) {
    if (n === 0) break;
    // The candidates holding every term of the excluded word, its shortest list first.
    let held: DecodedList | null = null;
    for (const g of [...p.grams].sort((a, b) => view.sizeOf(a) - view.sizeOf(b))) {
      held = held ? view.listAmong(g, held.ids, held.length) : view.listAmong(g, ids, n);
      if (held.length === 0) break;
    }
    if (held && held.length > 0) ({ ids, n, codes } = minus(ids, n, held, single ? codes : null));
  }
  ids = ids.subarray(0, n);
  const m = n;
  const kept = ids;
  // Each word's code for each candidate (as above); every list kept holds every candidate.
  const codeOf = single && codes ? [codes] : include.map((p) => {
    if (p.grams.length === 1) {
      const list = lists.get(p.grams[0]);
      if (list && list.length === n) return list.codes;
    }
    const codes = new Uint8Array(n);
    if (n === 0) return codes;
    let first = true;
    for (const g of p.grams) {
      const list = lists.get(g);
      if (!list) continue; // spared: the word's other terms bound its codes
      const lc = list.codes;
      const li = list.ids;
      let j = 0;
      if (first) {
        // The word's first list read: its codes taken as they are (combined with none yet: combinedCode(ANY_CODE, b) is b).
        for (let i = 0; i < n; i++) {
          const id = ids[i];
          while (li[j] < id) j++;
          codes[i] = lc[j++];
        }
        first = false;
        continue;
      }
      for (let i = 0; i < n; i++) {
        const id = ids[i];
        while (li[j] < id) j++;
        const a = codes[i];
        const b = lc[j++];
        codes[i] = combinedCode(a, b);
      }
    }
    if (first) codes.fill(ANY_CODE);
    return codes;
  });
  return finishCandidates(view, joint, words, kept, m, codeOf, lists.size);
}

/** The candidates made: each one's ceiling key (whether its words may stand side by side, its day), and `at`. */
function finishCandidates(
  view: IndexView, joint: number[] | null, words: Needle[], ids: Int32Array, n: number, codeOf: Uint8Array[], lists: number,
  made?: { apart: Uint8Array | null; keys: Float64Array },
): Candidates {
  const span = words.length > 1 ? shortestPossibleSpan(words.map((w) => w.text)) : 0;
  // Two words whose joint is a pair the index holds: where neither pair is, they are never side by side, so their span is one more.
  const apart = made ? made.apart : joint && n > 0 ? notIn(ids, n, joint, view) : null;
  // The ceiling keys: title words, matches (the bucket of their sum), date.
  const days = view.days;
  const keys = made ? made.keys : ceilingKeys(codeOf, n, apart, (i) => {
    const id = ids[i];
    return id >= 0 && id < days.length ? days[id] : dayNumber(view.dateOf(id));
  }, { ids, days });
  const dates = new Map<number, string | null>();
  const at = (i: number): Candidate => {
    const id = ids[i];
    let t = 0;
    let c = 0;
    for (const codes of codeOf) {
      const code = codes[i];
      if (code & IN_TITLE) t++;
      c += BUCKET_CEILING[code & BUCKET_MASK];
    }
    const ymd = view.dateOf(id);
    let date = dates.get(ymd);
    if (date === undefined) dates.set(ymd, (date = dateString(ymd)));
    return { id, index: i, inTitle: Math.min(t, 255), count: Math.min(c, 65535), span: apart?.[i] ? span + 1 : span, date, createdAt: view.createdOf(id), day: dayNumber(ymd) };
  };
  return { n, ids, keys, at, lists };
}

/** Arrays by id, kept between queries (grown, never shrunk): `held`, then each word's codes (denseCandidates). */
const byIdScratch: Uint8Array[] = [];
/** The bitmap by id of two words' joint pairs (denseCandidates), kept as byIdScratch. */
let jointScratch: Uint32Array | null = null;

function scratchById(k: number, size: number): Uint8Array {
  if (!byIdScratch[k] || byIdScratch[k].length < size) byIdScratch[k] = new Uint8Array(size + (size >> 4));
  return byIdScratch[k];
}

/**
 * A list holding at least one clipping in this many (by its size before
 * decoding, about one byte an entry for a common term) is intersected by id.
 */
const DENSE_SHARE = 8;

/**
 * The candidates of a query of one or two words whose terms are all common
 * (a common phrase's pairs, two common words: each list holds most
 * clippings), intersected in arrays by id instead of as lists: each term's
 * entries are added where they are read (IndexView.addById: the number of
 * terms each id is in, and each word's codes by id), two words' joint pairs
 * set in a bitmap by id, and the ids in every term gathered with their codes
 * and ceiling keys in one pass over the ids, without a branch on each
 * (gatherById). Decoding the first list into arrays, a bitmap of it for the
 * next, walking the first again for its codes, then the joint and the keys
 * each in a pass of their own took twice as long (Node, two lists of
 * 50,000: 1.0 against 1.9 ms before the joint and the keys), and made 0.5 MB
 * more of arrays a query. The same terms in the same order, spared as
 * candidatesOf spares them: the same candidates, codes and keys. Null where
 * it does not apply (a filter or exact exclusion, three words or more, a
 * rare term, a term of two words, ids past the arrays by id): candidatesOf
 * goes on.
 */
function denseCandidates(view: IndexView, include: WordPlan[], terms: number[], joint: number[] | null): (Gathered & { lists: number }) | null {
  const size = view.days.length;
  if (include.length > 2 || terms.length < 2 || terms.length > 250 || size === 0 || include.some((p) => p.grams.length === 0)) return null;
  const wordOf = new Map<number, number>();
  for (let w = 0; w < include.length; w++) {
    for (const g of include[w].grams) {
      if (wordOf.has(g) && wordOf.get(g) !== w) return null;
      wordOf.set(g, w);
    }
  }
  for (const g of terms) if (view.sizeOf(g) * DENSE_SHARE < size) return null;
  const held = scratchById(0, size);
  held.fill(0, 0, size);
  const codesById = include.map((_, w) => scratchById(w + 1, size));
  const started = include.map(() => false);
  const used = new Set<number>();
  let round = 0;
  let n = 0;
  for (const g of terms) {
    if (round > 0 && n > SPARE_PAIRS_ABOVE && spare(g, include, used)) continue;
    if (!view.has(g)) throw new TermNotReadError(g);
    const w = wordOf.get(g)!;
    const added = view.addById(g, held, round, codesById[w], !started[w]);
    if (added < 0) return null;
    started[w] = true;
    used.add(g);
    round++;
    n = added;
    if (n === 0) break;
  }
  // Two words whose joint is a pair the index holds (as notIn): its ids set in a bitmap by id.
  let bits: Uint32Array | null = null;
  if (joint && n > 0) {
    const words = (size >>> 5) + 1;
    if (!jointScratch || jointScratch.length < words) jointScratch = new Uint32Array(words + (words >> 4));
    bits = jointScratch;
    bits.fill(0, 0, words);
    for (const g of joint) view.mark(g, bits, 0, size - 1);
  }
  return { ...gatherById(held, round, size, codesById, bits, view.days, n), lists: used.size };
}
/**
 * Candidates left past which a checked word's further terms are not
 * intersected (spare): each costs a pass over its whole list (40,000–50,000
 * entries for a common phrase's pair) and would narrow so many only a little,
 * while the walk reads about the page's worth of texts however many are
 * left, and checks each. At or below it every term is intersected, so a
 * phrase few clippings hold is answered and counted at once, as before.
 */
export const SPARE_PAIRS_ABOVE = 4 * FIRST_READS;
/** Terms of a checked word intersected at least (its rarest, the query's shortest lists first) before the rest may be spared. */
export const CHECKED_TERMS = 3;

/**
 * Candidates the rarest CHECKED_TERMS pairs of a phrase must be expected to
 * leave, from the sizes the index keeps, for its other pairs to be left
 * unread: twice SPARE_PAIRS_ABOVE, so that they would be spared anyway (if
 * fewer are left, a filter's doing or a rare phrase's, candidatesOf asks for
 * them: one more read).
 */
export const UNREAD_ABOVE = 2 * SPARE_PAIRS_ABOVE;

/**
 * The terms a query need not read (readIndex's leaveOut): a checked word's
 * terms past its rarest CHECKED_TERMS, when those are common enough that
 * even as independent lists they would leave more than UNREAD_ABOVE
 * candidates (a phrase's pairs go together, so they leave more): then
 * candidatesOf spares the others (spare), and their rows, 50 KB each for
 * 全国人民代表大会's 4 commonest pairs, are not read. `entries(g)` is a
 * lower bound (common entries only), so a term not known to be common counts
 * as rare: read. Never a term of another word that needs it, nor `keep`
 * (exact exclusions, a joint).
 */
export function unreadTerms(include: readonly WordPlan[], keep: readonly number[], entries: (gram: number) => number, clippings: number): ReadonlySet<number> {
  const out = new Set<number>();
  if (clippings <= 0) return out;
  const needed = new Set(keep);
  for (const p of include) {
    const grams = [...new Set(p.grams)];
    if (p.exact || grams.length <= CHECKED_TERMS) {
      for (const g of grams) needed.add(g);
      continue;
    }
    const sized = grams.map((g) => [g, entries(g)] as const).sort((a, b) => a[1] - b[1]);
    let expected = clippings;
    for (let i = 0; i < CHECKED_TERMS; i++) expected *= sized[i][1] / clippings;
    const unread = expected > UNREAD_ABOVE ? CHECKED_TERMS : grams.length;
    sized.forEach(([g], i) => (i < unread ? needed.add(g) : out.add(g)));
  }
  for (const g of needed) out.delete(g);
  return out;
}

/**
 * A term that need not be intersected: every word holding it is checked
 * against the text anyway (a phrase: 中华人民共和国 has 6 pairs) and already
 * has CHECKED_TERMS of its terms among the candidates' lists. The text check
 * is exact, so sparing one leaves more candidates, never other results; and
 * its ceilings come from fewer codes, so higher, never lower (the walk stays
 * right).
 */
function spare(g: number, include: WordPlan[], lists: { has(gram: number): boolean }): boolean {
  let holders = 0;
  for (const p of include) {
    if (!p.grams.includes(g)) continue;
    if (p.exact) return false;
    let intersected = 0;
    for (const t of p.grams) if (lists.has(t)) intersected++;
    if (intersected < CHECKED_TERMS) return false;
    holders++;
  }
  return holders > 0;
}

/**
 * The ids of `ids[0…n)` also in `list` (both ascending): merged in step, or
 * galloped through a much longer list. With `codes` (one for each of `ids`),
 * each kept id's code combined with the list's (title bit if both, the
 * smaller count bucket), or kept as it is when the list has none.
 */
function intersect(
  ids: Int32Array, n: number, list: { ids: Int32Array; codes?: Uint8Array; length: number }, codes: Uint8Array | null,
): { ids: Int32Array; n: number; codes: Uint8Array | null } {
  const b = list.ids;
  const bn = list.length;
  const size = Math.min(n, bn);
  const out = new Int32Array(size);
  const outCodes = codes ? new Uint8Array(size) : null;
  const lc = list.codes;
  let o = 0;
  const keep = (i: number, j: number) => {
    if (outCodes) {
      const a = codes![i];
      const c = lc ? lc[j] : a;
      outCodes[o] = combinedCode(a, c);
    }
    out[o++] = b[j];
  };
  if (bn <= n * 8) {
    // Merged in step, the common case (a phrase's pairs, 40,000 entries each): written out for each
    // case of codes, without a call per kept id.
    let j = 0;
    if (outCodes && lc) {
      for (let i = 0; i < n && j < bn; i++) {
        const id = ids[i];
        while (j < bn && b[j] < id) j++;
        if (j < bn && b[j] === id) {
          outCodes[o] = combinedCode(codes![i], lc[j++]);
          out[o++] = id;
        }
      }
    } else {
      for (let i = 0; i < n && j < bn; i++) {
        const id = ids[i];
        while (j < bn && b[j] < id) j++;
        if (j < bn && b[j] === id) {
          if (outCodes) outCodes[o] = codes![i];
          out[o++] = id;
          j++;
        }
      }
    }
  } else {
    let j = 0;
    for (let i = 0; i < n && j < bn; i++) {
      const id = ids[i];
      let lo = j;
      let step = 1;
      while (lo + step < bn && b[lo + step] < id) step *= 2;
      let hi = Math.min(bn, lo + step + 1);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid] < id) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
      if (j < bn && b[j] === id) keep(i, j++);
    }
  }
  return { ids: out, n: o, codes: outCodes };
}

/** The codes of the entries of `sub` (ascending ids, each among `ids[0…n)`), each combined (combinedCode) with the code `codes` has for its id. */
function combineCodes(ids: Int32Array, n: number, codes: Uint8Array, sub: DecodedList): Uint8Array {
  const out = new Uint8Array(sub.length);
  const si = sub.ids;
  const sc = sub.codes;
  let i = 0;
  for (let j = 0; j < sub.length; j++) {
    const id = si[j];
    while (i < n && ids[i] < id) i++;
    out[j] = combinedCode(codes[i], sc[j]);
  }
  return out;
}

/** The ids of `ids[0…n)` not in `drop` (both ascending), with their `codes` when given. */
function minus(ids: Int32Array, n: number, drop: DecodedList, codes: Uint8Array | null): { ids: Int32Array; n: number; codes: Uint8Array | null } {
  const out = new Int32Array(n);
  const outCodes = codes ? new Uint8Array(n) : null;
  let o = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    while (j < drop.length && drop.ids[j] < id) j++;
    if (j < drop.length && drop.ids[j] === id) continue;
    if (outCodes) outCodes[o] = codes![i];
    out[o++] = id;
  }
  return { ids: out, n: o, codes: outCodes };
}

async function findBest(parsed: ParsedQuery, filter: ClippingFilter, k: number, lap: (name: string, count?: number) => void, firstReads: number): Promise<Found> {
  if (parsed.include.length === 0) return { total: 0, approximate: false, best: [] };
  const { candidates, proven, include, words, textExcludes } = await collect(parsed, filter, lap);
  const n = candidates.n;
  // 3a. The lists prove the words and, for one word, its figures: rank by them, read the page only.
  if (proven && include.length === 1 && include[0].figures) {
    const best = new KeepBest<Candidate>(k);
    for (const i of contenders(candidates, k)) {
      const c = candidates.at(i);
      c.count = lowestOfBucket(c.count);
      best.offer(c);
    }
    lap('rank');
    return { total: n, approximate: false, best: best.sorted() };
  }
  // 3b. Walk in ceiling order.
  const byCeiling = sortByCeiling(candidates);
  lap('rank');
  const found = await walk(candidates, byCeiling, 0, new KeepBest(k), 0, words, textExcludes, firstReads, lap);
  // Unchecked candidates left: the count is an estimate unless the lists proved it, and the
  // order of the page is settled only if the walk stopped because none of them could make it.
  const left = found.walked < n;
  const estimated = left && !proven;
  const unsettled = left && !found.stopped;
  const total = estimated ? Math.round(found.hits + ((n - found.walked) * found.hits) / Math.max(1, found.walked)) : proven ? n : found.hits;
  const result: Found = { total, approximate: estimated, best: found.best.sorted() };
  if (estimated || unsettled) {
    result.rest = async (onProgress) => {
      const more = await walk(candidates, byCeiling, found.walked, found.best, found.hits, words, textExcludes, Infinity, () => undefined, onProgress, true);
      return { total: proven ? n : more.hits, approximate: false, best: more.best.sorted() };
    };
  }
  return result;
}

/** The count a bucket of one word stands for at least (for a word whose codes are exact). */
function lowestOfBucket(ceiling: number): number {
  return 2 ** countBucket(ceiling);
}

/**
 * Two words of CJK characters that cannot overlap (发展 经济): the pairs
 * their joint makes either way round (展经, 济发). The index holds a pair
 * wherever its characters stand side by side, so a clipping holding neither
 * never has them side by side: its span is at least one more than the
 * shortest. Null for any other query.
 */
export function jointGrams(words: readonly string[]): number[] | null {
  if (words.length !== 2) return null;
  const [a, b] = words.map((w) => Array.from(w, (ch) => ch.codePointAt(0)!));
  if (![...a, ...b].every(isGramChar)) return null;
  if (shortestPossibleSpan(words) !== words[0].length + words[1].length) return null;
  return [gramKey(a[a.length - 1], b[0]), gramKey(b[b.length - 1], a[0])];
}

/**
 * 1 for each of `ids[0…n)` (ascending) in none of the lists of `grams` (a
 * joint's pairs), 0 for the rest. The lists' ids within the candidates'
 * range are set in a bitmap of it (6 KB at 50,000) straight from their
 * rows (view.mark: not decoded into arrays, thousands of entries, tens of
 * thousands for a common pair, to be looked up once), and each candidate is
 * one look-up in it, without a branch (scanning each list among 50,000
 * candidates, then walking the candidates once per list, took 1–2 ms of two
 * common words). Where the ids are spread too far for one bitmap, the lists
 * are decoded and merged in step.
 */
export function notIn(ids: Int32Array, n: number, grams: readonly number[], view: Pick<IndexView, 'list' | 'mark'>): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const first = ids[0];
  const last = ids[n - 1];
  if (last - first > 64 * n) {
    // Ids spread far apart (imported with odd ids): merged in step instead.
    out.fill(1);
    for (const g of grams) {
      const list = view.list(g);
      let i = 0;
      for (let j = 0; j < list.length && i < n; j++) {
        const id = list.ids[j];
        while (i < n && ids[i] < id) i++;
        if (i < n && ids[i] === id) out[i] = 0;
      }
    }
    return out;
  }
  const bits = new Uint32Array(((last - first) >>> 5) + 1);
  for (const g of grams) view.mark(g, bits, first, last);
  for (let i = 0; i < n; i++) {
    const at = ids[i] - first;
    out[i] = ((bits[at >>> 5] >>> (at & 31)) & 1) ^ 1;
  }
  return out;
}

/** The places of candidates best possible first: title words, then matches, then newest (ties by place, later first); made as the walk asks. */
function sortByCeiling(c: Candidates): DescendingOrder {
  return new DescendingOrder(c.keys);
}

/**
 * The places of the candidates that can be among the best k when their
 * figures are their ceilings: every one whose key reaches the k-th highest
 * (compareRanked orders them by key first, so none below can pass it).
 */
function contenders(c: Candidates, k: number): Int32Array | number[] {
  if (c.n <= k) return Array.from({ length: c.n }, (_, i) => i);
  const keys = c.keys;
  const bar = kthHighest(keys, k);
  const out: number[] = [];
  for (let i = 0; i < c.n; i++) if (keys[i] >= bar) out.push(i);
  return out;
}

/**
 * The shortest span several words can have (match.ts measures it): the
 * shortest text holding every two of them, overlapping where one ends as
 * the other starts or inside it (中国 国家: 中国家, 3). The walk stops
 * sooner against this ceiling than against the longest word alone.
 */
export function shortestPossibleSpan(words: readonly string[]): number {
  let most = 0;
  for (const w of words) most = Math.max(most, w.length);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) most = Math.max(most, joinedLength(words[i], words[j]));
  }
  return most;
}

/** The length of the shortest string holding both a and b. */
function joinedLength(a: string, b: string): number {
  if (a.includes(b)) return a.length;
  if (b.includes(a)) return b.length;
  const overlap = (x: string, y: string) => {
    for (let k = Math.min(x.length, y.length) - 1; k > 0; k--) if (x.endsWith(y.slice(0, k))) return k;
    return 0;
  };
  return a.length + b.length - Math.max(overlap(a, b), overlap(b, a));
}

interface Walked {
  best: KeepBest<RankedClipping & { clipping?: Clipping }>;
  hits: number;
  walked: number;
  /** Stopped because no later candidate could make the page. */
  stopped: boolean;
}

/**
 * Checks candidates from `from` on against their texts, keeping the best;
 * stops when the worst kept beats the next one's ceiling (unless `all`), or
 * after `maxReads` texts.
 */
async function walk(
  candidates: Candidates, order: DescendingOrder, from: number, best: KeepBest<RankedClipping & { clipping?: Clipping }>, hits: number,
  words: Needle[], excludes: Needle[], maxReads: number, lap: (name: string, count?: number) => void,
  onProgress?: SearchOptions['onProgress'], all = false,
): Promise<Walked> {
  let at = from;
  let reads = 0;
  let batch = Math.min(READ_BATCH, Math.max(8, best.room + 4));
  while (at < order.length && reads < maxReads) {
    if (!all) {
      const bar = best.bar;
      if (bar && compareRanked(bar, { ...candidates.at(order.at(at)), createdAt: Infinity, id: Infinity }) < 0) return { best, hits, walked: at, stopped: true };
      // The last batch the first answer may read, with the page full: not read when even its candidates at
      // their ceilings could not settle the page (the rest's check settles it anyway, in the background).
      const size = Math.min(order.length - at, batch, maxReads - reads);
      if (bar && reads > 0 && reads + size >= maxReads && at + size < order.length && !couldSettle(best, candidates, order, at, size)) {
        return { best, hits, walked: at, stopped: false };
      }
    }
    const slice = order.slice(at, Math.min(order.length, at + batch, at + (maxReads - reads)));
    const rows = await withStorage(() => readClippingsForSearch(Array.from(slice, (i) => candidates.ids[i])));
    lap('texts');
    lap('reads', slice.length);
    for (let i = 0; i < slice.length; i++) {
      const c = rows[i];
      if (!c) continue;
      const text = searchableClipping(c);
      if (!words.every((w) => firstMatch(text.text, w) >= 0)) continue;
      if (excludes.some((w) => firstMatch(text.text, w) >= 0)) continue;
      hits++;
      const figures = measureMatch(text, words)!;
      best.offer({ id: c.id, ...figures, date: c.date, createdAt: c.createdAt, clipping: c });
    }
    lap('verify');
    at += slice.length;
    reads += slice.length;
    onProgress?.(at, order.length);
    batch = Math.min(READ_BATCH, batch * 2);
  }
  return { best, hits, walked: at, stopped: at >= order.length };
}

/**
 * Whether reading the `size` candidates from `at` on could settle the page:
 * if each were found at its ceilings, would the k-th best then beat the
 * ceiling of the one after them? (Two common words whose joint pair many
 * clippings hold elsewhere, 发展 创新: the 24 texts read first hold them
 * apart, the next 8 cannot make them close, and a second round trip for
 * them only reordered a page that stays unsettled.)
 */
function couldSettle(best: KeepBest<RankedClipping>, candidates: Candidates, order: DescendingOrder, at: number, size: number): boolean {
  const pool: RankedClipping[] = best.sorted();
  for (const i of order.slice(at, at + size)) pool.push(candidates.at(i));
  pool.sort(compareRanked);
  const kth = pool[best.room - 1];
  return compareRanked(kth, { ...candidates.at(order.at(at + size)), createdAt: Infinity, id: Infinity }) < 0;
}

/** The ids of every clipping matching the query, ascending: texts are read only where the lists cannot prove a word. */
export async function matchingIds(query: string, filter: ClippingFilter = {}): Promise<number[]> {
  const parsed = parseQuery(query);
  if (parsed.include.length === 0) return [];
  const { candidates, proven, words, textExcludes } = await collect(parsed, filter, () => undefined);
  if (proven) return Array.from(candidates.ids);
  const ids: number[] = [];
  for (let at = 0; at < candidates.n; at += READ_BATCH) {
    const rows = await withStorage(() => readClippingsForSearch(Array.from(candidates.ids.subarray(at, at + READ_BATCH))));
    for (const c of rows) {
      if (!c) continue;
      const text = searchableClipping(c).text;
      if (words.every((w) => firstMatch(text, w) >= 0) && !textExcludes.some((w) => firstMatch(text, w) >= 0)) ids.push(c.id);
    }
  }
  return ids;
}

/** Every clipping matching the query, best first, without snippets (checks every candidate). */
export async function rankClippings(query: string | ParsedQuery, filter: ClippingFilter = {}): Promise<RankedClipping[]> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const found = await findBest(parsed, filter, Infinity, () => undefined, Infinity);
  return found.best.map(({ clipping: _c, ...ranked }) => ({ id: ranked.id, inTitle: ranked.inTitle, count: ranked.count, span: ranked.span, date: ranked.date, createdAt: ranked.createdAt }));
}

function describe(c: Clipping, words: readonly string[]): SearchHit {
  return {
    id: c.id,
    title: c.title,
    source: c.source,
    date: c.date,
    titleMarks: markTitle(c.title ?? '', words),
    snippet: makeSnippet(clippingParts(c), words),
  };
}

async function describeAll(best: Found['best'], offset: number, words: readonly string[]): Promise<SearchHit[]> {
  const page = best.slice(offset);
  const missing = page.filter((r) => !r.clipping).map((r) => r.id);
  const read = missing.length ? await withStorage(() => readClippingsForSearch(missing)) : [];
  const byId = new Map(read.filter((c): c is Clipping => !!c).map((c) => [c.id, c]));
  return page.flatMap((r) => {
    const c = r.clipping ?? byId.get(r.id);
    return c ? [describe(c, words)] : [];
  });
}

/**
 * Searches the clippings: how many match, and the best `limit` of them (from
 * `offset`) with snippets. `phases`, when given, receives the time each step took.
 */
export async function searchClippings(query: string, options: SearchOptions = {}, phases?: SearchPhases): Promise<SearchResult> {
  const lap = stopwatch(phases);
  const parsed = parseQuery(query);
  lap('parse');
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  // Built first (that may take long), then read ahead of the library's reads in the background.
  if (parsed.include.length) await withStorage(() => ensureIndexBuilt());
  const { found, hits } = await inForeground(async () => {
    const found = await findBest(parsed, options, offset + limit, lap, Math.max(FIRST_READS, Math.ceil(1.5 * (offset + limit))));
    const hits = await describeAll(found.best, offset, parsed.include.map((w) => w.text));
    return { found, hits };
  });
  const words = parsed.include.map((w) => w.text);
  lap('describe');
  const result: SearchResult = { total: found.total, hits, query: parsed };
  if (found.rest) {
    const rest = found.rest;
    let done: Promise<SearchResult> | null = null;
    result.approximate = found.approximate;
    result.complete = () =>
      (done ??= rest(options.onProgress).then(async (exact) => ({ total: exact.total, hits: await describeAll(exact.best, offset, words), query: parsed })));
  }
  return result;
}

/**
 * Gets a page ready to search: reads what every query needs (the docs: 20
 * bytes a clipping) so the first one does not; if the index is not built
 * (data from before it), builds it and reads them then.
 *
 * The read goes first, as a foreground read: IndexedDB serves a page's
 * requests one after another, and in a side panel just opened the library's
 * list and filters asked for dozens of reads as this one did, so a search
 * typed at once waited for this read behind theirs (traced at 50,000: 发展
 * typed first, 0.5 s). The list's parts hold back until it ends; called
 * before the list starts (the side panel's search box mounts above it),
 * its requests are the first in line. Not the build: the list would wait
 * for minutes.
 */
export async function prepareSearch(): Promise<void> {
  if (await inForeground(() => withStorage(() => warmIndexView()))) return;
  await withStorage(() => ensureIndexBuilt());
  await withStorage(() => warmIndexView());
}
