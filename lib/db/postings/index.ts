// The search index's storage, as lib/db keeps it in every write: upkeep
// inside write transactions, merges in the background, reads for queries.
export { indexInWrite, unindexInWrite } from './upkeep';
export { addMissingSizes, ensureIndexBuilt, mergeRecent, rebuildIndex, runMerges, tidySegments, MERGE_AT } from './merge';
export { readClippingsForSearch } from './read-texts';
export { readIndex, forgetIndexView, forgetIndexLists, IndexChangedError, keptIndexBytes, IndexNotBuiltError, TermNotReadError, warmIndexView, type IndexView, type LeaveOut } from './read';
export { dayNumber, POSTINGS_FORMAT } from './state';
export type { DecodedList } from './codec';
export type { Segment, SearchState } from './types';
