// A query, start to finish:
//   1. parse it into words to find and to exclude (query.ts);
//   2. intersect the postings of its Latin words (the `terms` multi-entry
//      index) and of the filters (the clippings' own indexes), smallest list
//      first; keep those whose signature may hold all its CJK characters and
//      pairs (signature.ts);
//   3. check every candidate against its folded text (text-cache.ts): no
//      false hits, and since the index is made from the same folded text, no
//      misses either;
//   4. rank (rank.ts), and read the page of results shown for snippets.
import { db } from '../db/db';
import { withStorage } from '../db/run';
import type { ClippingFilter } from '../db/types';
import { clippingParts } from './clipping-text';
import { ensureSearchIndex } from './indexer';
import { containsWord, measureMatch } from './match';
import { parseQuery, type ParsedQuery } from './query';
import { compareRanked, type RankedClipping } from './rank';
import { makeSnippet, markTitle, type MarkRange, type Snippet } from './snippet';
import { planWord, type TermLookup, type WordPlan } from './terms';
import { mayHaveAll } from './signature';
import { loadSignatures } from './signature-store';
import { cachedClippings } from './text-cache';

export interface SearchOptions extends ClippingFilter {
  /** Results to describe (snippets); `total` still counts them all. Default DEFAULT_LIMIT. */
  limit?: number;
  offset?: number;
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

/** Candidate ids, ascending: every clipping that may hold all the words and passes the filters. */
async function findCandidates(
  include: WordPlan[],
  exclude: WordPlan[],
  filter: ClippingFilter,
  signatures: ReadonlyMap<number, Uint8Array>,
): Promise<number[]> {
  const lookups = new Map<string, TermLookup>();
  for (const plan of include) for (const l of plan.lookups) lookups.set((l.prefix ? '*' : '=') + l.term, l);
  const grams = [...new Set(include.flatMap((plan) => plan.grams))];
  // An exclusion the index answers exactly (a Latin word) needs no text check.
  const excluded = exclude.filter((p) => p.exact).map((p) => postings(p.lookups[0]));
  const [lists, gone] = await Promise.all([
    Promise.all([...[...lookups.values()].map(postings), ...filterLists(filter)]),
    Promise.all(excluded),
  ]);

  let ids: number[] | null = null;
  lists.sort((a, b) => a.length - b.length);
  for (const list of lists) {
    ids = ids === null ? list : intersect(ids, list);
    if (ids.length === 0) return ids;
  }
  if (grams.length > 0) {
    const kept: number[] = [];
    if (ids === null) {
      for (const [id, sig] of signatures) if (mayHaveAll(sig, grams)) kept.push(id);
      kept.sort((a, b) => a - b);
    } else {
      for (const id of ids) {
        const sig = signatures.get(id);
        if (sig && mayHaveAll(sig, grams)) kept.push(id);
      }
    }
    ids = kept;
  }
  // Only punctuation to go on: every clipping is a candidate.
  ids ??= [...signatures.keys()].sort((a, b) => a - b);
  if (gone.length) {
    const drop = new Set(gone.flat());
    ids = ids.filter((id) => !drop.has(id));
  }
  return ids;
}

/** Every clipping matching the query, best first, without snippets. */
export async function rankClippings(query: string | ParsedQuery, filter: ClippingFilter = {}): Promise<RankedClipping[]> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (parsed.include.length === 0) return [];
  await ensureSearchIndex();
  const include = parsed.include.map((w) => planWord(w.text));
  const exclude = parsed.exclude.map((w) => planWord(w.text));
  const signatures = await withStorage(loadSignatures);
  const candidates = await withStorage(() =>
    db.transaction('r', db.clippings, db.searchIndex, () => findCandidates(include, exclude, filter, signatures)),
  );
  const docs = await withStorage(() => cachedClippings(candidates));

  const words = parsed.include.map((w) => w.text);
  const toCheck = parsed.exclude.filter((_, i) => !exclude[i].exact).map((w) => w.text);
  const ranked: RankedClipping[] = [];
  for (const id of candidates) {
    const doc = docs.get(id);
    if (!doc) continue; // deleted since the index was read
    const figures = measureMatch(doc, words);
    if (!figures || toCheck.some((w) => containsWord(doc, w))) continue;
    ranked.push({ id, ...figures, date: doc.date, createdAt: doc.createdAt });
  }
  return ranked.sort(compareRanked);
}

/** Searches the clippings: how many match, and the best `limit` of them with snippets. */
export async function searchClippings(query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(query);
  const ranked = await rankClippings(parsed, options);
  const offset = Math.max(0, options.offset ?? 0);
  const page = ranked.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
  const rows = page.length ? await withStorage(() => db.clippings.bulkGet(page.map((r) => r.id))) : [];
  const words = parsed.include.map((w) => w.text);
  const hits: SearchHit[] = [];
  for (const c of rows) {
    if (!c) continue;
    hits.push({
      id: c.id,
      title: c.title,
      source: c.source,
      date: c.date,
      titleMarks: markTitle(c.title ?? '', words),
      snippet: makeSnippet(clippingParts(c), words),
    });
  }
  return { total: ranked.length, hits, query: parsed };
}
