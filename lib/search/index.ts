// Public API of Chinese full-text search over the clippings. The index
// itself is kept by lib/db in every write (lib/db/postings): nothing to
// install, whatever page writes.
export { foldText, foldWithMap } from '../searchable';
export { planWord, type TermLookup, type WordPlan } from './terms';
export { parseQuery, type ParsedQuery, type QueryWord } from './query';
export { compareRanked, countBucket, type RankedClipping } from './rank';
export { makeSnippet, markTitle, SNIPPET_CONTEXT, type MarkRange, type Snippet } from './snippet';
export {
  searchClippings, rankClippings, matchingIds, prepareSearch, DEFAULT_LIMIT, FIRST_READS, type SearchHit, type SearchOptions, type SearchPhases, type SearchResult,
} from './search';
export { scanClippings } from './scan';
export { rebuildIndex as rebuildSearchIndex, onClippingsChanged } from '../db';
