// A query, start to finish:
//   1. parse it into words to find and to exclude (query.ts);
//   2. candidates: intersect the postings of its Latin words (the `terms`
//      multi-entry index) and of the filters (the clippings' own indexes),
//      smallest list first, then keep those whose signature may hold all its
//      CJK characters and pairs (signature-store.ts, one loop over all);
//   3. check every candidate against its folded text (text-cache.ts), or
//      for a one-character word against the exact character index
//      (char-index.ts): no false hits, and since the index is made from the
//      same folded text, no misses either; this gives the total;
//   4. pick the best `offset + limit` without ranking all (select.ts), and
//      describe them from the text cache (snippet.ts, unfold.ts).
// With the caches warm and a query of CJK words alone, nothing here touches
// IndexedDB: no transaction, no read.
import { db } from '../db/db';
import { withStorage } from '../db/run';
import type { ClippingFilter } from '../db/types';
import { ensureSearchIndex } from './indexer';
import { CharIndex } from './char-index';
import { firstMatch, needle, type Needle } from './match';
import { parseQuery, type ParsedQuery } from './query';
import type { RankedClipping } from './rank';
import { selectBest, type Chosen, type Matches } from './select';
import { markTitle, snippetFromCache, type MarkRange, type Snippet } from './snippet';
import { planWord, type TermLookup, type WordPlan } from './terms';
import { loadSignatures, type SignatureSet } from './signature-store';
import { charLookup, countUncached, warmSearchCache, whenWarm, slotEntry, slotText, slotTitleLength, withClippings, type CachedClipping, type Located } from './text-cache';

export interface SearchOptions extends ClippingFilter {
  /** Results to describe (snippets); `total` still counts them all. Default DEFAULT_LIMIT. */
  limit?: number;
  offset?: number;
  /**
   * Called while a search waits for clippings the text cache does not hold
   * (a cache still warming, or a collection past its budget): candidates
   * checked so far and how many there are; while it waits for the cache to
   * warm, `loaded` clippings of `total` in memory (and `checked` 0).
   */
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
  /** How many clippings match. */
  total: number;
  /** Best first, from `offset`, at most `limit`. */
  hits: SearchHit[];
  query: ParsedQuery;
}

export const DEFAULT_LIMIT = 20;

/** Milliseconds per step of one search, for the benchmark (bench-hooks.ts). */
export type SearchPhases = Record<string, number>;

/** Adds the time since the last lap to `phases[name]`; does nothing without `phases`. */
function stopwatch(phases?: SearchPhases): (name: string) => void {
  if (!phases) return () => undefined;
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    phases[name] = (phases[name] ?? 0) + now - last;
    last = now;
  };
}

/** The ids in the posting list of one lookup, ascending. */
async function postings({ term, prefix }: TermLookup): Promise<number[]> {
  if (!prefix) return db.searchIndex.where('terms').equals(term).primaryKeys();
  // One clipping can hold several words with this prefix.
  const ids = await db.searchIndex.where('terms').startsWith(term).primaryKeys();
  return sortUnique(ids);
}

function sortUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  return ids.filter((id, i) => i === 0 || id !== ids[i - 1]);
}

/** Ids in both ascending lists: binary search of the short list's ids in the long one. */
function intersect(small: readonly number[], large: readonly number[]): number[] {
  const out: number[] = [];
  let lo = 0;
  for (const id of small) {
    let hi = large.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (large[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= large.length) break;
    if (large[lo] === id) out.push(id);
  }
  return out;
}

const hasFilter = (f: ClippingFilter) => f.source !== undefined || f.tag !== undefined || f.from !== undefined || f.to !== undefined;

/** The filters as id lists from the clippings table's own indexes. */
function filterLists(filter: ClippingFilter): Array<Promise<number[]>> {
  const lists: Array<Promise<number[]>> = [];
  if (filter.source !== undefined) lists.push(db.clippings.where('source').equals(filter.source).primaryKeys());
  if (filter.tag !== undefined) lists.push(db.clippings.where('tags').equals(filter.tag).primaryKeys().then(sortUnique));
  if (filter.from !== undefined || filter.to !== undefined) {
    const range = db.clippings.where('date').between(filter.from ?? '', filter.to ?? '\uffff', true, true);
    lists.push(range.primaryKeys().then(sortUnique));
  }
  return lists;
}

/** Candidate ids: every clipping that may hold all the words and passes the filters. */
async function findCandidates(include: WordPlan[], exclude: WordPlan[], filter: ClippingFilter, signatures: SignatureSet): Promise<number[]> {
  const lookups = new Map<string, TermLookup>();
  for (const plan of include) for (const l of plan.lookups) lookups.set((l.prefix ? '*' : '=') + l.term, l);
  const grams = [...new Set(include.flatMap((plan) => plan.grams))];
  // An exclusion the index answers exactly (a Latin word) needs no text check.
  const exact = exclude.filter((p) => p.exact);

  let lists: number[][] = [];
  let gone: number[][] = [];
  // Only Latin words, exact exclusions and filters need the database.
  if (lookups.size > 0 || exact.length > 0 || hasFilter(filter)) {
    [lists, gone] = await withStorage(() =>
      db.transaction('r', db.clippings, db.searchIndex, () =>
        Promise.all([
          Promise.all([...[...lookups.values()].map(postings), ...filterLists(filter)]),
          Promise.all(exact.map((p) => postings(p.lookups[0]))),
        ]),
      ),
    );
  }
  let ids: number[] | null = null;
  lists.sort((a, b) => a.length - b.length);
  for (const list of lists) {
    ids = ids === null ? list : intersect(ids, list);
    if (ids.length === 0) return ids;
  }
  if (grams.length > 0) ids = signatures.mayHaveAll(grams, ids ?? undefined);
  // Only punctuation to go on: every clipping is a candidate.
  ids ??= signatures.allIds();
  if (gone.length) {
    const drop = new Set(gone.flat());
    ids = ids.filter((id) => !drop.has(id));
  }
  return ids;
}

/**
 * Candidates checked per read when many are not in the text cache: each
 * batch is read, checked, and cut down to its best `k` before the next, so
 * a common word over tens of thousands of clippings on disk never holds
 * them all in memory at once, and the panel can show how far it is.
 */
export const CHECK_BATCH = 2000;
let checkBatch = CHECK_BATCH;

/** Sets the batch size (tests: batches over a few hundred clippings); returns the one it replaces. */
export function setCheckBatch(n: number): number {
  const previous = checkBatch;
  checkBatch = Math.max(1, n);
  return previous;
}

/** What a query finds: how many clippings match, and the best `k` of them, best first. */
interface Found {
  total: number;
  best: Chosen[];
}

/** Every clipping that matches, checked against its text; the best `k` of them ranked. */
async function findBest(parsed: ParsedQuery, filter: ClippingFilter, k: number, lap: (name: string) => void, onProgress?: SearchOptions['onProgress']): Promise<Found> {
  const words = parsed.include.map((w) => needle(w.text));
  if (words.length === 0) return { total: 0, best: [] };
  await ensureSearchIndex();
  const include = parsed.include.map((w) => planWord(w.text));
  const exclude = parsed.exclude.map((w) => planWord(w.text));
  const signatures = await withStorage(loadSignatures);
  lap('signatures');
  const candidates = await findCandidates(include, exclude, filter, signatures);
  lap('candidates');
  // The check runs inside withClippings: the cache's slots are valid only until something else runs.
  const checkAll = (ids: readonly number[]) =>
    withStorage(() =>
      withClippings(ids, (located) => {
        lap('texts');
        const matches = check(parsed, exclude, words, ids, located);
        lap('verify');
        return matches;
      }),
    );
  // Many not in memory while the panel warms the cache: wait for it rather than read them twice.
  if (countUncached(candidates) > checkBatch && (await whenWarm(onProgress && ((held, all) => onProgress(0, all, held))))) lap('warm');
  if (countUncached(candidates) <= checkBatch) {
    const matches = await checkAll(candidates);
    const best = selectBest(matches, k);
    lap('rank');
    return { total: matches.ids.length, best };
  }
  // Many to read from IndexedDB: batch by batch, keeping each batch's best k
  // (the best k of all are among them: a clipping's rank depends on it alone).
  let total = 0;
  const pool: Chosen[] = [];
  for (let start = 0; start < candidates.length; start += checkBatch) {
    const matches = await checkAll(candidates.slice(start, start + checkBatch));
    total += matches.ids.length;
    for (const chosen of selectBest(matches, k)) pool.push(chosen);
    onProgress?.(Math.min(candidates.length, start + checkBatch), candidates.length);
    lap('rank');
  }
  const merged: Matches = { words, ids: pool.map((c) => c.id), docs: pool.map((c) => c.doc), inTitle: Uint8Array.from(pool, (c) => c.inTitle) };
  const best = selectBest(merged, k);
  lap('rank');
  return { total, best };
}

/** The candidates that hold every word and no excluded one, with how many words each title holds. */
function check(parsed: ParsedQuery, exclude: WordPlan[], words: Needle[], candidates: readonly number[], { slots, read }: Located): Matches {
  const toCheck: Needle[] = parsed.exclude.filter((_, i) => !exclude[i].exact).map((w) => needle(w.text));
  // Where a word occurs: 0 nowhere, 1 in the body only, 2 in the title. One
  // character: two bit tests (char-index.ts); else one search of the text.
  const chars = [...words, ...toCheck].map((w) => (!w.latin && CharIndex.covers(w.text) ? w.text.charCodeAt(0) : -1));
  const where = (text: string, titleLength: number, slot: number, w: Needle, c: number): number => {
    if (c >= 0 && slot >= 0) return charLookup(c, slot);
    const at = firstMatch(text, w);
    return at < 0 ? 0 : at < titleLength ? 2 : 1;
  };
  const matches: Matches = { words, ids: [], docs: [], inTitle: new Uint8Array(0) };
  const inTitle = new Uint8Array(candidates.length);
  let n = 0;
  next: for (let i = 0; i < candidates.length; i++) {
    const slot = slots[i];
    const doc = slot < 0 ? read[i] : undefined;
    if (slot < 0 && !doc) continue; // deleted since the index was read
    // Kept clippings: only the text is read here (text-cache.ts).
    const text = doc ? doc.text : slotText(slot);
    const titleLength = doc ? doc.titleLength : slotTitleLength(slot);
    let titled = 0;
    for (let w = 0; w < words.length; w++) {
      const found = where(text, titleLength, slot, words[w], chars[w]);
      if (found === 0) continue next;
      if (found === 2) titled++;
    }
    for (let w = 0; w < toCheck.length; w++) if (where(text, titleLength, slot, toCheck[w], chars[words.length + w]) > 0) continue next;
    matches.ids.push(candidates[i]);
    matches.docs.push(doc ?? slotEntry(slot));
    inTitle[n++] = titled;
  }
  matches.inTitle = inTitle.subarray(0, n);
  return matches;
}

/**
 * Gets a page ready to search, in the background: checks the index, loads
 * the signatures, then fills the text cache (in that order: the first search
 * needs the signatures first, and the two at once would share IndexedDB).
 */
export function prepareSearch(): Promise<number> {
  return warmSearchCache(ensureSearchIndex);
}

/** Every clipping matching the query, best first, without snippets. */
export async function rankClippings(query: string | ParsedQuery, filter: ClippingFilter = {}): Promise<RankedClipping[]> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const { best } = await findBest(parsed, filter, Infinity, stopwatch());
  return best.map(({ doc: _doc, ...ranked }) => ranked);
}

function describe(id: number, doc: CachedClipping, words: readonly string[]): SearchHit {
  return {
    id,
    title: doc.rawTitle,
    source: doc.source,
    date: doc.date,
    titleMarks: markTitle(doc.rawTitle ?? '', words),
    snippet: snippetFromCache(doc, words),
  };
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
  const { total, best } = await findBest(parsed, options, offset + limit, lap, options.onProgress);
  const words = parsed.include.map((w) => w.text);
  const hits = best.slice(offset).map((r) => describe(r.id, r.doc, words));
  lap('describe');
  return { total, hits, query: parsed };
}
