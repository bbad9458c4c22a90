// Public API of Chinese full-text search over the clippings. Importing it
// installs the indexer, so any page that imports search also keeps the index
// up to date when it writes. Pages that write without searching (the
// background) should call installSearchIndex() themselves.
import { installSearchIndex } from './indexer';

export { foldText, foldWithMap } from './fold';
export { wordTermsOf, planWord, MAX_WORD_TERM, type TermLookup, type WordPlan } from './terms';
export { gramSignature, mayHaveAll } from './signature';
export { SEARCH_INDEX_VERSION, type SearchEntry } from './signature-store';
export { parseQuery, type ParsedQuery, type QueryWord } from './query';
export { clippingParts, foldClipping, FIELD_SEPARATOR } from './clipping-text';
export { compareRanked, countBucket, type RankedClipping } from './rank';
export { makeSnippet, markTitle, snippetFromCache, SNIPPET_CONTEXT, type MarkRange, type Snippet } from './snippet';
export { installSearchIndex, rebuildSearchIndex, ensureSearchIndex, searchEntry, searchIndexer } from './indexer';
export { warmSearchCache, clearSearchCache, searchCacheStats, MIN_CACHED_CHARS, MAX_CACHED_CHARS, cacheBudget } from './text-cache';
export {
  searchClippings, rankClippings, prepareSearch, DEFAULT_LIMIT, CHECK_BATCH, type SearchHit, type SearchOptions, type SearchPhases, type SearchResult,
} from './search';
export { scanClippings } from './scan';

installSearchIndex();
